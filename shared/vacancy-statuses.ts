// The states of a vacancy, in a module of their own so the route table can validate the URL filter
// without loading the vacancy schemas.
export const vacancyStatuses = ["draft", "published", "closed"] as const;
