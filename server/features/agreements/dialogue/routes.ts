import type { FastifyPluginAsync } from "fastify";
import { dialogueEndpoints as endpoints } from "../../../../shared/agreements/dialogue.ts";
import type { Db } from "../../../db/client.ts";
import { sendAttachment } from "../../../platform/attachments.ts";
import { register } from "../../../platform/endpoint.ts";
import * as service from "./service.ts";

export const dialogueRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.meetings, ({ actor, params }) =>
    service.listMeetings(db, actor, params.trajectoryId),
  );
  register(app, endpoints.addMeeting, ({ actor, params, body }) =>
    service.addMeeting(db, actor, params.trajectoryId, body),
  );
  register(app, endpoints.addAttachment, ({ actor, params, body }) =>
    service.addAttachment(db, actor, params.id, body),
  );
  register(app, endpoints.attachment, async ({ actor, params, reply }) => {
    return sendAttachment(reply, await service.attachmentFile(db, actor, params.id));
  });
  register(app, endpoints.ideas, ({ actor, params, query }) =>
    service.listIdeas(db, actor, params.trajectoryId, query),
  );
  register(app, endpoints.addIdea, ({ actor, params, body }) =>
    service.addIdea(db, actor, params.trajectoryId, body),
  );
  register(app, endpoints.moderate, ({ actor, params, body }) =>
    service.moderateIdea(db, actor, params.id, body.decision),
  );
  register(app, endpoints.publicTrajectories, ({ query }) => service.publicTrajectories(db, query.slug));
  register(app, endpoints.publicIdeas, ({ params }) => service.publicIdeas(db, params.id));
  register(app, endpoints.publicPost, ({ actor, params, body }) =>
    service.postPublicIdea(db, actor?.userId ?? null, params.id, body),
  );
  register(app, endpoints.publicSupport, ({ params, body }) =>
    service.supportIdea(db, params.id, body.supporterKey),
  );
  register(app, endpoints.publicReport, async ({ params }) => {
    await service.reportIdea(db, params.id);
    return undefined;
  });
};
