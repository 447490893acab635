import type { FastifyPluginAsync } from "fastify";
import { networkEndpoints } from "../../../shared/network.ts";
import { referralEndpoints as endpoints } from "../../../shared/referrals.ts";
import type { Db } from "../../db/client.ts";
import { register } from "../../platform/endpoint.ts";
import type { Mailer } from "../../platform/mail.ts";
import * as figures from "./figures/service.ts";
import * as service from "./service.ts";
import * as twoWay from "./two-way/service.ts";

export const referralRoutes: FastifyPluginAsync<{ db: Db; mailer: Mailer }> = async (app, { db, mailer }) => {
  register(app, endpoints.list, ({ actor, query }) => service.listReferrals(db, actor, query));
  register(app, endpoints.create, ({ actor, body }) => twoWay.referBetweenPartners(db, mailer, actor, body));
  register(app, endpoints.get, ({ actor, params }) => twoWay.getReferral(db, actor, params.id));
  register(app, endpoints.answer, ({ actor, params, body }) =>
    service.answerReferral(db, mailer, actor, params.id, body),
  );
  register(app, endpoints.intakeCalendar, async ({ actor, params, reply }) => {
    const feed = await twoWay.intakeCalendar(db, actor, params.id);
    return reply
      .type("text/calendar; charset=utf-8")
      .header("content-disposition", 'attachment; filename="intake.ics"')
      .header("cache-control", "private, no-store")
      .send(feed);
  });
  register(app, endpoints.reopen, ({ actor, params, body }) =>
    twoWay.reopenReferral(db, actor, params.id, body),
  );
  register(app, endpoints.withdrawConsent, ({ actor, params }) =>
    twoWay.withdrawConsent(db, mailer, actor, params.id),
  );
  // Declared with the network (the policy officer's view), answered here where the referrals are.
  register(app, networkEndpoints.referralMatrix, ({ actor, query }) =>
    figures.referralMatrix(db, actor, query),
  );
};
