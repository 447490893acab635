import type { Page } from "../../../shared/paging.ts";
import type { ProcessingLogEntry } from "../../../shared/privacy.ts";
import { api, withQuery } from "../../api.ts";

export const privacyApi = {
  search: (query: Record<string, unknown>) => api<Page<ProcessingLogEntry>>("/api/processing-log", { query }),
  mine: (query: Record<string, unknown>) =>
    api<Page<ProcessingLogEntry>>("/api/me/processing-log", { query }),
  activities: () =>
    api<{ code: string; id: string; name: string; purpose: string; legalGround: string }[]>(
      "/api/processing-activities",
    ),
  exportUrl: (query: Record<string, unknown>) => withQuery("/api/processing-log/export", query),
  /** The Logboek Dataverwerkingen export of one person and/or period (JSON or CSV). */
  logboekUrl: (query: { subject?: string; from?: string; to?: string; format: "json" | "csv" }) =>
    withQuery("/api/processing-log/logboek", query),
};
