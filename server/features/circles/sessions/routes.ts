import type { FastifyPluginAsync } from "fastify";
import { attendanceEndpoints } from "../../../../shared/circles/attendance.ts";
import { circleEndpoints } from "../../../../shared/circles/circles.ts";
import type { Db } from "../../../db/client.ts";
import type { Config } from "../../../platform/config.ts";
import { register } from "../../../platform/endpoint.ts";
import * as service from "./service.ts";

export const sessionRoutes: FastifyPluginAsync<{ db: Db; config: Config }> = async (app, { db, config }) => {
  const url = config.publicUrl;
  register(app, circleEndpoints.addSession, ({ actor, params, body }) =>
    service.addSession(db, actor, params.id, body, url),
  );
  register(app, circleEndpoints.updateSession, ({ actor, params, body }) =>
    service.updateSession(db, actor, params.id, body, url),
  );
  register(app, circleEndpoints.calendarFeed, async ({ params, reply }) => {
    const feed = await service.calendarFeed(db, params.file);
    return reply.type("text/calendar; charset=utf-8").header("cache-control", "private, no-store").send(feed);
  });
  register(app, attendanceEndpoints.ownCircles, ({ actor }) => service.ownCircles(db, actor));
  register(app, attendanceEndpoints.session, ({ actor, params }) =>
    service.leaderSession(db, actor, params.id),
  );
  register(app, attendanceEndpoints.sync, ({ actor, params, body }) =>
    service.syncAttendance(db, actor, params.id, params.syncId, body),
  );
};
