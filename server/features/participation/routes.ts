import type { FastifyPluginAsync } from "fastify";
import { agreementEndpoints as agreements } from "../../../shared/participation/agreement-endpoints.ts";
import { clientEndpoints as clients } from "../../../shared/participation/clients.ts";
import { ownEndpoints as own } from "../../../shared/participation/own.ts";
import { placementEndpoints as placements } from "../../../shared/participation/placements.ts";
import { reportEndpoints as reports } from "../../../shared/participation/reports.ts";
import { ruleEndpoints as rules } from "../../../shared/participation/rules.ts";
import { teamEndpoints as teams } from "../../../shared/participation/teams.ts";
import type { Db } from "../../db/client.ts";
import { register } from "../../platform/endpoint.ts";
import type { Mailer } from "../../platform/mail.ts";
import * as agreementService from "./agreements/service.ts";
import { importClients } from "./imports/service.ts";
import { getOwnParticipation } from "./own/service.ts";
import { listPlacements, reportPlacementHours } from "./placements/service.ts";
import { participationReport, recordObstacle } from "./reports/service.ts";
import * as service from "./service.ts";
import * as teamService from "./teams/service.ts";

/** Maatschappelijke participatie (ADR 0018): every endpoint is declared in shared/participation/. */
export const participationRoutes: FastifyPluginAsync<{ db: Db; mailer: Mailer }> = async (
  app,
  { db, mailer },
) => {
  register(app, rules.list, ({ actor }) => service.listRules(db, actor));
  register(app, rules.create, ({ actor, body }) => service.createRule(db, actor, body));

  register(app, clients.list, ({ actor, query }) => service.listClients(db, actor, query));
  register(app, clients.get, ({ actor, params }) => service.getClient(db, actor, params.id));
  register(app, clients.create, ({ actor, body }) => service.createClient(db, actor, body));
  register(app, clients.setExemption, ({ actor, params, body }) =>
    service.setExemption(db, actor, params.id, body),
  );
  register(app, clients.import, ({ actor, body }) => importClients(db, actor, body));
  register(app, clients.worklist, ({ actor }) => service.worklist(db, actor));

  register(app, teams.list, ({ actor }) => teamService.listCaseworkers(db, actor));
  register(app, teams.setTeam, ({ actor, params, body }) =>
    teamService.setTeam(db, actor, params.userId, body),
  );
  register(app, teams.handover, ({ actor, body }) => teamService.handOver(db, actor, body));

  register(app, agreements.list, async ({ actor, params }) => ({
    items: await agreementService.listAgreements(db, actor, "caseworker", params.id),
  }));
  register(app, agreements.create, ({ actor, params, body }) =>
    agreementService.createAgreement(db, actor, "caseworker", params.id, body),
  );
  register(app, agreements.submit, ({ actor, params, body }) =>
    agreementService.submitAgreement(db, mailer, actor, "caseworker", params.id, body),
  );
  register(app, agreements.decide, ({ actor, params, body }) =>
    agreementService.decideAgreement(db, mailer, actor, params.id, body),
  );
  register(app, agreements.status, ({ actor, params, body }) =>
    agreementService.changeStatus(db, mailer, actor, params.id, body),
  );
  register(app, agreements.hours, ({ actor, params, body }) =>
    agreementService.reportHours(db, actor, "caseworker", params.id, body),
  );
  register(app, agreements.letter, async ({ actor, params, reply }) => {
    const letter = await agreementService.letterPdf(db, actor, "caseworker", params.id, params.letterId);
    return reply
      .type("application/pdf")
      .header("content-disposition", `inline; filename="${letter.reference}.pdf"`)
      .send(letter.pdf);
  });

  register(app, own.get, ({ actor }) => getOwnParticipation(db, actor));
  register(app, own.propose, ({ actor, body }) =>
    agreementService.createAgreement(db, actor, "self", null, body),
  );
  register(app, own.submit, ({ actor, params }) =>
    agreementService.submitAgreement(db, mailer, actor, "self", params.id, {
      overLimitReason: "",
      delivery: "mail",
    }),
  );
  register(app, own.hours, ({ actor, params, body }) =>
    agreementService.reportHours(db, actor, "self", params.id, body),
  );
  register(app, own.letter, async ({ actor, params, reply }) => {
    const letter = await agreementService.letterPdf(db, actor, "self", params.id, params.letterId);
    return reply
      .type("application/pdf")
      .header("content-disposition", `inline; filename="${letter.reference}.pdf"`)
      .send(letter.pdf);
  });

  register(app, placements.list, ({ actor }) => listPlacements(db, actor));
  register(app, placements.hours, ({ actor, params, body }) =>
    reportPlacementHours(db, actor, params.id, body),
  );

  register(app, reports.report, ({ actor }) => participationReport(db, actor));
  register(app, reports.obstacle, ({ actor, body }) => recordObstacle(db, actor, body));
};
