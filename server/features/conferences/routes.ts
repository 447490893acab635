import type { FastifyPluginAsync } from "fastify";
import { conferenceEndpoints as endpoints } from "../../../shared/conferences.ts";
import type { Db } from "../../db/client.ts";
import type { Config } from "../../platform/config.ts";
import { register } from "../../platform/endpoint.ts";
import type { Mailer } from "../../platform/mail.ts";
import * as invitations from "./invitations/service.ts";
import { conferenceReport } from "./report/service.ts";
import * as service from "./service.ts";

export const conferenceRoutes: FastifyPluginAsync<{ db: Db; config: Config; mailer: Mailer }> = async (
  app,
  { db, config, mailer },
) => {
  register(app, endpoints.list, ({ actor }) => service.listConferences(db, actor));
  register(app, endpoints.create, ({ actor, body }) => service.createConference(db, actor, body));
  register(app, endpoints.get, ({ actor, params }) => service.getConference(db, actor, params.id));
  register(app, endpoints.update, ({ actor, params, body }) =>
    service.updateConference(db, actor, params.id, body),
  );
  register(app, endpoints.propose, ({ actor, params, body }) =>
    service.proposeItem(db, actor, params.id, body),
  );
  register(app, endpoints.register, ({ actor, params, body }) =>
    service.register(db, actor, params.id, body),
  );
  register(app, endpoints.attendance, ({ actor, params, body }) =>
    service.recordAttendance(db, actor, params.id, body),
  );
  register(app, endpoints.addAction, ({ actor, params, body }) =>
    service.addAction(db, actor, params.id, body),
  );
  register(app, endpoints.updateAction, ({ actor, params, body }) =>
    service.updateAction(db, actor, params.id, body),
  );
  register(app, endpoints.overview, ({ actor, params }) => service.overview(db, actor, params.id));
  register(app, endpoints.invitations, ({ actor, params }) =>
    invitations.listInvitations(db, actor, params.id),
  );
  register(app, endpoints.invite, ({ actor, params }) =>
    invitations.sendInvitations(db, mailer, actor, params.id, config.publicUrl),
  );
  register(app, endpoints.report, async ({ actor, params, reply }) =>
    reply
      .type("application/pdf")
      .header("content-disposition", `attachment; filename="conferentie-${params.id.slice(0, 8)}.pdf"`)
      .send(await conferenceReport(db, actor, params.id)),
  );
};
