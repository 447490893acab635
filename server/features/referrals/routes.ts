import type { FastifyPluginAsync } from "fastify";
import { referralEndpoints as endpoints } from "../../../shared/referrals.ts";
import type { Db } from "../../db/client.ts";
import { register } from "../../platform/endpoint.ts";
import type { Mailer } from "../../platform/mail.ts";
import * as service from "./service.ts";

export const referralRoutes: FastifyPluginAsync<{ db: Db; mailer: Mailer }> = async (app, { db, mailer }) => {
  register(app, endpoints.list, ({ actor, query }) => service.listReferrals(db, actor, query));
  register(app, endpoints.answer, ({ actor, params, body }) =>
    service.answerReferral(db, mailer, actor, params.id, body),
  );
};
