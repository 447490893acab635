import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  addressQuerySchema,
  cutInputSchema,
  doorstepSchema,
  eligibleVolunteerSchema,
  exclusionInputSchema,
  followUpInputSchema,
  letterInputSchema,
  monitorSchema,
  moveInputSchema,
  outreachAddressSchema,
  outreachCampaignInputSchema,
  outreachCampaignPatchSchema,
  outreachCampaignSchema,
  shiftInputSchema,
  shiftSchema,
  visitInputSchema,
  visitSchema,
  walkListSchema,
} from "../../../shared/outreach.ts";
import { personal } from "../../../shared/personal-data.ts";
import { idParamSchema } from "../../../shared/validation.ts";
import { z } from "../../../shared/zod.ts";
import type { Db } from "../../db/client.ts";
import type { Mailer } from "../../platform/mail.ts";
import { actorOf } from "../../platform/policy.ts";
import { sendTable } from "../../platform/table-export.ts";
import * as service from "./service.ts";

const tags = ["achter de voordeur"];
const walkListsSchema = z.array(walkListSchema);

export const outreachRoutes: FastifyPluginAsyncZod<{ db: Db; mailer: Mailer }> = async (
  app,
  { db, mailer },
) => {
  app.get(
    "/api/outreach/campaigns",
    {
      config: { permission: "outreach.read" },
      schema: {
        tags,
        summary: "Campagnes huis-aan-huis",
        response: { 200: z.array(outreachCampaignSchema) },
      },
    },
    (request) => service.listCampaigns(db, actorOf(request)),
  );

  app.post(
    "/api/outreach/campaigns",
    {
      config: { permission: "outreach.manage" },
      schema: {
        tags,
        summary: "Campagne toevoegen",
        body: outreachCampaignInputSchema,
        response: { 201: outreachCampaignSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createCampaign(db, actorOf(request), request.body)),
  );

  app.get(
    "/api/outreach/professionals",
    {
      config: { permission: "outreach.manage", processing: "outreach.manage" },
      schema: {
        tags,
        summary: "Professionals die bij een campagne bereikbaar kunnen zijn",
        response: { 200: z.array(z.object({ userId: z.string(), name: personal(z.string()) })) },
      },
    },
    (request) => service.listProfessionals(db, actorOf(request)),
  );

  app.get(
    "/api/outreach/campaigns/:id",
    {
      config: { permission: "outreach.read" },
      schema: { tags, summary: "Campagne", params: idParamSchema, response: { 200: outreachCampaignSchema } },
    },
    (request) => service.getCampaign(db, actorOf(request), request.params.id),
  );

  app.put(
    "/api/outreach/campaigns/:id",
    {
      config: { permission: "outreach.manage" },
      schema: {
        tags,
        summary: "Campagne wijzigen",
        params: idParamSchema,
        body: outreachCampaignPatchSchema,
        response: { 200: outreachCampaignSchema },
      },
    },
    (request) => service.updateCampaign(db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/outreach/campaigns/:id/addresses/import",
    {
      config: { permission: "outreach.manage" },
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        tags,
        summary:
          "Adressen importeren (CSV zoals de BAG: id, straat, huisnummer, letter, toevoeging, postcode, woonplaats, LAT/LON of RD X/Y)",
        params: idParamSchema,
        body: z.object({
          csv: z
            .string()
            .min(1, { message: "Het bestand is leeg." })
            .max(16_000_000, { message: "Het bestand is te groot (maximaal 16 MB)." }),
        }),
        response: { 200: z.object({ added: z.number().int(), updated: z.number().int() }) },
      },
    },
    (request) => service.importAddresses(db, actorOf(request), request.params.id, request.body.csv),
  );

  app.get(
    "/api/outreach/campaigns/:id/addresses",
    {
      config: { permission: "outreach.detail", processing: "outreach.manage" },
      schema: {
        tags,
        summary: "Adressen van een campagne",
        params: idParamSchema,
        querystring: addressQuerySchema,
        response: {
          200: z.object({
            items: z.array(outreachAddressSchema),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        },
      },
    },
    (request) => service.listAddresses(db, actorOf(request), request.params.id, request.query),
  );

  app.put(
    "/api/outreach/addresses/:id/exclusion",
    {
      config: { permission: "outreach.manage", processing: "outreach.manage" },
      schema: {
        tags,
        summary: "Adres niet bezoeken (met reden), of weer wel",
        params: idParamSchema,
        body: exclusionInputSchema,
        response: { 200: outreachAddressSchema },
      },
    },
    (request) => service.setExclusion(db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/outreach/campaigns/:id/letters",
    {
      config: { permission: "outreach.manage", processing: "outreach.manage", personalData: true },
      schema: {
        tags,
        summary:
          "Aankondigingsbrieven als één PDF (een brief per adres); de adressen krijgen de briefdatum als verzonden",
        params: idParamSchema,
        body: letterInputSchema,
      },
    },
    async (request, reply) => {
      const { pdf, count } = await service.makeLetters(db, actorOf(request), request.params.id, request.body);
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="brieven-${request.body.letterDate}.pdf"`)
        .header("x-letter-count", String(count))
        .send(pdf);
    },
  );

  app.post(
    "/api/outreach/campaigns/:id/walk-lists",
    {
      config: { permission: "outreach.manage", processing: "outreach.manage" },
      schema: {
        tags,
        summary:
          "Looplijsten maken: de adressen verdelen in compacte lijsten in looprichting (vervangt de vorige)",
        params: idParamSchema,
        body: cutInputSchema,
        response: { 200: walkListsSchema },
      },
    },
    (request) => service.cutCampaign(db, actorOf(request), request.params.id, request.body.targetSize),
  );

  app.get(
    "/api/outreach/campaigns/:id/walk-lists",
    {
      config: { permission: "outreach.detail", processing: "outreach.manage" },
      schema: { tags, summary: "Looplijsten", params: idParamSchema, response: { 200: walkListsSchema } },
    },
    (request) => service.listWalkLists(db, actorOf(request), request.params.id),
  );

  app.put(
    "/api/outreach/addresses/:id/walk-list",
    {
      config: { permission: "outreach.manage", processing: "outreach.manage" },
      schema: {
        tags,
        summary: "Adres naar een andere looplijst verplaatsen",
        params: idParamSchema,
        body: moveInputSchema,
        response: { 200: walkListsSchema },
      },
    },
    (request) => service.moveAddress(db, actorOf(request), request.params.id, request.body.walkListId),
  );

  app.post(
    "/api/outreach/walk-lists/:id/optimise",
    {
      config: { permission: "outreach.manage", processing: "outreach.manage" },
      schema: {
        tags,
        summary: "Looplijst opnieuw in de kortste looprichting zetten",
        params: idParamSchema,
        response: { 200: walkListsSchema },
      },
    },
    (request) => service.optimiseWalkList(db, actorOf(request), request.params.id),
  );

  const shiftParams = z.object({
    id: z.uuid({ message: "Ongeldige id." }),
    shiftId: z.uuid({ message: "Ongeldige id." }),
  });

  app.get(
    "/api/outreach/campaigns/:id/shifts",
    {
      config: { permission: "outreach.detail", processing: "outreach.manage" },
      schema: {
        tags,
        summary: "Diensten (rooster) van een campagne",
        params: idParamSchema,
        response: { 200: z.array(shiftSchema) },
      },
    },
    (request) => service.listCampaignShifts(db, actorOf(request), request.params.id),
  );

  app.get(
    "/api/outreach/campaigns/:id/eligible-volunteers",
    {
      config: { permission: "outreach.manage", processing: "outreach.manage" },
      schema: {
        tags,
        summary: "Vrijwilligers die mogen lopen (training en VOG geldig), hoogstens 200",
        params: idParamSchema,
        querystring: z.object({ q: z.string().trim().max(100).optional() }),
        response: { 200: z.array(eligibleVolunteerSchema) },
      },
    },
    (request) => service.eligibleVolunteers(db, actorOf(request), request.params.id, request.query.q),
  );

  app.post(
    "/api/outreach/campaigns/:id/shifts",
    {
      config: { permission: "outreach.manage", processing: "outreach.manage" },
      schema: {
        tags,
        summary:
          "Dienst plannen: minstens twee mensen, training en VOG geldig, eerste keer met een professional",
        params: idParamSchema,
        body: shiftInputSchema,
        response: { 201: shiftSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.saveShift(db, mailer, actorOf(request), request.params.id, null, request.body)),
  );

  app.put(
    "/api/outreach/campaigns/:id/shifts/:shiftId",
    {
      config: { permission: "outreach.manage", processing: "outreach.manage" },
      schema: {
        tags,
        summary: "Dienst wijzigen",
        params: shiftParams,
        body: shiftInputSchema,
        response: { 200: shiftSchema },
      },
    },
    (request) =>
      service.saveShift(
        db,
        mailer,
        actorOf(request),
        request.params.id,
        request.params.shiftId,
        request.body,
      ),
  );

  app.delete(
    "/api/outreach/campaigns/:id/shifts/:shiftId",
    {
      config: { permission: "outreach.manage", processing: "outreach.manage", personalData: false },
      schema: { tags, summary: "Dienst afzeggen (de vrijwilligers krijgen bericht)", params: shiftParams },
    },
    async (request, reply) => {
      await service.getCampaign(db, actorOf(request), request.params.id);
      await service.cancelShift(db, mailer, actorOf(request), request.params.shiftId);
      return reply.status(204).send();
    },
  );

  app.get(
    "/api/me/outreach-shifts",
    {
      config: { permission: "volunteers.self", processing: "volunteers.self" },
      schema: {
        tags,
        summary: "Mijn diensten huisbezoeken (vanaf vandaag)",
        response: { 200: z.array(shiftSchema) },
      },
    },
    (request) => service.ownShifts(db, actorOf(request)),
  );

  for (const what of ["in", "out"] as const) {
    app.post(
      `/api/me/outreach-shifts/:id/check-${what}`,
      {
        config: { permission: "volunteers.self", processing: "volunteers.self" },
        schema: {
          tags,
          summary:
            what === "in"
              ? "Inchecken bij het begin van mijn dienst"
              : "Uitchecken aan het eind van mijn dienst",
          params: idParamSchema,
          response: { 200: shiftSchema },
        },
      },
      (request) => service.checkInOut(db, actorOf(request), request.params.id, what),
    );
  }

  app.get(
    "/api/me/outreach-shifts/:id/doorstep",
    {
      config: { permission: "volunteers.self", processing: "outreach.visit" },
      schema: {
        tags,
        summary: "Looplijst van mijn dienst voor op de telefoon (adressen, onderwerpen, bezoeken tot nu toe)",
        params: idParamSchema,
        response: { 200: doorstepSchema },
      },
    },
    (request) => service.doorstep(db, actorOf(request), request.params.id),
  );

  app.put(
    "/api/me/outreach-visits/:id",
    {
      config: { permission: "volunteers.self", processing: "outreach.visit" },
      schema: {
        tags,
        summary:
          "Huisbezoek vastleggen; het id maakt de telefoon, dus nogmaals versturen geeft 409 already_recorded en nooit een dubbel",
        params: idParamSchema,
        body: visitInputSchema,
        response: { 201: visitSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.recordVisit(db, mailer, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    "/api/outreach/campaigns/:id/visits",
    {
      config: { permission: "outreach.detail", processing: "outreach.visit" },
      schema: {
        tags,
        summary:
          "Huisbezoeken van een campagne (signalen en notities alleen voor coördinator en professional)",
        params: idParamSchema,
        response: { 200: z.array(visitSchema) },
      },
    },
    (request) => service.campaignVisits(db, actorOf(request), request.params.id),
  );

  app.post(
    "/api/outreach/campaigns/:id/follow-up-lists",
    {
      config: { permission: "outreach.manage", processing: "outreach.manage" },
      schema: {
        tags,
        summary:
          "Nazorglijsten maken: de nazorgbezoeken die uiterlijk op een dag moeten, op nieuwe looplijsten",
        params: idParamSchema,
        body: followUpInputSchema,
        response: { 200: walkListsSchema },
      },
    },
    (request) => service.makeFollowUpLists(db, actorOf(request), request.params.id, request.body),
  );

  app.get(
    "/api/outreach/campaigns/:id/monitor",
    {
      config: { permission: "outreach.read" },
      schema: {
        tags,
        summary:
          "Monitor per buurt: deuren, bereik, gesprekken, signalen, plannen, nazorg, doorverwijzingen, uren",
        params: idParamSchema,
        response: { 200: monitorSchema },
      },
    },
    (request) => service.monitorCampaign(db, actorOf(request), request.params.id),
  );

  app.get(
    "/api/outreach/campaigns/:id/monitor/export",
    {
      config: { permission: "outreach.read", personalData: false },
      schema: {
        tags,
        summary:
          "Monitor als CSV of XLSX, precies zoals op het scherm (kleine aantallen verborgen voor de gemeente)",
        params: idParamSchema,
        querystring: z.object({ format: z.enum(["csv", "xlsx"]).default("csv") }),
      },
    },
    async (request, reply) => {
      const file = await service.exportMonitor(db, actorOf(request), request.params.id, request.query.format);
      return sendTable(reply, file, request.query.format, "monitor");
    },
  );
};
