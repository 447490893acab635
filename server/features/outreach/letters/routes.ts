import type { FastifyInstance } from "fastify";
import { letterEndpoints as endpoints } from "../../../../shared/outreach/endpoints.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import * as service from "./service.ts";

export function letterRoutes(app: FastifyInstance, db: Db) {
  register(app, endpoints.make, async ({ actor, params, body, reply }) => {
    const { pdf, count } = await service.makeLetters(db, actor, params.id, body);
    return reply
      .type("application/pdf")
      .header("content-disposition", `attachment; filename="brieven-${body.letterDate}.pdf"`)
      .header("x-letter-count", String(count))
      .send(pdf);
  });
}
