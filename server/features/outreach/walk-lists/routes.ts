import type { FastifyInstance } from "fastify";
import { walkListEndpoints as endpoints } from "../../../../shared/outreach/endpoints.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import * as service from "./service.ts";

export function walkListRoutes(app: FastifyInstance, db: Db) {
  register(app, endpoints.cut, ({ actor, params, body }) =>
    service.cutCampaign(db, actor, params.id, body.targetSize),
  );
  register(app, endpoints.list, ({ actor, params }) => service.listWalkLists(db, actor, params.id));
  register(app, endpoints.move, ({ actor, params, body }) =>
    service.moveAddress(db, actor, params.id, body.walkListId),
  );
  register(app, endpoints.optimise, ({ actor, params }) => service.optimiseWalkList(db, actor, params.id));
  register(app, endpoints.followUps, ({ actor, params, body }) =>
    service.makeFollowUpLists(db, actor, params.id, body),
  );
}
