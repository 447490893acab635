import { patchSchema } from "../patch.ts";
import { isoDateSchema, optional } from "../validation.ts";
import { z } from "../zod.ts";

/** Achter de Voordeur: campaigns, their topics and the letter announcing the visits. */

/** A topic code: what signals and plans refer to. */
export const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,40}$/, { message: "Gebruik kleine letters, cijfers en streepjes." });

/** The conversation topics a campaign starts with; each campaign can change them. */
export const defaultTopics = [
  { code: "geld", label: "Geld en schulden" },
  { code: "werk", label: "Werk en inkomen" },
  { code: "lichamelijk", label: "Lichamelijke gezondheid" },
  { code: "psychisch", label: "Psychische gezondheid" },
  { code: "eenzaamheid", label: "Eenzaamheid en meedoen" },
  { code: "opvoeding", label: "Kinderen en opvoeding" },
  { code: "wonen", label: "Wonen" },
];

export const campaignStatuses = ["draft", "active", "closed"] as const;

/** The numbers a new campaign starts with (the schema's defaults, and the form's). */
export const campaignNumbers = { followUpWeeks: 6, letterLeadDays: 7, walkListSize: 40, retentionMonths: 12 };

/** The fields a letter template may use, with what they become. */
export const letterFields = {
  adres: "the address, as on an envelope (street and number)",
  postcode: "the postcode",
  woonplaats: "the place",
  van: "the first day visits may come (letter date + lead days, or the campaign start)",
  tot: "the last day of the campaign",
  organisatie: "the organisation running the campaign",
  gemeente: "the municipality (tenant)",
  incentive: "what the volunteers bring along",
  afmelden: "how to say you do not want a visit",
  datum: "the date of the letter",
} as const;

/** The default announcement letter: plain Dutch (B1), the no-shame message, the incentive, opting out. */
export const defaultLetterTemplate = `Beste bewoner van {{adres}},

Tussen {{van}} en {{tot}} komen vrijwilligers van {{organisatie}} bij u langs. Ze komen met z'n tweeën en laten een pasje zien.

Ze praten graag even met u over hoe het met u gaat. Bijvoorbeeld over geld, werk, gezondheid, de kinderen of uw huis. Veel mensen in uw buurt hebben zorgen over geld. Daar hoeft u zich niet voor te schamen. Samen kijken we wat kan helpen.

Als dank voor het gesprek krijgt u {{incentive}}.

Liever geen bezoek? {{afmelden}}

Met vriendelijke groet,`;

/** Field names in a template that are not letter fields (for a field-level error). */
export const unknownLetterFields = (template: string) =>
  [...template.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)]
    .map((match) => match[1]!)
    .filter((name) => !(name in letterFields));

/** Fills a template; every field is replaced, unknown ones are left as written. */
export const fillLetter = (template: string, values: Record<keyof typeof letterFields, string>) =>
  template.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (whole, name: string) =>
    name in values ? values[name as keyof typeof letterFields] : whole,
  );

export const outreachCampaignInputSchema = z
  .object({
    name: z.string().trim().min(2, { message: "Vul een naam in van minstens 2 tekens." }).max(200),
    programme: z.string().trim().min(2, { message: "Vul het programma in." }).max(200),
    organisationId: optional(z.uuid({ message: "Kies een organisatie." })),
    neighbourhoodIds: z.array(z.uuid()).max(200).default([]),
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    goal: z.string().trim().max(2000, { message: "Maximaal 2000 tekens." }).default(""),
    topics: z
      .array(
        z.object({
          code,
          label: z.string().trim().min(2, { message: "Vul een onderwerp in." }).max(100),
        }),
      )
      .min(1, { message: "Kies minstens één gespreksonderwerp." })
      .max(20)
      .refine((topics) => new Set(topics.map((t) => t.code)).size === topics.length, {
        message: "Elk onderwerp mag maar één keer voorkomen.",
      })
      .default(defaultTopics),
    incentive: z.string().trim().max(500, { message: "Maximaal 500 tekens." }).default(""),
    followUpWeeks: z.coerce
      .number({ message: "Vul een aantal weken in." })
      .int()
      .min(1, { message: "Kies 1 tot 52 weken." })
      .max(52, { message: "Kies 1 tot 52 weken." })
      .default(campaignNumbers.followUpWeeks),
    letterLeadDays: z.coerce
      .number({ message: "Vul een aantal dagen in." })
      .int()
      .min(0, { message: "Kies 0 tot 60 dagen." })
      .max(60, { message: "Kies 0 tot 60 dagen." })
      .default(campaignNumbers.letterLeadDays),
    walkListSize: z.coerce
      .number({ message: "Vul een aantal deuren in." })
      .int()
      .min(5, { message: "Kies 5 tot 200 deuren." })
      .max(200, { message: "Kies 5 tot 200 deuren." })
      .default(campaignNumbers.walkListSize),
    retentionMonths: z.coerce
      .number({ message: "Vul een aantal maanden in." })
      .int()
      .min(1, { message: "Kies 1 tot 60 maanden." })
      .max(60, { message: "Kies 1 tot 60 maanden." })
      .default(campaignNumbers.retentionMonths),
    professionalUserIds: z.array(z.uuid()).max(20).default([]),
    optOutContact: z.string().trim().max(300, { message: "Maximaal 300 tekens." }).default(""),
    signatoryName: z.string().trim().max(100, { message: "Maximaal 100 tekens." }).default(""),
    signatoryRole: z.string().trim().max(100, { message: "Maximaal 100 tekens." }).default(""),
    letterTemplate: z
      .string()
      .trim()
      .min(20, { message: "Schrijf een brief van minstens 20 tekens." })
      .max(5000, { message: "Maximaal 5000 tekens." })
      .refine((text) => unknownLetterFields(text).length === 0, {
        message: `Gebruik alleen deze velden: ${Object.keys(letterFields)
          .map((name) => `{{${name}}}`)
          .join(", ")}.`,
      })
      .default(defaultLetterTemplate),
    requiredTraining: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{0,40}$/, { message: "Kies een training uit de lijst." })
      .default("gesprekstraining"),
    status: z.enum(campaignStatuses).default("draft"),
  })
  .refine((c) => c.endsOn >= c.startsOn, {
    message: "De einddatum ligt voor de startdatum.",
    path: ["endsOn"],
  });
export type OutreachCampaignInput = z.output<typeof outreachCampaignInputSchema>;
/** The body of PUT /api/outreach/campaigns/:id: a partial update, a field left out keeps its value. */
export const outreachCampaignPatchSchema = patchSchema(outreachCampaignInputSchema);
export type OutreachCampaignPatch = z.output<typeof outreachCampaignPatchSchema>;

export const outreachCampaignSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  programme: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  neighbourhoodIds: z.array(z.uuid()),
  startsOn: z.string(),
  endsOn: z.string(),
  goal: z.string(),
  topics: z.array(z.object({ code: z.string(), label: z.string() })),
  incentive: z.string(),
  followUpWeeks: z.number().int(),
  letterLeadDays: z.number().int(),
  walkListSize: z.number().int(),
  retentionMonths: z.number().int(),
  professionalUserIds: z.array(z.uuid()),
  optOutContact: z.string(),
  signatoryName: z.string(),
  signatoryRole: z.string(),
  letterTemplate: z.string(),
  requiredTraining: z.string(),
  status: z.enum(campaignStatuses),
  /** Addresses to visit that were sent a letter. */
  lettersSent: z.number().int(),
  addresses: z.number().int(),
  excluded: z.number().int(),
  walkLists: z.number().int(),
});
export type OutreachCampaign = z.infer<typeof outreachCampaignSchema>;
