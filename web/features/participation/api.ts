import type { EndpointInput } from "../../../shared/endpoint.ts";
import { agreementEndpoints as agreements } from "../../../shared/participation/agreement-endpoints.ts";
import { clientEndpoints as clients } from "../../../shared/participation/clients.ts";
import { ownEndpoints as own } from "../../../shared/participation/own.ts";
import { placementEndpoints as placements } from "../../../shared/participation/placements.ts";
import { reportEndpoints as reports } from "../../../shared/participation/reports.ts";
import { ruleEndpoints as rules } from "../../../shared/participation/rules.ts";
import { teamEndpoints as teams } from "../../../shared/participation/teams.ts";
import { call, downloadFrom, endpointQuery, keyOf } from "../../api.ts";

type ClientListQuery = NonNullable<EndpointInput<typeof clients.list>["query"]>;

export const participationQueries = {
  rules: () => endpointQuery(rules.list),
  clients: (query: ClientListQuery) => endpointQuery(clients.list, { query }),
  client: (id: string) => endpointQuery(clients.get, { params: { id } }),
  agreements: (id: string) => endpointQuery(agreements.list, { params: { id } }),
  worklist: () => endpointQuery(clients.worklist),
  own: () => endpointQuery(own.get),
  report: () => endpointQuery(reports.report),
  caseworkers: () => endpointQuery(teams.list),
  placements: () => endpointQuery(placements.list),
  keys: {
    placements: keyOf(placements.list),
    caseworkers: keyOf(teams.list),
    clients: keyOf(clients.list),
    client: keyOf(clients.get),
    agreements: keyOf(agreements.list),
    own: keyOf(own.get),
    rules: keyOf(rules.list),
  },
};

export const participationApi = {
  createRule: (body: EndpointInput<typeof rules.create>["body"]) => call(rules.create, { body }),
  createClient: (body: EndpointInput<typeof clients.create>["body"]) => call(clients.create, { body }),
  importClients: (body: EndpointInput<typeof clients.import>["body"]) => call(clients.import, { body }),
  setExemption: (id: string, body: EndpointInput<typeof clients.setExemption>["body"]) =>
    call(clients.setExemption, { params: { id }, body }),
  createAgreement: (id: string, body: EndpointInput<typeof agreements.create>["body"]) =>
    call(agreements.create, { params: { id }, body }),
  submit: (id: string, body: EndpointInput<typeof agreements.submit>["body"]) =>
    call(agreements.submit, { params: { id }, body }),
  decide: (id: string, body: EndpointInput<typeof agreements.decide>["body"]) =>
    call(agreements.decide, { params: { id }, body }),
  setStatus: (id: string, body: EndpointInput<typeof agreements.status>["body"]) =>
    call(agreements.status, { params: { id }, body }),
  hours: (id: string, body: EndpointInput<typeof agreements.hours>["body"]) =>
    call(agreements.hours, { params: { id }, body }),
  letter: (id: string, letterId: string) => downloadFrom(agreements.letter, { params: { id, letterId } }),
  propose: (body: EndpointInput<typeof own.propose>["body"]) => call(own.propose, { body }),
  submitOwn: (id: string) => call(own.submit, { params: { id } }),
  ownHours: (id: string, body: EndpointInput<typeof own.hours>["body"]) =>
    call(own.hours, { params: { id }, body }),
  ownLetter: (id: string, letterId: string) => downloadFrom(own.letter, { params: { id, letterId } }),
  setTeam: (userId: string, body: EndpointInput<typeof teams.setTeam>["body"]) =>
    call(teams.setTeam, { params: { userId }, body }),
  handOver: (body: EndpointInput<typeof teams.handover>["body"]) => call(teams.handover, { body }),
  placementHours: (id: string, body: EndpointInput<typeof placements.hours>["body"]) =>
    call(placements.hours, { params: { id }, body }),
  obstacle: (body: EndpointInput<typeof reports.obstacle>["body"]) => call(reports.obstacle, { body }),
};
