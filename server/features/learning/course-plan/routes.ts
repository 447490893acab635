import type { FastifyPluginAsync } from "fastify";
import { coursePlanEndpoints as endpoints } from "../../../../shared/learning/course-plan.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import * as service from "./service.ts";

/** Intake, action plan, the manager's sign-off and the certificate of the Drijfveren course. */
export const coursePlanRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.intake, ({ actor, params, body }) => service.setIntake(db, actor, params.id, body));
  register(app, endpoints.progress, ({ actor, params }) => service.getProgress(db, actor, params.id));
  register(app, endpoints.plan, ({ actor, params, body }) => service.submitPlan(db, actor, params.id, body));
  register(app, endpoints.plans, ({ actor }) => service.listPlans(db, actor));
  register(app, endpoints.signOff, ({ actor, params }) => service.signOffPlan(db, actor, params.id));
  register(app, endpoints.certificate, async ({ actor, params, reply }) =>
    reply
      .type("application/pdf")
      .header("content-disposition", 'attachment; filename="certificaat-drijfveren.pdf"')
      .send(await service.certificatePdf(db, actor, params.id)),
  );
};
