import type { FastifyInstance } from "fastify";
import { shiftEndpoints as endpoints } from "../../../../shared/outreach/endpoints.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import type { Mailer } from "../../../platform/mail.ts";
import { getCampaign } from "../campaigns/service.ts";
import * as service from "./service.ts";

export function shiftRoutes(app: FastifyInstance, db: Db, mailer: Mailer) {
  register(app, endpoints.list, ({ actor, params }) => service.listCampaignShifts(db, actor, params.id));
  register(app, endpoints.eligibleVolunteers, ({ actor, params, query }) =>
    service.eligibleVolunteers(db, actor, params.id, query.q),
  );
  register(app, endpoints.create, ({ actor, params, body }) =>
    service.saveShift(db, mailer, actor, params.id, null, body),
  );
  register(app, endpoints.update, ({ actor, params, body }) =>
    service.saveShift(db, mailer, actor, params.id, params.shiftId, body),
  );
  register(app, endpoints.cancel, async ({ actor, params }) => {
    await getCampaign(db, actor, params.id);
    await service.cancelShift(db, mailer, actor, params.shiftId);
    return undefined;
  });
}
