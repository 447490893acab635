import type { FastifyPluginAsync } from "fastify";
import { courseEndpoints as endpoints } from "../../../../shared/learning/courses.ts";
import type { Db } from "../../../db/client.ts";
import { sendAttachment } from "../../../platform/attachments.ts";
import { register } from "../../../platform/endpoint.ts";
import * as service from "./service.ts";

export const courseRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.list, ({ actor }) => service.listEditions(db, actor));
  register(app, endpoints.create, ({ actor, body }) => service.createEdition(db, actor, body));
  register(app, endpoints.enrol, ({ actor, params }) => service.enrol(db, actor, params.id));
  register(app, endpoints.setMeetings, ({ actor, params, body }) =>
    service.setMeetings(db, actor, params.id, body.days),
  );
  register(app, endpoints.participants, ({ actor, params }) =>
    service.listParticipants(db, actor, params.id),
  );
  register(app, endpoints.homework, ({ actor, params }) => service.getHomework(db, actor, params.id));
  register(app, endpoints.submit, ({ actor, params, body }) =>
    service.submitHomework(db, actor, params.id, params.code, body.text),
  );
  register(app, endpoints.addFile, ({ actor, params, body }) =>
    service.addFile(db, actor, params.id, params.code, body),
  );
  register(app, endpoints.file, async ({ actor, params, reply }) =>
    sendAttachment(reply, await service.homeworkFile(db, actor, params.id, params.fileId)),
  );
  register(app, endpoints.removeFile, ({ actor, params }) =>
    service.removeFile(db, actor, params.id, params.fileId),
  );
};
