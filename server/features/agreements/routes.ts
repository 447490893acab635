import type { FastifyPluginAsync } from "fastify";
import { agreementEndpoints } from "../../../shared/agreements/agreement.ts";
import { trajectoryEndpoints as endpoints } from "../../../shared/agreements/trajectories.ts";
import type { Db } from "../../db/client.ts";
import { register } from "../../platform/endpoint.ts";
import { dialogueRoutes } from "./dialogue/routes.ts";
import * as document from "./document/service.ts";
import { mindMapRoutes } from "./mind-map/routes.ts";
import { monitoringRoutes } from "./monitoring/routes.ts";
import * as service from "./service.ts";

export const agreementsRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.list, ({ actor }) => service.listTrajectories(db, actor));
  register(app, endpoints.get, ({ actor, params }) => service.getTrajectory(db, actor, params.id));
  register(app, endpoints.create, ({ actor, body }) => service.createTrajectory(db, actor, body));
  register(app, endpoints.step, ({ actor, params, body }) => service.moveStep(db, actor, params.id, body));
  register(app, endpoints.status, ({ actor, params, body }) => service.setStatus(db, actor, params.id, body));
  const a = agreementEndpoints;
  register(app, a.list, ({ actor, params }) => service.listAgreements(db, actor, params.trajectoryId));
  register(app, a.create, ({ actor, params, body }) =>
    service.createAgreement(db, actor, params.trajectoryId, body),
  );
  register(app, a.get, ({ actor, params }) => service.getAgreement(db, actor, params.id));
  register(app, a.draft, ({ actor, params, body }) => service.saveDraft(db, actor, params.id, body));
  register(app, a.pdf, async ({ actor, params, reply }) => {
    const { file, name } = await document.agreementPdf(db, actor, params);
    return reply
      .type("application/pdf")
      .header("content-disposition", `attachment; filename="${name}"`)
      .send(file);
  });
  register(app, a.sign, ({ actor, params, body }) => service.signVersion(db, actor, params, body));
  await app.register(dialogueRoutes, { db });
  await app.register(mindMapRoutes, { db });
  await app.register(monitoringRoutes, { db });
};
