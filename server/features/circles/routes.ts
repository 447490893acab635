import type { FastifyPluginAsync } from "fastify";
import { circleEndpoints } from "../../../shared/circles/circles.ts";
import { programmeEndpoints } from "../../../shared/circles/programmes.ts";
import type { Db } from "../../db/client.ts";
import type { Config } from "../../platform/config.ts";
import { register } from "../../platform/endpoint.ts";
import type { Mailer } from "../../platform/mail.ts";
import { monitorRoutes } from "./monitor/routes.ts";
import { ownRoutes } from "./own/routes.ts";
import { participantRoutes } from "./participants/routes.ts";
import { progressRoutes } from "./progress/routes.ts";
import * as service from "./service.ts";
import { sessionRoutes } from "./sessions/routes.ts";

type Options = { db: Db; mailer: Mailer; config: Config };

export const circlesRoutes: FastifyPluginAsync<Options> = async (app, options) => {
  const { db, config } = options;
  const url = config.publicUrl;
  register(app, programmeEndpoints.list, ({ actor }) => service.listProgrammes(db, actor));
  register(app, programmeEndpoints.create, ({ actor, body }) => service.createProgramme(db, actor, body));
  register(app, programmeEndpoints.update, ({ actor, params, body }) =>
    service.updateProgramme(db, actor, params.id, body),
  );
  register(app, circleEndpoints.list, ({ actor, query }) => service.listCircles(db, actor, query));
  register(app, circleEndpoints.create, ({ actor, body }) => service.createCircle(db, actor, body, url));
  register(app, circleEndpoints.get, ({ actor, params }) => service.getCircle(db, actor, params.id, url));
  register(app, circleEndpoints.setLeaders, ({ actor, params, body }) =>
    service.setLeaders(db, actor, params.id, body.leaderIds, url),
  );
  register(app, circleEndpoints.renewCalendar, ({ actor, params }) =>
    service.renewCalendar(db, actor, params.id, url),
  );
  await app.register(participantRoutes, options);
  await app.register(sessionRoutes, options);
  await app.register(progressRoutes, options);
  await app.register(ownRoutes, options);
  await app.register(monitorRoutes, { db });
};
