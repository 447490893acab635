import { queryOptions } from "@tanstack/react-query";
import { agreementEndpoints } from "../../../shared/agreements/agreement.ts";
import { dialogueEndpoints } from "../../../shared/agreements/dialogue.ts";
import { mindMapEndpoints } from "../../../shared/agreements/mind-map.ts";
import { monitoringEndpoints } from "../../../shared/agreements/monitoring.ts";
import { trajectoryEndpoints } from "../../../shared/agreements/trajectories.ts";
import type { EndpointInput } from "../../../shared/endpoint.ts";
import type { Organisation } from "../../../shared/organisations.ts";
import type { Page } from "../../../shared/paging.ts";
import { api, call, downloadFrom, endpointQuery, hrefOf, keyOf } from "../../api.ts";

type Body<E extends Parameters<typeof call>[0]> = EndpointInput<E> extends { body?: infer B } ? B : never;
const t = trajectoryEndpoints;
const d = dialogueEndpoints;
const m = mindMapEndpoints;
const a = agreementEndpoints;
const g = monitoringEndpoints;

export const agreementQueries = {
  trajectories: endpointQuery(t.list),
  trajectory: (id: string) => endpointQuery(t.get, { params: { id } }),
  meetings: (trajectoryId: string) => endpointQuery(d.meetings, { params: { trajectoryId } }),
  ideas: (trajectoryId: string, query: { status?: "pending" | "published" | "hidden"; page?: number }) =>
    endpointQuery(d.ideas, { params: { trajectoryId }, query }),
  mindMap: (trajectoryId: string) => endpointQuery(m.get, { params: { trajectoryId } }),
  history: (id: string) => endpointQuery(m.history, { params: { id } }),
  agreements: (trajectoryId: string) => endpointQuery(a.list, { params: { trajectoryId } }),
  agreement: (id: string) => endpointQuery(a.get, { params: { id } }),
  monitoring: (id: string) => endpointQuery(g.agreement, { params: { id }, query: {} }),
  indicatorValues: (id: string) => endpointQuery(g.values, { params: { id } }),
  guard: (trajectoryId: string) => endpointQuery(g.guard, { params: { trajectoryId } }),
  settings: endpointQuery(g.settings),
  tasks: endpointQuery(g.tasks),
  publicTrajectories: (slug?: string) => endpointQuery(d.publicTrajectories, { query: { slug } }),
  publicIdeas: (id: string) => endpointQuery(d.publicIdeas, { params: { id } }),
  /** Organisations of the tenant, for party and organiser choices. */
  organisations: queryOptions({
    queryKey: ["agreements", "organisations"],
    queryFn: () => api<Page<Organisation>>("/api/organisations", { query: { pageSize: 100 } }),
  }),
};

export const agreementKeys = {
  trajectories: keyOf(t.list),
  trajectory: keyOf(t.get),
  meetings: keyOf(d.meetings),
  ideas: keyOf(d.ideas),
  mindMap: keyOf(m.get),
  agreements: keyOf(a.list),
  agreement: keyOf(a.get),
  tasks: keyOf(g.tasks),
  monitoring: keyOf(g.agreement),
  indicatorValues: keyOf(g.values),
  settings: keyOf(g.settings),
  publicIdeas: keyOf(d.publicIdeas),
};

export const agreementsApi = {
  createTrajectory: (body: Body<typeof t.create>) => call(t.create, { body }),
  moveStep: (id: string, body: Body<typeof t.step>) => call(t.step, { params: { id }, body }),
  addMeeting: (trajectoryId: string, body: Body<typeof d.addMeeting>) =>
    call(d.addMeeting, { params: { trajectoryId }, body }),
  addAttachment: (id: string, body: Body<typeof d.addAttachment>) =>
    call(d.addAttachment, { params: { id }, body }),
  addIdea: (trajectoryId: string, body: Body<typeof d.addIdea>) =>
    call(d.addIdea, { params: { trajectoryId }, body }),
  moderate: (id: string, decision: "publish" | "hide") =>
    call(d.moderate, { params: { id }, body: { decision } }),
  addNode: (trajectoryId: string, body: Body<typeof m.add>) =>
    call(m.add, { params: { trajectoryId }, body }),
  updateNode: (id: string, body: Body<typeof m.update>) => call(m.update, { params: { id }, body }),
  stage: (id: string, body: Body<typeof m.stage>) => call(m.stage, { params: { id }, body }),
  merge: (id: string, body: Body<typeof m.merge>) => call(m.merge, { params: { id }, body }),
  exportSvg: (trajectoryId: string) => downloadFrom(m.svg, { params: { trajectoryId } }),
  exportPdf: (trajectoryId: string) => downloadFrom(m.pdf, { params: { trajectoryId } }),
  createAgreement: (trajectoryId: string, body: Body<typeof a.create>) =>
    call(a.create, { params: { trajectoryId }, body }),
  saveDraft: (id: string, body: Body<typeof a.draft>) => call(a.draft, { params: { id }, body }),
  sign: (id: string, number: number, body: Body<typeof a.sign>) =>
    call(a.sign, { params: { id, number }, body }),
  recordValue: (id: string, body: Body<typeof g.recordValue>) =>
    call(g.recordValue, { params: { id }, body }),
  saveSettings: (body: Body<typeof g.saveSettings>) => call(g.saveSettings, { body }),
  markTask: (id: string, professionalOnly: boolean) =>
    call(g.markTask, { params: { id }, body: { professionalOnly } }),
  postPublic: (id: string, body: Body<typeof d.publicPost>) => call(d.publicPost, { params: { id }, body }),
  support: (id: string, supporterKey: string) =>
    call(d.publicSupport, { params: { id }, body: { supporterKey } }),
  report: (id: string) => call(d.publicReport, { params: { id }, body: {} }),
};

/** The address of one version's PDF, for a plain download link. */
export const pdfHref = (id: string, number: number) => hrefOf(a.pdf, { params: { id, number } });

/** The council report of every wijk, as a download (CSV, Excel or PDF). */
export const councilReportHref = (format: "csv" | "xlsx" | "pdf") =>
  hrefOf(g.councilReport, { query: { format } });
