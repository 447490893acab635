import type { FastifyPluginAsync } from "fastify";
import { participantEndpoints as endpoints } from "../../../../shared/circles/participants.ts";
import type { Db } from "../../../db/client.ts";
import type { Config } from "../../../platform/config.ts";
import { register } from "../../../platform/endpoint.ts";
import type { Mailer } from "../../../platform/mail.ts";
import * as service from "./service.ts";

export const participantRoutes: FastifyPluginAsync<{ db: Db; mailer: Mailer; config: Config }> = async (
  app,
  { db, mailer, config },
) => {
  const context = { publicUrl: config.publicUrl };
  const trace = (request: { id: unknown; spanId: string }) => ({
    traceId: String(request.id),
    spanId: request.spanId,
  });
  register(app, endpoints.add, ({ actor, params, body }) =>
    service.addParticipant(db, actor, params.id, body),
  );
  register(app, endpoints.leave, ({ actor, params }) => service.leave(db, mailer, actor, params.id, context));
  register(app, endpoints.publicGet, ({ params }) => service.publicCircle(db, params.id));
  register(app, endpoints.publicSignup, ({ actor, params, body, request }) =>
    service.publicSignup(db, mailer, actor, params.id, body, trace(request)),
  );
  register(app, endpoints.replyOffer, ({ body, request }) =>
    service.replyOffer(db, mailer, body, trace(request), context),
  );
};
