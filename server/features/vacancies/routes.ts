import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { allowanceInputSchema, hoursInputSchema } from "../../../shared/allowances.ts";
import { pageOf, pageQuerySchema } from "../../../shared/paging.ts";
import { personal } from "../../../shared/personal-data.ts";
import {
  applicationStatusInputSchema,
  publicSearchQuerySchema,
  publicVacancySchema,
  vacancyApplicationSchema,
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
import { sendTable } from "../../platform/table-export.ts";
import { batchProposal, MAX_BATCH_VACANCIES } from "../vacancy-batch/service.ts";
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
      schema: { tags, summary: "Eén vacature", params: idParamSchema, response: { 200: vacancySchema } },
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

  const missingSchema = z.object({
    skills: z.array(z.string()),
    slots: z.array(z.string()),
    goals: z.array(z.string()),
    motivesUnknown: z.boolean(),
  });
  const pointsSchema = z.object({
    skills: z.number(),
    motives: z.number(),
    availability: z.number(),
    location: z.number(),
    goals: z.number(),
  });

  app.get(
    "/api/vacancies/:id/candidates",
    {
      config: { permission: "vacancies.manage", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Beste kandidaten voor een vacature, met uitleg per onderdeel en wat ontbreekt",
        params: idParamSchema,
        response: {
          200: z.object({
            full: z.boolean(),
            openPlaces: z.number().int(),
            candidates: z.array(
              z.object({
                volunteerId: z.uuid(),
                name: personal(z.string()),
                status: z.string(),
                score: z.number(),
                points: pointsSchema,
                distanceKm: z.number().nullable(),
                missing: missingSchema,
              }),
            ),
          }),
        },
      },
    },
    (request) => service.candidatesFor(db, actorOf(request), request.params.id),
  );

  app.post(
    "/api/vacancies/:id/invitations",
    {
      config: { permission: "vacancies.manage", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Kandidaat uitnodigen (de vrijwilliger krijgt een e-mail)",
        params: idParamSchema,
        body: z.object({ volunteerId: z.uuid({ message: "Kies een vrijwilliger." }) }),
        response: { 201: z.object({ applicationId: z.uuid(), status: z.string() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.inviteCandidate(
            db,
            mailer,
            actorOf(request),
            request.params.id,
            request.body.volunteerId,
            config.publicUrl,
          ),
        ),
  );

  app.post(
    "/api/vacancies/batch/proposal",
    {
      config: { permission: "vacancies.manage", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Voorstel: kandidaten over open plekken verdelen met de hoogste totale score (exact)",
        body: z.object({
          vacancyIds: z
            .array(z.uuid())
            .max(MAX_BATCH_VACANCIES, { message: "Maximaal 1.000 vacatures per voorstel." })
            .optional(),
          maxPerVolunteer: z.coerce
            .number()
            .int()
            .min(1, { message: "Minstens 1." })
            .max(5, { message: "Maximaal 5." })
            .default(1),
        }),
        response: {
          200: z.object({
            total: z.number(),
            vacancies: z.number().int(),
            candidates: z.number().int(),
            pairs: z.array(
              z.object({
                volunteerId: z.uuid(),
                vacancyId: z.uuid(),
                score: z.number(),
                volunteerName: personal(z.string()),
                vacancyTitle: z.string(),
              }),
            ),
          }),
        },
      },
    },
    (request) => batchProposal(db, actorOf(request), request.body),
  );

  app.post(
    "/api/vacancies/batch/invitations",
    {
      config: { permission: "vacancies.manage", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Het (aangepaste) voorstel bevestigen: alle uitnodigingen in één keer",
        body: z.object({
          pairs: z
            .array(z.object({ vacancyId: z.uuid(), volunteerId: z.uuid() }))
            .min(1, { message: "Kies minstens één koppeling." })
            .max(1000),
        }),
        response: { 200: z.object({ invited: z.number().int() }) },
      },
    },
    (request) => service.batchInvite(db, mailer, actorOf(request), request.body.pairs, config.publicUrl),
  );

  app.post(
    "/api/me/applications/:id/answer",
    {
      config: { permission: "volunteers.self", processing: "volunteers.self" },
      schema: {
        tags,
        summary: "Een uitnodiging aannemen of afwijzen",
        params: idParamSchema,
        body: z.object({ accept: z.boolean({ message: "Kies ja of nee." }) }),
        response: { 200: z.object({ id: z.uuid(), status: z.string() }) },
      },
    },
    (request) => service.answerInvitation(db, actorOf(request), request.params.id, request.body.accept),
  );

  app.get(
    "/api/vacancies/:id/applications",
    {
      // Names of volunteers: the same permission as the volunteer list (not the policy officer).
      config: { permission: "volunteers.read", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Reacties en plaatsingen van een vacature",
        params: idParamSchema,
        response: { 200: z.array(vacancyApplicationSchema) },
      },
    },
    (request) => service.listApplications(db, actorOf(request), request.params.id),
  );

  app.post(
    "/api/vacancies/:id/applications/:applicationId/status",
    {
      config: { permission: "vacancies.manage", processing: "volunteers.manage" },
      schema: {
        tags,
        summary:
          "Volgende stap: kennismaking, proefperiode, geplaatst, afgerond of gestopt (de vrijwilliger krijgt een e-mail)",
        params: idParamSchema.extend({ applicationId: z.uuid({ message: "Ongeldige id." }) }),
        body: applicationStatusInputSchema,
        response: { 200: z.object({ id: z.uuid(), status: z.string() }) },
      },
    },
    (request) =>
      service.changeApplicationStatus(
        db,
        mailer,
        actorOf(request),
        request.params.id,
        request.params.applicationId,
        request.body,
      ),
  );

  const hoursSchema = z.object({
    id: z.uuid(),
    applicationId: z.uuid(),
    name: personal(z.string()),
    date: z.string(),
    hours: z.number(),
    note: personal(z.string()),
    status: z.string(),
  });
  const applicationParams = idParamSchema.extend({ applicationId: z.uuid({ message: "Ongeldige id." }) });
  const warningSchema = z.object({ code: z.string(), message: z.string() });

  app.get(
    "/api/me/applications/:id/hours",
    {
      config: { permission: "volunteers.self", processing: "volunteers.self", processingNotLogged: "self" },
      schema: {
        tags,
        summary: "Mijn uren bij een plaatsing",
        params: idParamSchema,
        response: { 200: z.array(hoursSchema) },
      },
    },
    (request) => service.listOwnHours(db, actorOf(request), request.params.id),
  );

  app.post(
    "/api/me/applications/:id/hours",
    {
      config: { permission: "volunteers.self", processing: "volunteers.self" },
      schema: {
        tags,
        summary: "Uren schrijven bij mijn plaatsing",
        params: idParamSchema,
        body: hoursInputSchema,
        response: { 201: z.object({ id: z.uuid(), status: z.string() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.logOwnHours(db, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    "/api/vacancies/:id/hours",
    {
      config: { permission: "volunteers.read", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Geschreven uren bij een vacature",
        params: idParamSchema,
        response: { 200: z.array(hoursSchema) },
      },
    },
    (request) => service.listVacancyHours(db, actorOf(request), request.params.id),
  );

  app.post(
    "/api/vacancies/:id/applications/:applicationId/hours",
    {
      config: { permission: "vacancies.manage", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Uren schrijven voor een vrijwilliger",
        params: applicationParams,
        body: hoursInputSchema,
        response: { 201: z.object({ id: z.uuid(), status: z.string() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.logHoursFor(
            db,
            actorOf(request),
            request.params.id,
            request.params.applicationId,
            request.body,
          ),
        ),
  );

  app.post(
    "/api/vacancies/:id/hours/:entryId/decision",
    {
      config: { permission: "vacancies.manage", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Uren goedkeuren of afwijzen",
        params: idParamSchema.extend({ entryId: z.uuid({ message: "Ongeldige id." }) }),
        body: z.object({ approve: z.boolean({ message: "Kies goedkeuren of afwijzen." }) }),
        response: { 200: z.object({ id: z.uuid(), status: z.string() }) },
      },
    },
    (request) =>
      service.decideHours(
        db,
        actorOf(request),
        request.params.id,
        request.params.entryId,
        request.body.approve,
      ),
  );

  app.post(
    "/api/vacancies/:id/applications/:applicationId/allowances/check",
    {
      config: { permission: "vacancies.manage", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Controleren of een vergoeding binnen de grenzen blijft (alle organisaties samen)",
        params: applicationParams,
        body: allowanceInputSchema,
        response: {
          200: z.object({
            warnings: z.array(warningSchema),
            paidThisMonth: z.number(),
            paidThisYear: z.number(),
          }),
        },
      },
    },
    (request) =>
      service.checkAllowanceFor(
        db,
        actorOf(request),
        request.params.id,
        request.params.applicationId,
        request.body,
      ),
  );

  app.post(
    "/api/vacancies/:id/applications/:applicationId/allowances",
    {
      config: { permission: "vacancies.manage", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Vergoeding vastleggen; boven een grens alleen na bevestiging",
        params: applicationParams,
        body: allowanceInputSchema,
        response: { 201: z.object({ id: z.uuid(), warnings: z.array(warningSchema) }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.payAllowance(
            db,
            actorOf(request),
            request.params.id,
            request.params.applicationId,
            request.body,
          ),
        ),
  );

  const reportQuery = z
    .object({
      groupBy: z
        .enum(["volunteer", "organisation", "vacancy", "district", "month"], {
          message: "Kies een indeling.",
        })
        .default("month"),
      from: z.iso.date({ message: "Vul een geldige datum in, zoals 2026-01-31." }).optional(),
      to: z.iso.date({ message: "Vul een geldige datum in, zoals 2026-01-31." }).optional(),
      format: z.enum(["json", "csv", "xlsx"]).default("json"),
    })
    .refine((q) => !q.from || !q.to || q.from <= q.to, {
      message: "De einddatum ligt voor de begindatum.",
      path: ["to"],
    });

  app.get(
    "/api/vacancies/reports/hours",
    {
      config: { permission: "vacancies.read", processing: "volunteers.manage", personalData: true },
      schema: {
        tags,
        summary: "Goedgekeurde uren per vrijwilliger, organisatie, vacature, wijk of maand (JSON, CSV, XLSX)",
        querystring: reportQuery,
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      if (format === "json") return service.hoursReport(db, actorOf(request), query);
      const file = await service.hoursReportFile(db, actorOf(request), query, format);
      return sendTable(reply, file, format, `uren-per-${query.groupBy}`);
    },
  );

  const vacancyMatchSchema = z.object({
    vacancyId: z.uuid(),
    title: z.string(),
    organisationName: z.string(),
    score: z.number(),
    points: pointsSchema,
    distanceKm: z.number().nullable(),
    missing: missingSchema,
  });

  app.get(
    "/api/me/vacancy-matches",
    {
      config: { permission: "volunteers.self" },
      schema: {
        tags,
        summary: "Vacatures die het best bij mij passen, met uitleg",
        response: { 200: z.array(vacancyMatchSchema) },
      },
    },
    (request) => service.vacanciesFor(db, actorOf(request), null),
  );

  app.get(
    "/api/volunteers/:id/vacancy-matches",
    {
      config: { permission: "volunteers.read", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Vacatures die het best bij een vrijwilliger passen, met uitleg",
        params: idParamSchema,
        response: { 200: z.array(vacancyMatchSchema) },
      },
    },
    (request) => service.vacanciesFor(db, actorOf(request), request.params.id),
  );
};
