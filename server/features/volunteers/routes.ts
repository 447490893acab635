import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { motiveAnswersSchema } from "../../../shared/motives.ts";
import { pageOf, pageQuerySchema } from "../../../shared/paging.ts";
import { idParamSchema } from "../../../shared/validation.ts";
import {
  assistedSignupSchema,
  checkInInputSchema,
  confirmSignupResultSchema,
  confirmSignupSchema,
  defaultVolunteerSettings,
  expiringItemSchema,
  photoInputSchema,
  signupInputSchema,
  statusInputSchema,
  trainingInputSchema,
  vogInputSchema,
  volunteerListItemSchema,
  volunteerListQuerySchema,
  volunteerProfileInputSchema,
  volunteerSchema,
  volunteerSettingsPatchSchema,
  volunteerSettingsSchema,
} from "../../../shared/volunteers.ts";
import { z } from "../../../shared/zod.ts";
import type { Db } from "../../db/client.ts";
import type { Auth } from "../../platform/auth.ts";
import type { Config } from "../../platform/config.ts";
import type { Mailer } from "../../platform/mail.ts";
import { actorOf } from "../../platform/policy.ts";
import { sendTable } from "../../platform/table-export.ts";
import * as service from "./service.ts";

const tags = ["vrijwilligers"];
const slugQuery = z.object({ slug: z.string().max(100).optional() });
const vogParams = idParamSchema.extend({ vogId: z.uuid({ message: "Ongeldige id." }) });
const trainingParams = idParamSchema.extend({ trainingId: z.uuid({ message: "Ongeldige id." }) });
const listQuery = pageQuerySchema.extend(volunteerListQuerySchema.shape);
const photoResult = z.object({ hasPhoto: z.boolean() });

export const volunteersRoutes: FastifyPluginAsyncZod<{
  db: Db;
  auth: Auth;
  config: Config;
  mailer: Mailer;
  /** What other features attach to a confirmed sign-up (e.g. the vacancy someone reacted to). */
  onSignupConfirmed?: service.OnSignupConfirmed;
}> = async (app, { db, auth, config, mailer, onSignupConfirmed }) => {
  const sendPasswordLink = (email: string) =>
    auth.api.requestPasswordReset({ body: { email, redirectTo: "/wachtwoord-herstellen" } }).then(() => {});

  // --- Public sign-up ---

  app.get(
    "/api/public/volunteer-signup",
    {
      config: { permission: "public" },
      schema: {
        tags,
        summary: "Keuzes voor het openbare aanmeldformulier (organisaties, kanalen)",
        querystring: slugQuery,
        response: {
          200: z.object({
            tenant: z.object({ slug: z.string(), name: z.string() }),
            organisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
            channels: z.array(z.object({ code: z.string(), label: z.string() })),
          }),
        },
      },
    },
    (request) => service.getSignupOptions(db, request.query.slug),
  );

  app.post(
    "/api/public/volunteer-signups",
    {
      config: { permission: "public" },
      schema: {
        tags,
        summary: "Aanmelden als vrijwilliger (zonder account); stuurt een bevestigingsmail",
        querystring: slugQuery,
        body: signupInputSchema,
        response: { 202: z.object({ status: z.literal("check_email") }) },
      },
    },
    async (request, reply) => {
      await service.submitSignup(
        db,
        mailer,
        { slug: request.query.slug, traceId: String(request.id), publicUrl: config.publicUrl },
        request.body,
      );
      return reply.status(202).send({ status: "check_email" as const });
    },
  );

  app.post(
    "/api/public/volunteer-signups/confirm",
    {
      config: { permission: "public" },
      schema: {
        tags,
        summary: "Aanmelding bevestigen met de link uit de e-mail",
        body: confirmSignupSchema,
        response: { 200: confirmSignupResultSchema },
      },
    },
    (request) =>
      service.confirmSignup(db, request.body.token, String(request.id), sendPasswordLink, onSignupConfirmed),
  );

  // --- Settings (taxonomies, motive types) ---

  app.get(
    "/api/volunteer-settings",
    {
      config: { permission: "authenticated" },
      schema: {
        tags,
        summary: "Lijsten en instellingen voor vrijwilligers",
        response: { 200: volunteerSettingsSchema },
      },
    },
    async (request) =>
      request.actor ? service.getSettings(db, request.actor.tenantId) : defaultVolunteerSettings,
  );

  app.put(
    "/api/volunteer-settings",
    {
      config: { permission: "volunteers.settings" },
      schema: {
        tags,
        summary: "Lijsten, termijnen en typen vrijwilligers wijzigen (wat u weglaat, blijft zoals het was)",
        body: volunteerSettingsPatchSchema,
        response: { 200: volunteerSettingsSchema },
      },
    },
    (request) => service.updateSettings(db, actorOf(request), request.body),
  );

  // --- The volunteer's own profile ---

  app.get(
    "/api/me/volunteer",
    {
      config: { permission: "volunteers.self", processing: "volunteers.self", processingNotLogged: "self" },
      schema: { tags, summary: "Mijn vrijwilligersprofiel", response: { 200: volunteerSchema } },
    },
    (request) => service.getOwnVolunteer(db, actorOf(request)),
  );

  app.put(
    "/api/me/volunteer",
    {
      config: { permission: "volunteers.self", processing: "volunteers.self" },
      schema: {
        tags,
        summary: "Mijn profiel wijzigen",
        body: volunteerProfileInputSchema,
        response: { 200: volunteerSchema },
      },
    },
    (request) => service.updateOwnProfile(db, actorOf(request), request.body),
  );

  app.post(
    "/api/me/volunteer/motives",
    {
      config: { permission: "volunteers.self", processing: "volunteers.self" },
      schema: {
        tags,
        summary: "Vragenlijst drijfveren invullen",
        body: motiveAnswersSchema,
        response: { 200: volunteerSchema },
      },
    },
    (request) => service.recordOwnMotives(db, actorOf(request), request.body),
  );

  app.get(
    "/api/me/volunteer/export",
    {
      config: {
        permission: "volunteers.self",
        processing: "volunteers.self",
        personalData: true,
        processingNotLogged: "self",
      },
      schema: {
        tags,
        summary: "Al mijn gegevens downloaden (JSON of leesbare HTML)",
        querystring: z.object({ format: z.enum(["json", "html"]).default("json") }),
      },
    },
    async (request, reply) => {
      const data = await service.exportOwnData(db, actorOf(request));
      if (request.query.format === "html") {
        return reply
          .type("text/html; charset=utf-8")
          .header("content-disposition", 'attachment; filename="mijn-gegevens.html"')
          .send(service.renderOwnDataHtml(data));
      }
      return reply.header("content-disposition", 'attachment; filename="mijn-gegevens.json"').send(data);
    },
  );

  app.put(
    "/api/me/volunteer/photo",
    {
      config: { permission: "volunteers.self", processing: "volunteers.self" },
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags,
        summary: "Mijn foto plaatsen (JPG, PNG of WebP, maximaal 1 MB)",
        body: photoInputSchema,
        response: { 200: photoResult },
      },
    },
    (request) => service.saveOwnPhoto(db, actorOf(request), request.body.dataUrl),
  );

  app.delete(
    "/api/me/volunteer/photo",
    {
      config: { permission: "volunteers.self", processing: "volunteers.self" },
      schema: { tags, summary: "Mijn foto verwijderen", response: { 200: photoResult } },
    },
    (request) => service.deleteOwnPhoto(db, actorOf(request)),
  );

  app.get(
    "/api/me/volunteer/photo",
    {
      config: {
        permission: "volunteers.self",
        processing: "volunteers.self",
        personalData: true,
        processingNotLogged: "self",
      },
      schema: { tags, summary: "Mijn foto" },
    },
    async (request, reply) => {
      const photo = await service.getOwnPhoto(db, actorOf(request));
      return reply.type(photo.contentType).header("cache-control", "private, no-store").send(photo.bytes);
    },
  );

  app.get(
    "/api/me/volunteer/calendar",
    {
      config: { permission: "volunteers.self" },
      schema: {
        tags,
        summary: "Mijn privé-agendalink (iCalendar)",
        response: { 200: z.object({ url: z.string().nullable() }) },
      },
    },
    (request) => service.getOwnCalendarUrl(db, actorOf(request), config.publicUrl),
  );

  app.post(
    "/api/me/volunteer/calendar",
    {
      config: { permission: "volunteers.self" },
      schema: {
        tags,
        summary: "Nieuwe privé-agendalink maken (de oude werkt dan niet meer)",
        response: { 200: z.object({ url: z.string() }) },
      },
    },
    (request) => service.renewOwnCalendarUrl(db, actorOf(request), config.publicUrl),
  );

  app.post(
    "/api/me/volunteer/erasure-request",
    {
      config: { permission: "volunteers.self", processing: "volunteers.self" },
      schema: {
        tags,
        summary: "Vragen om mijn gegevens te wissen",
        response: { 200: z.object({ requested: z.boolean() }) },
      },
    },
    (request) => service.requestErasure(db, actorOf(request)),
  );

  // --- Coordinators ---

  app.get(
    "/api/volunteers",
    {
      config: { permission: "volunteers.read", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Vrijwilligers zoeken en filteren",
        querystring: listQuery,
        response: { 200: pageOf(volunteerListItemSchema) },
      },
    },
    (request) => service.listVolunteers(db, actorOf(request), request.query),
  );

  app.get(
    "/api/volunteers/export",
    {
      config: { permission: "volunteers.read", processing: "volunteers.export", personalData: true },
      schema: {
        tags,
        summary: "Gefilterde lijst als CSV of XLSX (wordt gelogd)",
        querystring: listQuery
          .omit({ page: true, pageSize: true })
          .extend({ format: z.enum(["csv", "xlsx"]).default("csv") }),
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const file = await service.exportVolunteers(db, actorOf(request), query, format);
      return sendTable(reply, file, format, "vrijwilligers");
    },
  );

  app.get(
    "/api/volunteers/expiring",
    {
      config: { permission: "volunteers.read", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "VOG's en certificaten die binnenkort verlopen",
        response: { 200: z.array(expiringItemSchema) },
      },
    },
    (request) => service.listExpiring(db, actorOf(request)),
  );

  app.post(
    "/api/volunteers",
    {
      config: { permission: "volunteers.manage", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Aanmelding invoeren voor iemand die persoonlijk langskwam",
        body: assistedSignupSchema,
        response: { 201: volunteerSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createAssisted(db, actorOf(request), request.body)),
  );

  app.get(
    "/api/volunteers/:id",
    {
      config: { permission: "volunteers.read", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Eén vrijwilliger",
        params: idParamSchema,
        response: { 200: volunteerSchema },
      },
    },
    (request) => service.getVolunteer(db, actorOf(request), request.params.id),
  );

  app.get(
    "/api/volunteers/:id/photo",
    {
      config: { permission: "volunteers.read", processing: "volunteers.manage", personalData: true },
      schema: { tags, summary: "Foto van een vrijwilliger", params: idParamSchema },
    },
    async (request, reply) => {
      const photo = await service.getPhoto(db, actorOf(request), request.params.id);
      return reply.type(photo.contentType).header("cache-control", "private, no-store").send(photo.bytes);
    },
  );

  app.put(
    "/api/volunteers/:id",
    {
      config: { permission: "volunteers.manage", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Profiel wijzigen",
        params: idParamSchema,
        body: volunteerProfileInputSchema,
        response: { 200: volunteerSchema },
      },
    },
    (request) => service.updateProfile(db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/volunteers/:id/status",
    {
      config: { permission: "volunteers.manage", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Status wijzigen (kennismaking, actief, pauze, gestopt)",
        params: idParamSchema,
        body: statusInputSchema,
        response: { 200: volunteerSchema },
      },
    },
    (request) => service.changeStatus(db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/volunteers/:id/motives",
    {
      config: { permission: "volunteers.manage", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Vragenlijst drijfveren invullen samen met de vrijwilliger",
        params: idParamSchema,
        body: motiveAnswersSchema,
        response: { 200: volunteerSchema },
      },
    },
    (request) => service.recordMotives(db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/volunteers/:id/vogs",
    {
      config: { permission: "volunteers.manage", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "VOG vastleggen",
        params: idParamSchema,
        body: vogInputSchema,
        response: { 200: volunteerSchema },
      },
    },
    (request) => service.addVog(db, actorOf(request), request.params.id, request.body),
  );

  app.put(
    "/api/volunteers/:id/vogs/:vogId",
    {
      config: { permission: "volunteers.manage", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "VOG bijwerken (bijvoorbeeld ontvangen)",
        params: vogParams,
        body: vogInputSchema,
        response: { 200: volunteerSchema },
      },
    },
    (request) =>
      service.updateVog(db, actorOf(request), request.params.id, request.params.vogId, request.body),
  );

  app.post(
    "/api/volunteers/:id/trainings",
    {
      config: { permission: "volunteers.manage", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Training of certificaat vastleggen",
        params: idParamSchema,
        body: trainingInputSchema,
        response: { 200: volunteerSchema },
      },
    },
    (request) => service.addTraining(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/volunteers/:id/trainings/:trainingId",
    {
      config: { permission: "volunteers.manage", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Training verwijderen",
        params: trainingParams,
        response: { 200: volunteerSchema },
      },
    },
    (request) => service.deleteTraining(db, actorOf(request), request.params.id, request.params.trainingId),
  );

  app.post(
    "/api/volunteers/:id/check-ins",
    {
      config: { permission: "volunteers.manage", processing: "volunteers.manage" },
      schema: {
        tags,
        summary: "Bindingsgesprek vastleggen",
        params: idParamSchema,
        body: checkInInputSchema,
        response: { 200: volunteerSchema },
      },
    },
    (request) => service.addCheckIn(db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/volunteers/:id/erase",
    {
      config: { permission: "volunteers.erase", processing: "volunteers.erasure" },
      schema: {
        tags,
        summary: "Persoonsgegevens wissen (alleen anonieme aantallen blijven)",
        params: idParamSchema,
        response: { 200: z.object({ erased: z.boolean() }) },
      },
    },
    (request) => service.eraseVolunteer(db, actorOf(request), request.params.id),
  );
};
