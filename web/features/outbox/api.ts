import { outboxEndpoints as endpoints } from "../../../shared/outbox.ts";
import { endpointQuery } from "../../api.ts";

export const outboxQueries = {
  list: (page: number) => endpointQuery(endpoints.list, { query: { page } }),
};
