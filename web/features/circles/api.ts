import { attendanceEndpoints } from "../../../shared/circles/attendance.ts";
import { circleEndpoints } from "../../../shared/circles/circles.ts";
import { circleMonitorEndpoints } from "../../../shared/circles/monitor.ts";
import { ownGoalEndpoints } from "../../../shared/circles/own.ts";
import { participantEndpoints } from "../../../shared/circles/participants.ts";
import { programmeEndpoints } from "../../../shared/circles/programmes.ts";
import { progressEndpoints } from "../../../shared/circles/progress.ts";
import type { EndpointInput } from "../../../shared/endpoint.ts";
import { call, endpointQuery, hrefOf, keyOf } from "../../api.ts";

type Body<E extends Parameters<typeof call>[0]> = EndpointInput<E>["body"];

export const circleQueries = {
  programmes: () => endpointQuery(programmeEndpoints.list),
  list: (page: number) => endpointQuery(circleEndpoints.list, { query: { page } }),
  detail: (id: string) => endpointQuery(circleEndpoints.get, { params: { id } }),
  publicCircle: (id: string) => endpointQuery(participantEndpoints.publicGet, { params: { id } }),
  ownCircles: () => endpointQuery(attendanceEndpoints.ownCircles),
  session: (id: string) => endpointQuery(attendanceEndpoints.session, { params: { id } }),
  participant: (id: string) => endpointQuery(progressEndpoints.participant, { params: { id } }),
  ownParticipations: () => endpointQuery(ownGoalEndpoints.list),
  evaluations: (id: string) => endpointQuery(progressEndpoints.evaluationSummary, { params: { id } }),
  monitor: (query: { from?: string; to?: string }) =>
    endpointQuery(circleMonitorEndpoints.monitor, { query }),
  keys: { programmes: keyOf(programmeEndpoints.list), list: keyOf(circleEndpoints.list) },
};

/** The monitor as a download: CSV or Excel, for the same period. */
export const monitorExportHref = (format: "csv" | "xlsx", period: { from?: string; to?: string }) =>
  hrefOf(circleMonitorEndpoints.export, { query: { ...period, format } });

export const circlesApi = {
  createProgramme: (body: Body<typeof programmeEndpoints.create>) =>
    call(programmeEndpoints.create, { body }),
  createCircle: (body: Body<typeof circleEndpoints.create>) => call(circleEndpoints.create, { body }),
  updateSession: (id: string, body: Body<typeof circleEndpoints.updateSession>) =>
    call(circleEndpoints.updateSession, { params: { id }, body }),
  addSession: (id: string, body: Body<typeof circleEndpoints.addSession>) =>
    call(circleEndpoints.addSession, { params: { id }, body }),
  addParticipant: (id: string, body: Body<typeof participantEndpoints.add>) =>
    call(participantEndpoints.add, { params: { id }, body }),
  leave: (id: string) => call(participantEndpoints.leave, { params: { id } }),
  renewCalendar: (id: string) => call(circleEndpoints.renewCalendar, { params: { id } }),
  signup: (id: string, body: Body<typeof participantEndpoints.publicSignup>) =>
    call(participantEndpoints.publicSignup, { params: { id }, body }),
  addGoal: (id: string, body: Body<typeof progressEndpoints.addGoal>) =>
    call(progressEndpoints.addGoal, { params: { id }, body }),
  updateGoal: (id: string, goalId: string, body: Body<typeof progressEndpoints.updateGoal>) =>
    call(progressEndpoints.updateGoal, { params: { id, goalId }, body }),
  saveEvaluation: (id: string, body: Body<typeof progressEndpoints.saveEvaluation>) =>
    call(progressEndpoints.saveEvaluation, { params: { id }, body }),
  addOwnGoal: (id: string, body: Body<typeof ownGoalEndpoints.addGoal>) =>
    call(ownGoalEndpoints.addGoal, { params: { id }, body }),
  updateOwnGoal: (id: string, goalId: string, body: Body<typeof ownGoalEndpoints.updateGoal>) =>
    call(ownGoalEndpoints.updateGoal, { params: { id, goalId }, body }),
  replyOffer: (body: Body<typeof participantEndpoints.replyOffer>) =>
    call(participantEndpoints.replyOffer, { body }),
};
