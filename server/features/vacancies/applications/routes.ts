import type { FastifyPluginAsync } from "fastify";
import { vacancyApplicationEndpoints as endpoints } from "../../../../shared/vacancies/applications.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import type { Mailer } from "../../../platform/mail.ts";
import * as service from "./service.ts";

/** A signed-in volunteer's reactions. */
export const ownApplicationRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.mine, ({ actor }) => service.listOwnApplications(db, actor));
  register(app, endpoints.react, ({ actor, body }) =>
    service.reactAsVolunteer(db, actor, body.vacancyId, body.message),
  );
};

/** Answering an invitation, and the coordinator moving an application along. */
export const applicationRoutes: FastifyPluginAsync<{ db: Db; mailer: Mailer }> = async (
  app,
  { db, mailer },
) => {
  register(app, endpoints.answer, ({ actor, params, body }) =>
    service.answerInvitation(db, actor, params.id, body.accept),
  );
  register(app, endpoints.ofVolunteer, ({ actor, params }) =>
    service.listApplicationsOfVolunteer(db, actor, params.id),
  );
  register(app, endpoints.ofVacancy, ({ actor, params }) => service.listApplications(db, actor, params.id));
  register(app, endpoints.changeStatus, ({ actor, params, body }) =>
    service.changeApplicationStatus(db, mailer, actor, params.id, params.applicationId, body),
  );
};
