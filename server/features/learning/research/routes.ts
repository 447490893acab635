import type { FastifyPluginAsync } from "fastify";
import { researchEndpoints as endpoints } from "../../../../shared/learning/research-endpoints.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import * as service from "./service.ts";

/** The client council's workspace; every route passes the wall in the service (ADR 0022). */
export const researchRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.list, ({ actor }) => service.listProjects(db, actor));
  register(app, endpoints.create, ({ actor, body }) => service.createProject(db, actor, body));
  register(app, endpoints.get, ({ actor, params }) => service.getProject(db, actor, params.id));
  register(app, endpoints.participants, ({ actor, params }) =>
    service.listParticipants(db, actor, params.id),
  );
  register(app, endpoints.addParticipant, ({ actor, params, body }) =>
    service.addParticipant(db, actor, params.id, body),
  );
  register(app, endpoints.setStage, ({ actor, params, body }) =>
    service.setStage(db, actor, params.id, body),
  );
  register(app, endpoints.withdraw, ({ actor, params }) => service.withdrawConsent(db, actor, params.id));
  register(app, endpoints.interviews, ({ actor, params }) => service.listInterviews(db, actor, params.id));
  register(app, endpoints.scheduleInterview, ({ actor, params, body }) =>
    service.scheduleInterview(db, actor, params.id, body),
  );
  register(app, endpoints.saveNotes, ({ actor, params, body }) =>
    service.saveNotes(db, actor, params.id, body),
  );
  register(app, endpoints.fragments, ({ actor, params }) => service.listFragments(db, actor, params.id));
  register(app, endpoints.addFragment, ({ actor, params, body }) =>
    service.addFragment(db, actor, params.id, body),
  );
  register(app, endpoints.setQuote, ({ actor, params, body }) =>
    service.setQuote(db, actor, params.id, body.quote),
  );
  register(app, endpoints.findings, ({ actor, params }) => service.getFindings(db, actor, params.id));
  register(app, endpoints.themes, ({ actor }) => service.listThemes(db, actor));
};
