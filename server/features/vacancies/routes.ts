import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { pageOf, pageQuerySchema } from "../../../shared/paging.ts";
import {
  publicSearchQuerySchema,
  publicVacancySchema,
  vacancyInputSchema,
  vacancyListQuerySchema,
  vacancySchema,
} from "../../../shared/vacancies.ts";
import { idParamSchema } from "../../../shared/validation.ts";
import { signupInputSchema } from "../../../shared/volunteers.ts";
import { z } from "../../../shared/zod.ts";
import type { Db } from "../../db/client.ts";
import type { Config } from "../../platform/config.ts";
import type { Mailer } from "../../platform/mail.ts";
import { actorOf } from "../../platform/policy.ts";
import * as service from "./service.ts";

const tags = ["vacatures"];
const slugQuery = z.object({ slug: z.string().max(100).optional() });
const ownApplicationSchema = z.object({
  id: z.uuid(),
  vacancyId: z.uuid(),
  title: z.string(),
  organisationName: z.string(),
  status: z.string(),
  createdAt: z.string(),
});

export const vacanciesRoutes: FastifyPluginAsyncZod<{ db: Db; config: Config; mailer: Mailer }> = async (
  app,
  { db, config, mailer },
) => {
  app.get(
    "/api/public/vacancies",
    {
      config: { permission: "public" },
      schema: {
        tags,
        summary: "Vacatures zoeken (openbaar, tolerant voor typefouten)",
        querystring: publicSearchQuerySchema,
        response: { 200: pageOf(publicVacancySchema) },
      },
    },
    (request) => service.searchPublic(db, request.query),
  );

  app.get(
    "/api/public/vacancy-filters",
    {
      config: { permission: "public" },
      schema: {
        tags,
        summary: "Keuzes voor het zoekformulier (wijken, thema's, kanalen)",
        querystring: slugQuery,
        response: {
          200: z.object({
            tenant: z.object({ slug: z.string(), name: z.string() }),
            districts: z.array(z.object({ id: z.uuid(), name: z.string() })),
            themes: z.array(z.object({ code: z.string(), label: z.string() })),
            channels: z.array(z.object({ code: z.string(), label: z.string() })),
          }),
        },
      },
    },
    (request) => service.getPublicFilters(db, request.query.slug),
  );

  app.get(
    "/api/public/vacancies/:id",
    {
      config: { permission: "public" },
      schema: {
        tags,
        summary: "Een gepubliceerde vacature",
        params: idParamSchema,
        querystring: slugQuery,
        response: { 200: publicVacancySchema },
      },
    },
    (request) => service.getPublic(db, request.query.slug, request.params.id),
  );

  app.post(
    "/api/public/vacancies/:id/reactions",
    {
      config: { permission: "public" },
      schema: {
        tags,
        summary:
          "Reageren zonder account: aanmelding met bevestigingsmail; na bevestiging staat de reactie klaar",
        params: idParamSchema,
        querystring: slugQuery,
        body: signupInputSchema,
        response: { 202: z.object({ status: z.literal("check_email") }) },
      },
    },
    async (request, reply) => {
      await service.reactAnonymously(
        db,
        mailer,
        { slug: request.query.slug, traceId: String(request.id), publicUrl: config.publicUrl },
        request.params.id,
        request.body,
      );
      return reply.status(202).send({ status: "check_email" as const });
    },
  );

  app.get(
    "/api/me/applications",
    {
      config: { permission: "volunteers.self" },
      schema: {
        tags,
        summary: "Mijn reacties op vacatures",
        response: { 200: z.array(ownApplicationSchema) },
      },
    },
    (request) => service.listOwnApplications(db, actorOf(request)),
  );

  app.post(
    "/api/me/applications",
    {
      config: { permission: "volunteers.self", processing: "volunteers.self" },
      schema: {
        tags,
        summary: "Reageren op een vacature (ingelogd)",
        body: z.object({
          vacancyId: z.uuid({ message: "Kies een vacature." }),
          message: z.string().trim().max(2000).default(""),
        }),
        response: { 201: z.object({ id: z.uuid(), status: z.string() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.reactAsVolunteer(db, actorOf(request), request.body.vacancyId, request.body.message),
        ),
  );

  app.get(
    "/api/vacancies",
    {
      config: { permission: "vacancies.read" },
      schema: {
        tags,
        summary: "Vacatures van de organisatie (of het hele werkgebied)",
        querystring: pageQuerySchema.extend(vacancyListQuerySchema.shape),
        response: { 200: pageOf(vacancySchema) },
      },
    },
    (request) => service.listVacancies(db, actorOf(request), request.query),
  );

  app.post(
    "/api/vacancies",
    {
      config: { permission: "vacancies.manage" },
      schema: {
        tags,
        summary: "Vacature plaatsen",
        body: vacancyInputSchema,
        response: { 201: vacancySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createVacancy(db, actorOf(request), request.body)),
  );

  app.get(
    "/api/vacancies/:id",
    {
      config: { permission: "vacancies.read" },
      schema: { tags, params: idParamSchema, response: { 200: vacancySchema } },
    },
    (request) => service.getVacancy(db, actorOf(request), request.params.id),
  );

  app.put(
    "/api/vacancies/:id",
    {
      config: { permission: "vacancies.manage" },
      schema: {
        tags,
        summary: "Vacature wijzigen",
        params: idParamSchema,
        body: vacancyInputSchema,
        response: { 200: vacancySchema },
      },
    },
    (request) => service.updateVacancy(db, actorOf(request), request.params.id, request.body),
  );
};
