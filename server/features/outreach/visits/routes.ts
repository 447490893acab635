import type { FastifyInstance } from "fastify";
import { visitEndpoints as endpoints } from "../../../../shared/outreach/endpoints.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import type { Mailer } from "../../../platform/mail.ts";
import * as service from "./service.ts";

export function visitRoutes(app: FastifyInstance, db: Db, mailer: Mailer) {
  register(app, endpoints.doorstep, ({ actor, params }) => service.doorstep(db, actor, params.id));
  register(app, endpoints.record, ({ actor, params, body }) =>
    service.recordVisit(db, mailer, actor, params.id, body),
  );
  register(app, endpoints.ofCampaign, ({ actor, params }) => service.campaignVisits(db, actor, params.id));
}
