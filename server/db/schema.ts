// Every table of Inzet, for Drizzle and drizzle-kit. Tables live next to their feature.
export * from "../features/accounts/schema.ts";
export * from "../features/agreements/dialogue/schema.ts";
export * from "../features/agreements/mind-map/schema.ts";
export * from "../features/agreements/monitoring/schema.ts";
export * from "../features/agreements/schema.ts";
export * from "../features/organisations/schema.ts";
export * from "../features/outreach/schema.ts";
export * from "../features/recruitment/schema.ts";
export * from "../features/referrals/schema.ts";
export * from "../features/sso/schema.ts";
export * from "../features/tenancy/schema.ts";
export * from "../features/vacancies/schema.ts";
export * from "../features/volunteers/schema.ts";
export * from "../platform/jobs-schema.ts";
export * from "../platform/schema.ts";
