import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../../db/client.ts";
import type { Auth } from "../../platform/auth.ts";
import type { Config } from "../../platform/config.ts";
import type { Mailer } from "../../platform/mail.ts";
import { calendarLinkRoutes } from "./calendar-link/routes.ts";
import { checkInRoutes } from "./check-ins/routes.ts";
import { erasureRoutes } from "./erasure/routes.ts";
import { listRoutes } from "./list/routes.ts";
import { motiveRoutes } from "./motives/routes.ts";
import { photoRoutes } from "./photo/routes.ts";
import { profileRoutes } from "./profile/routes.ts";
import { recordRoutes } from "./record/routes.ts";
import { screeningRoutes } from "./screening/routes.ts";
import { settingsRoutes } from "./settings/routes.ts";
import { signupRoutes } from "./signup/routes.ts";
import type { OnSignupConfirmed } from "./signup/service.ts";
import { statusRoutes } from "./status/routes.ts";

export type VolunteerRouteOptions = {
  db: Db;
  auth: Auth;
  config: Config;
  mailer: Mailer;
  /** What other features attach to a confirmed sign-up (e.g. the vacancy someone reacted to). */
  onSignupConfirmed?: OnSignupConfirmed;
};

/** The endpoints of shared/volunteers/*, registered per sub-concern. */
export const volunteersRoutes: FastifyPluginAsync<VolunteerRouteOptions> = async (app, options) => {
  for (const routes of [
    signupRoutes,
    settingsRoutes,
    recordRoutes,
    profileRoutes,
    listRoutes,
    motiveRoutes,
    statusRoutes,
    screeningRoutes,
    checkInRoutes,
    photoRoutes,
    calendarLinkRoutes,
    // Last: the erasure of a volunteer (tools that walk the routes in order, like the processing-log
    // test, erase the volunteer they used for the others).
    erasureRoutes,
  ]) {
    routes(app, options);
  }
};
