// The outreach (Achter de Voordeur) endpoints, each declared once (ADR 0017): registered by
// server/features/outreach/<concern>/routes.ts, called by web/features/outreach/api.ts.
import { endpoint } from "../endpoint.ts";
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
} from "../outreach.ts";
import { pageOf } from "../paging.ts";
import { personal } from "../personal-data.ts";
import { idParamSchema } from "../validation.ts";
import { z } from "../zod.ts";

const tags = ["achter de voordeur"] as const;
const walkListsSchema = z.array(walkListSchema);

export const outreachProfessionalSchema = z.object({ userId: z.string(), name: personal(z.string()) });
export const addressImportInputSchema = z.object({
  csv: z
    .string()
    .min(1, { message: "Het bestand is leeg." })
    .max(16_000_000, { message: "Het bestand is te groot (maximaal 16 MB)." }),
});
export const addressImportResultSchema = z.object({ added: z.number().int(), updated: z.number().int() });
export const shiftParamSchema = z.object({
  id: z.uuid({ message: "Ongeldige id." }),
  shiftId: z.uuid({ message: "Ongeldige id." }),
});
export const eligibleVolunteerQuerySchema = z.object({ q: z.string().trim().max(100).optional() });
export const monitorExportQuerySchema = z.object({ format: z.enum(["csv", "xlsx"]).default("csv") });

export const campaignEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/outreach/campaigns",
    tags,
    summary: "Campagnes huis-aan-huis",
    permission: "outreach.read",
    response: z.array(outreachCampaignSchema),
  }),
  create: endpoint({
    method: "POST",
    path: "/api/outreach/campaigns",
    tags,
    summary: "Campagne toevoegen",
    permission: "outreach.manage",
    body: outreachCampaignInputSchema,
    response: outreachCampaignSchema,
    status: 201,
  }),
  professionals: endpoint({
    method: "GET",
    path: "/api/outreach/professionals",
    tags,
    summary: "Professionals die bij een campagne bereikbaar kunnen zijn",
    permission: "outreach.manage",
    processing: "outreach.manage",
    response: z.array(outreachProfessionalSchema),
  }),
  get: endpoint({
    method: "GET",
    path: "/api/outreach/campaigns/:id",
    tags,
    summary: "Campagne",
    permission: "outreach.read",
    params: idParamSchema,
    response: outreachCampaignSchema,
  }),
  update: endpoint({
    method: "PUT",
    path: "/api/outreach/campaigns/:id",
    tags,
    summary: "Campagne wijzigen",
    permission: "outreach.manage",
    params: idParamSchema,
    body: outreachCampaignPatchSchema,
    response: outreachCampaignSchema,
  }),
};

export const addressEndpoints = {
  import: endpoint({
    method: "POST",
    path: "/api/outreach/campaigns/:id/addresses/import",
    tags,
    summary:
      "Adressen importeren (CSV zoals de BAG: id, straat, huisnummer, letter, toevoeging, postcode, woonplaats, LAT/LON of RD X/Y)",
    permission: "outreach.manage",
    bodyLimit: 16 * 1024 * 1024,
    params: idParamSchema,
    body: addressImportInputSchema,
    response: addressImportResultSchema,
  }),
  list: endpoint({
    method: "GET",
    path: "/api/outreach/campaigns/:id/addresses",
    tags,
    summary: "Adressen van een campagne",
    permission: "outreach.detail",
    processing: "outreach.manage",
    params: idParamSchema,
    query: addressQuerySchema,
    response: pageOf(outreachAddressSchema),
  }),
  exclusion: endpoint({
    method: "PUT",
    path: "/api/outreach/addresses/:id/exclusion",
    tags,
    summary: "Adres niet bezoeken (met reden), of weer wel",
    permission: "outreach.manage",
    processing: "outreach.manage",
    params: idParamSchema,
    body: exclusionInputSchema,
    response: outreachAddressSchema,
  }),
};

export const letterEndpoints = {
  make: endpoint({
    method: "POST",
    path: "/api/outreach/campaigns/:id/letters",
    tags,
    summary:
      "Aankondigingsbrieven als één PDF (een brief per adres); de adressen krijgen de briefdatum als verzonden",
    permission: "outreach.manage",
    processing: "outreach.manage",
    personalData: true,
    params: idParamSchema,
    body: letterInputSchema,
  }),
};

export const walkListEndpoints = {
  cut: endpoint({
    method: "POST",
    path: "/api/outreach/campaigns/:id/walk-lists",
    tags,
    summary:
      "Looplijsten maken: de adressen verdelen in compacte lijsten in looprichting (vervangt de vorige)",
    permission: "outreach.manage",
    processing: "outreach.manage",
    params: idParamSchema,
    body: cutInputSchema,
    response: walkListsSchema,
  }),
  list: endpoint({
    method: "GET",
    path: "/api/outreach/campaigns/:id/walk-lists",
    tags,
    summary: "Looplijsten",
    permission: "outreach.detail",
    processing: "outreach.manage",
    params: idParamSchema,
    response: walkListsSchema,
  }),
  move: endpoint({
    method: "PUT",
    path: "/api/outreach/addresses/:id/walk-list",
    tags,
    summary: "Adres naar een andere looplijst verplaatsen",
    permission: "outreach.manage",
    processing: "outreach.manage",
    params: idParamSchema,
    body: moveInputSchema,
    response: walkListsSchema,
  }),
  optimise: endpoint({
    method: "POST",
    path: "/api/outreach/walk-lists/:id/optimise",
    tags,
    summary: "Looplijst opnieuw in de kortste looprichting zetten",
    permission: "outreach.manage",
    processing: "outreach.manage",
    params: idParamSchema,
    response: walkListsSchema,
  }),
  followUps: endpoint({
    method: "POST",
    path: "/api/outreach/campaigns/:id/follow-up-lists",
    tags,
    summary: "Nazorglijsten maken: de nazorgbezoeken die uiterlijk op een dag moeten, op nieuwe looplijsten",
    permission: "outreach.manage",
    processing: "outreach.manage",
    params: idParamSchema,
    body: followUpInputSchema,
    response: walkListsSchema,
  }),
};

export const shiftEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/outreach/campaigns/:id/shifts",
    tags,
    summary: "Diensten (rooster) van een campagne",
    permission: "outreach.detail",
    processing: "outreach.manage",
    params: idParamSchema,
    response: z.array(shiftSchema),
  }),
  eligibleVolunteers: endpoint({
    method: "GET",
    path: "/api/outreach/campaigns/:id/eligible-volunteers",
    tags,
    summary: "Vrijwilligers die mogen lopen (training en VOG geldig), hoogstens 200",
    permission: "outreach.manage",
    processing: "outreach.manage",
    params: idParamSchema,
    query: eligibleVolunteerQuerySchema,
    response: z.array(eligibleVolunteerSchema),
  }),
  create: endpoint({
    method: "POST",
    path: "/api/outreach/campaigns/:id/shifts",
    tags,
    summary: "Dienst plannen: minstens twee mensen, training en VOG geldig, eerste keer met een professional",
    permission: "outreach.manage",
    processing: "outreach.manage",
    params: idParamSchema,
    body: shiftInputSchema,
    response: shiftSchema,
    status: 201,
  }),
  update: endpoint({
    method: "PUT",
    path: "/api/outreach/campaigns/:id/shifts/:shiftId",
    tags,
    summary: "Dienst wijzigen",
    permission: "outreach.manage",
    processing: "outreach.manage",
    params: shiftParamSchema,
    body: shiftInputSchema,
    response: shiftSchema,
  }),
  cancel: endpoint({
    method: "DELETE",
    path: "/api/outreach/campaigns/:id/shifts/:shiftId",
    tags,
    summary: "Dienst afzeggen (de vrijwilligers krijgen bericht)",
    permission: "outreach.manage",
    processing: "outreach.manage",
    personalData: false,
    params: shiftParamSchema,
    status: 204,
  }),
};

export const myShiftEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/me/outreach-shifts",
    tags,
    summary: "Mijn diensten huisbezoeken (vanaf vandaag)",
    permission: "volunteers.self",
    processing: "volunteers.self",
    response: z.array(shiftSchema),
  }),
  checkIn: endpoint({
    method: "POST",
    path: "/api/me/outreach-shifts/:id/check-in",
    tags,
    summary: "Inchecken bij het begin van mijn dienst",
    permission: "volunteers.self",
    processing: "volunteers.self",
    params: idParamSchema,
    response: shiftSchema,
  }),
  checkOut: endpoint({
    method: "POST",
    path: "/api/me/outreach-shifts/:id/check-out",
    tags,
    summary: "Uitchecken aan het eind van mijn dienst",
    permission: "volunteers.self",
    processing: "volunteers.self",
    params: idParamSchema,
    response: shiftSchema,
  }),
};

export const visitEndpoints = {
  doorstep: endpoint({
    method: "GET",
    path: "/api/me/outreach-shifts/:id/doorstep",
    tags,
    summary: "Looplijst van mijn dienst voor op de telefoon (adressen, onderwerpen, bezoeken tot nu toe)",
    permission: "volunteers.self",
    processing: "outreach.visit",
    params: idParamSchema,
    response: doorstepSchema,
  }),
  record: endpoint({
    method: "PUT",
    path: "/api/me/outreach-visits/:id",
    tags,
    summary:
      "Huisbezoek vastleggen; het id maakt de telefoon, dus nogmaals versturen geeft 409 already_recorded en nooit een dubbel",
    permission: "volunteers.self",
    processing: "outreach.visit",
    params: idParamSchema,
    body: visitInputSchema,
    response: visitSchema,
    status: 201,
  }),
  ofCampaign: endpoint({
    method: "GET",
    path: "/api/outreach/campaigns/:id/visits",
    tags,
    summary: "Huisbezoeken van een campagne (signalen en notities alleen voor coördinator en professional)",
    permission: "outreach.detail",
    processing: "outreach.visit",
    params: idParamSchema,
    response: z.array(visitSchema),
  }),
};

export const monitorEndpoints = {
  get: endpoint({
    method: "GET",
    path: "/api/outreach/campaigns/:id/monitor",
    tags,
    summary:
      "Monitor per buurt: deuren, bereik, gesprekken, signalen, plannen, nazorg, doorverwijzingen, uren",
    permission: "outreach.read",
    params: idParamSchema,
    response: monitorSchema,
  }),
  export: endpoint({
    method: "GET",
    path: "/api/outreach/campaigns/:id/monitor/export",
    tags,
    summary:
      "Monitor als CSV of XLSX, precies zoals op het scherm (kleine aantallen verborgen voor de gemeente)",
    permission: "outreach.read",
    personalData: false,
    params: idParamSchema,
    query: monitorExportQuerySchema,
  }),
};
