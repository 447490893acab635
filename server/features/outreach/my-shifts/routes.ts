import type { FastifyInstance } from "fastify";
import { myShiftEndpoints as endpoints } from "../../../../shared/outreach/endpoints.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import * as service from "./service.ts";

export function myShiftRoutes(app: FastifyInstance, db: Db) {
  register(app, endpoints.list, ({ actor }) => service.ownShifts(db, actor));
  register(app, endpoints.checkIn, ({ actor, params }) => service.checkInOut(db, actor, params.id, "in"));
  register(app, endpoints.checkOut, ({ actor, params }) => service.checkInOut(db, actor, params.id, "out"));
}
