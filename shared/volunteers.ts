/** Volunteers: the shared schemas, by sub-concern (endpoints are in ./volunteers/). */
export * from "./volunteers/record-schema.ts";
export * from "./volunteers/settings-schema.ts";
export * from "./volunteers/signup-schema.ts";
export * from "./volunteers/statuses.ts";
