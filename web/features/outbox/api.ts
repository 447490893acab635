import type { MailView } from "../../../shared/outbox.ts";
import type { Page } from "../../../shared/paging.ts";
import { api } from "../../api.ts";

export const outboxApi = {
  list: (page: number) => api<Page<MailView>>("/api/outbox", { query: { page } }),
};
