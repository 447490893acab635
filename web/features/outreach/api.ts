import type { QueryClient } from "@tanstack/react-query";
import type { EndpointDefinition, EndpointInput } from "../../../shared/endpoint.ts";
import {
  addressEndpoints,
  campaignEndpoints,
  letterEndpoints,
  monitorEndpoints,
  myShiftEndpoints,
  shiftEndpoints,
  visitEndpoints,
  walkListEndpoints,
} from "../../../shared/outreach/endpoints.ts";
import { call, downloadFrom, endpointQuery, keyOf } from "../../api.ts";

type Body<E extends EndpointDefinition> = NonNullable<EndpointInput<E>["body"]>;
type AddressQuery = NonNullable<EndpointInput<typeof addressEndpoints.list>["query"]>;
const byId = (id: string) => ({ params: { id } });

/** Query options per endpoint (keys in one place, web/api.ts `endpointQuery`). */
export const outreachQueries = {
  campaigns: () => endpointQuery(campaignEndpoints.list),
  campaign: (id: string) => endpointQuery(campaignEndpoints.get, byId(id)),
  professionals: () => endpointQuery(campaignEndpoints.professionals),
  addresses: (id: string, query: AddressQuery) =>
    endpointQuery(addressEndpoints.list, { params: { id }, query }),
  walkLists: (id: string) => endpointQuery(walkListEndpoints.list, byId(id)),
  shifts: (id: string) => endpointQuery(shiftEndpoints.list, byId(id)),
  eligible: (id: string, q?: string) =>
    endpointQuery(shiftEndpoints.eligibleVolunteers, { params: { id }, query: { q } }),
  ownShifts: () => endpointQuery(myShiftEndpoints.list),
  visits: (id: string) => endpointQuery(visitEndpoints.ofCampaign, byId(id)),
  monitor: (id: string) => endpointQuery(monitorEndpoints.get, byId(id)),
  doorstep: (shiftId: string) => endpointQuery(visitEndpoints.doorstep, byId(shiftId)),
};

/** Refetches every campaign answer (list, campaign, doors, lists, roster, visits, monitor). */
export function invalidateOutreach(queryClient: QueryClient) {
  const endpoints = [
    campaignEndpoints.list,
    campaignEndpoints.get,
    addressEndpoints.list,
    walkListEndpoints.list,
    shiftEndpoints.list,
    shiftEndpoints.eligibleVolunteers,
    visitEndpoints.ofCampaign,
    monitorEndpoints.get,
  ];
  return Promise.all(endpoints.map((e) => queryClient.invalidateQueries({ queryKey: keyOf(e) })));
}

export const outreachApi = {
  doorstep: (shiftId: string) => call(visitEndpoints.doorstep, byId(shiftId)),
  create: (body: Body<typeof campaignEndpoints.create>) => call(campaignEndpoints.create, { body }),
  update: (id: string, body: Body<typeof campaignEndpoints.update>) =>
    call(campaignEndpoints.update, { params: { id }, body }),
  importAddresses: (id: string, csv: string) =>
    call(addressEndpoints.import, { params: { id }, body: { csv } }),
  setExclusion: (addressId: string, body: Body<typeof addressEndpoints.exclusion>) =>
    call(addressEndpoints.exclusion, { params: { id: addressId }, body }),
  cut: (id: string, targetSize?: number) =>
    call(walkListEndpoints.cut, { params: { id }, body: { targetSize } }),
  move: (addressId: string, walkListId: string) =>
    call(walkListEndpoints.move, { params: { id: addressId }, body: { walkListId } }),
  optimise: (walkListId: string) => call(walkListEndpoints.optimise, byId(walkListId)),
  followUps: (id: string, body: Body<typeof walkListEndpoints.followUps>) =>
    call(walkListEndpoints.followUps, { params: { id }, body }),
  letters: (id: string, body: Body<typeof letterEndpoints.make>) =>
    downloadFrom(letterEndpoints.make, { params: { id }, body }),
  planShift: (id: string, body: Body<typeof shiftEndpoints.create>) =>
    call(shiftEndpoints.create, { params: { id }, body }),
  cancelShift: (id: string, shiftId: string) => call(shiftEndpoints.cancel, { params: { id, shiftId } }),
  check: (shiftId: string, what: "in" | "out") =>
    call(what === "in" ? myShiftEndpoints.checkIn : myShiftEndpoints.checkOut, byId(shiftId)),
  recordVisit: (visitId: string, body: Body<typeof visitEndpoints.record>) =>
    call(visitEndpoints.record, { params: { id: visitId }, body }),
};
