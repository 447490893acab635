import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  actionInputSchema,
  actionSchema,
  campaignInputSchema,
  campaignSchema,
  dropoutQuerySchema,
  dropoutReportSchema,
  funnelSchema,
} from "../../../shared/recruitment.ts";
import { idParamSchema } from "../../../shared/validation.ts";
import { z } from "../../../shared/zod.ts";
import type { Db } from "../../db/client.ts";
import { actorOf } from "../../platform/policy.ts";
import { getPublicTenant } from "../tenancy/service.ts";
import * as service from "./service.ts";

const tags = ["werving"];

export const recruitmentRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/api/public/recruitment-campaigns",
    {
      config: { permission: "public" },
      schema: {
        tags,
        summary: "Lopende wervingscampagnes (voor het aanmeldformulier)",
        querystring: z.object({ slug: z.string().max(100).optional() }),
        response: {
          200: z.array(z.object({ id: z.uuid(), name: z.string(), channels: z.array(z.string()) })),
        },
      },
    },
    async (request) => service.listOpenCampaigns(db, (await getPublicTenant(db, request.query.slug)).id),
  );

  app.get(
    "/api/recruitment/campaigns",
    {
      config: { permission: "recruitment.read" },
      schema: { tags, summary: "Wervingscampagnes", response: { 200: z.array(campaignSchema) } },
    },
    (request) => service.listCampaigns(db, actorOf(request)),
  );

  app.post(
    "/api/recruitment/campaigns",
    {
      config: { permission: "recruitment.manage" },
      schema: {
        tags,
        summary: "Campagne toevoegen",
        body: campaignInputSchema,
        response: { 201: campaignSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createCampaign(db, actorOf(request), request.body)),
  );

  app.get(
    "/api/recruitment/campaigns/:id",
    {
      config: { permission: "recruitment.read" },
      schema: {
        tags,
        summary: "Eén wervingscampagne",
        params: idParamSchema,
        response: { 200: campaignSchema },
      },
    },
    (request) => service.getCampaign(db, actorOf(request), request.params.id),
  );

  app.put(
    "/api/recruitment/campaigns/:id",
    {
      config: { permission: "recruitment.manage" },
      schema: {
        tags,
        summary: "Campagne wijzigen",
        params: idParamSchema,
        body: campaignInputSchema,
        response: { 200: campaignSchema },
      },
    },
    (request) => service.updateCampaign(db, actorOf(request), request.params.id, request.body),
  );

  app.get(
    "/api/recruitment/campaigns/:id/funnel",
    {
      config: { permission: "recruitment.read" },
      schema: {
        tags,
        summary: "Trechter per kanaal: aangemeld → kennismaking → actief → na 3 en 6 maanden",
        params: idParamSchema,
        response: { 200: funnelSchema },
      },
    },
    (request) => service.getFunnel(db, actorOf(request), request.params.id),
  );

  app.get(
    "/api/recruitment/dropout",
    {
      config: { permission: "volunteers.report" },
      schema: {
        tags,
        summary: "Uitval per organisatie, reden, type en kanaal",
        querystring: dropoutQuerySchema,
        response: { 200: dropoutReportSchema },
      },
    },
    (request) => service.getDropoutReport(db, actorOf(request), request.query),
  );

  app.get(
    "/api/recruitment/actions",
    {
      config: { permission: "recruitment.read" },
      schema: {
        tags,
        summary: "Actieplan werving en binding",
        querystring: z.object({ organisationId: z.uuid().optional() }),
        response: { 200: z.array(actionSchema) },
      },
    },
    (request) => service.listActions(db, actorOf(request), request.query.organisationId),
  );

  app.post(
    "/api/recruitment/actions",
    {
      config: { permission: "recruitment.manage" },
      schema: { tags, summary: "Actie toevoegen", body: actionInputSchema, response: { 201: actionSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createAction(db, actorOf(request), request.body)),
  );

  app.put(
    "/api/recruitment/actions/:id",
    {
      config: { permission: "recruitment.manage" },
      schema: {
        tags,
        summary: "Actie wijzigen",
        params: idParamSchema,
        body: actionInputSchema,
        response: { 200: actionSchema },
      },
    },
    (request) => service.updateAction(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/recruitment/actions/:id",
    {
      config: { permission: "recruitment.manage", personalData: false },
      schema: { tags, summary: "Actie verwijderen", params: idParamSchema },
    },
    async (request, reply) => {
      await service.deleteAction(db, actorOf(request), request.params.id);
      return reply.status(204).send();
    },
  );
};
