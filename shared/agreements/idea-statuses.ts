// The moderation states of an idea, in a module of their own so the route table can validate the URL
// filter without loading the dialogue schemas.
export const ideaStatuses = ["pending", "published", "hidden"] as const;
export type IdeaStatus = (typeof ideaStatuses)[number];
