import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../../db/client.ts";
import type { Mailer } from "../../platform/mail.ts";
import { addressRoutes } from "./addresses/routes.ts";
import { campaignRoutes } from "./campaigns/routes.ts";
import { letterRoutes } from "./letters/routes.ts";
import { monitorRoutes } from "./monitor/routes.ts";
import { myShiftRoutes } from "./my-shifts/routes.ts";
import { shiftRoutes } from "./shifts/routes.ts";
import { visitRoutes } from "./visits/routes.ts";
import { walkListRoutes } from "./walk-lists/routes.ts";

/** Achter de Voordeur: each sub-concern registers its endpoints (shared/outreach/endpoints.ts). */
export const outreachRoutes: FastifyPluginAsync<{ db: Db; mailer: Mailer }> = async (app, { db, mailer }) => {
  campaignRoutes(app, db);
  addressRoutes(app, db);
  letterRoutes(app, db);
  walkListRoutes(app, db);
  shiftRoutes(app, db, mailer);
  myShiftRoutes(app, db);
  visitRoutes(app, db, mailer);
  monitorRoutes(app, db);
};
