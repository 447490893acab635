import type { EndpointInput } from "../../../shared/endpoint.ts";
import { coursePlanEndpoints } from "../../../shared/learning/course-plan.ts";
import { courseEndpoints } from "../../../shared/learning/courses.ts";
import { reportEndpoints } from "../../../shared/learning/reports.ts";
import { researchEndpoints } from "../../../shared/learning/research-endpoints.ts";
import { trajectoryEndpoints } from "../../../shared/learning/trajectories.ts";
import { call, endpointQuery, hrefOf, keyOf } from "../../api.ts";

type ListQuery = NonNullable<EndpointInput<typeof trajectoryEndpoints.list>["query"]>;
type Body<E extends keyof typeof researchEndpoints> = EndpointInput<(typeof researchEndpoints)[E]>["body"];

export const trajectoryQueries = {
  list: (query: ListQuery) => endpointQuery(trajectoryEndpoints.list, { query }),
  library: (query: ListQuery) => endpointQuery(trajectoryEndpoints.library, { query }),
  one: (id: string) => endpointQuery(trajectoryEndpoints.get, { params: { id } }),
};

export const trajectoriesApi = {
  create: (body: EndpointInput<typeof trajectoryEndpoints.create>["body"]) =>
    call(trajectoryEndpoints.create, { body }),
  share: (id: string, shared: boolean) =>
    call(trajectoryEndpoints.share, { params: { id }, body: { shared } }),
};

const project = (id: string) => ({ params: { id } });
export const researchQueries = {
  all: keyOf(researchEndpoints.list),
  list: () => endpointQuery(researchEndpoints.list),
  project: (id: string) => endpointQuery(researchEndpoints.get, project(id)),
  participants: (id: string) => endpointQuery(researchEndpoints.participants, project(id)),
  interviews: (id: string) => endpointQuery(researchEndpoints.interviews, project(id)),
  findings: (id: string) => endpointQuery(researchEndpoints.findings, project(id)),
  themes: () => endpointQuery(researchEndpoints.themes),
};

export const researchApi = {
  create: (body: Body<"create">) => call(researchEndpoints.create, { body }),
  addParticipant: (id: string, body: Body<"addParticipant">) =>
    call(researchEndpoints.addParticipant, { params: { id }, body }),
  withdraw: (id: string) => call(researchEndpoints.withdraw, { params: { id } }),
  schedule: (id: string, body: Body<"scheduleInterview">) =>
    call(researchEndpoints.scheduleInterview, { params: { id }, body }),
  saveNotes: (id: string, body: Body<"saveNotes">) =>
    call(researchEndpoints.saveNotes, { params: { id }, body }),
  addFragment: (id: string, body: Body<"addFragment">) =>
    call(researchEndpoints.addFragment, { params: { id }, body }),
};

export const courseQueries = {
  list: () => endpointQuery(courseEndpoints.list),
  progress: (id: string) => endpointQuery(coursePlanEndpoints.progress, { params: { id } }),
  participants: (id: string) => endpointQuery(courseEndpoints.participants, { params: { id } }),
  plans: () => endpointQuery(coursePlanEndpoints.plans),
  homework: (id: string) => endpointQuery(courseEndpoints.homework, { params: { id } }),
};

type PlanBody<E extends keyof typeof coursePlanEndpoints> = EndpointInput<
  (typeof coursePlanEndpoints)[E]
>["body"];
type CourseBody<E extends keyof typeof courseEndpoints> = EndpointInput<(typeof courseEndpoints)[E]>["body"];
export const coursesApi = {
  plan: (id: string, body: PlanBody<"plan">) => call(coursePlanEndpoints.plan, { params: { id }, body }),
  intake: (enrolmentId: string, body: PlanBody<"intake">) =>
    call(coursePlanEndpoints.intake, { params: { id: enrolmentId }, body }),
  signOff: (enrolmentId: string) => call(coursePlanEndpoints.signOff, { params: { id: enrolmentId } }),
  certificateHref: (id: string) => hrefOf(coursePlanEndpoints.certificate, { params: { id } }),
  enrol: (id: string) => call(courseEndpoints.enrol, { params: { id } }),
  submit: (id: string, code: string, text: string) =>
    call(courseEndpoints.submit, { params: { id, code }, body: { text } }),
  addFile: (id: string, code: string, body: CourseBody<"addFile">) =>
    call(courseEndpoints.addFile, { params: { id, code }, body }),
  removeFile: (id: string, fileId: string) => call(courseEndpoints.removeFile, { params: { id, fileId } }),
  fileHref: (id: string, fileId: string) => hrefOf(courseEndpoints.file, { params: { id, fileId } }),
  create: (body: CourseBody<"create">) => call(courseEndpoints.create, { body }),
  setMeetings: (id: string, days: string[]) =>
    call(courseEndpoints.setMeetings, { params: { id }, body: { days } }),
};

/** Every key of the learning feature's research workspace, for refetching after a change. */
export const researchKeys = [
  researchEndpoints.get,
  researchEndpoints.participants,
  researchEndpoints.interviews,
  researchEndpoints.findings,
  researchEndpoints.themes,
].map(keyOf);

type ReportBody<E extends keyof typeof reportEndpoints> = EndpointInput<(typeof reportEndpoints)[E]>["body"];
export const reportQueries = {
  list: () => endpointQuery(reportEndpoints.list),
  one: (id: string) => endpointQuery(reportEndpoints.get, { params: { id } }),
};
/** Every key of the reports, for refetching after a change. */
export const reportKeys = [reportEndpoints.list, reportEndpoints.get].map(keyOf);

export const reportsApi = {
  create: (body: ReportBody<"create">) => call(reportEndpoints.create, { body }),
  update: (id: string, body: ReportBody<"update">) => call(reportEndpoints.update, { params: { id }, body }),
  signOff: (id: string) => call(reportEndpoints.signOff, { params: { id } }),
  reopen: (id: string, body: ReportBody<"reopen">) => call(reportEndpoints.reopen, { params: { id }, body }),
  pdfHref: (id: string) => hrefOf(reportEndpoints.pdf, { params: { id } }),
  publish: (id: string) => call(reportEndpoints.publish, { params: { id } }),
  respond: (id: string, body: ReportBody<"respond">) =>
    call(reportEndpoints.respond, { params: { id }, body }),
};
