import type { EndpointInput } from "../../../shared/endpoint.ts";
import { recruitmentEndpoints as e } from "../../../shared/recruitment.ts";
import { call, endpointQuery, keyOf } from "../../api.ts";

type Body<E extends Parameters<typeof call>[0]> = NonNullable<EndpointInput<E>["body"]>;
export type DropoutPeriod = NonNullable<EndpointInput<typeof e.dropout>["query"]>;

export const recruitmentApi = {
  createCampaign: (body: Body<typeof e.createCampaign>) => call(e.createCampaign, { body }),
  updateCampaign: (id: string, body: Body<typeof e.updateCampaign>) =>
    call(e.updateCampaign, { params: { id }, body }),
  createAction: (body: Body<typeof e.createAction>) => call(e.createAction, { body }),
  updateAction: (id: string, body: Body<typeof e.updateAction>) =>
    call(e.updateAction, { params: { id }, body }),
  deleteAction: (id: string) => call(e.deleteAction, { params: { id } }),
};

export const campaignsQuery = endpointQuery(e.campaigns);
export const funnelQuery = (id: string) => endpointQuery(e.funnel, { params: { id } });
export const dropoutQuery = (period: DropoutPeriod) => endpointQuery(e.dropout, { query: period });
export const actionsQuery = endpointQuery(e.actions);
/** Keys to invalidate after a change: every campaign list, campaign and funnel; the action plan. */
export const campaignKeys = [keyOf(e.campaigns), keyOf(e.campaign), keyOf(e.funnel)];
export const actionsKey = keyOf(e.actions);
