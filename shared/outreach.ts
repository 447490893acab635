import { coordinatesFromRow } from "./geo.ts";
import { patchSchema } from "./patch.ts";
import { personal } from "./personal-data.ts";
import { referralInputSchema } from "./referrals.ts";
import { countSchema } from "./small-counts.ts";
import { optional, postcodeSchema } from "./validation.ts";
import { z } from "./zod.ts";

/** Achter de Voordeur: door-to-door outreach campaigns (outreachCampaign in the glossary). */

const isoDate = z.iso.date({ message: "Vul een geldige datum in, zoals 2026-01-31." });
const code = z
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
    startsOn: isoDate,
    endsOn: isoDate,
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

/**
 * One row of an address file in a BAG-like layout: the nummeraanduiding id, street, number, letter,
 * addition, postcode, place, and coordinates as LAT/LON (WGS84) or X/Y (RD New). Header names are
 * matched without case; common BAG names are accepted too (see addressHeader).
 */
export const addressCsvRowSchema = z
  .object({
    ID: z
      .string()
      .trim()
      .regex(/^[0-9]{16}$/, { message: "Het nummeraanduiding-id heeft 16 cijfers." }),
    STRAAT: z.string().trim().min(1, { message: "Vul de straat in." }).max(200),
    HUISNUMMER: z
      .string()
      .trim()
      .regex(/^[1-9][0-9]{0,4}$/, { message: "Het huisnummer is een getal van 1 tot 99999." })
      .transform(Number),
    HUISLETTER: z
      .string()
      .trim()
      .regex(/^[A-Za-z]?$/, { message: "Een huisletter is één letter." })
      .transform((value) => value.toUpperCase())
      .default(""),
    TOEVOEGING: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]{0,4}$/, { message: "Een toevoeging heeft hoogstens 4 letters of cijfers." })
      .default(""),
    POSTCODE: postcodeSchema,
    WOONPLAATS: z.string().trim().min(1, { message: "Vul de woonplaats in." }).max(100),
    LAT: z.string().optional(),
    LON: z.string().optional(),
    X: z.string().optional(),
    Y: z.string().optional(),
  })
  .transform((row, context) => {
    const coordinates = coordinatesFromRow(row);
    if ("message" in coordinates) {
      context.addIssue({ code: "custom", path: [coordinates.column], message: coordinates.message });
      return z.NEVER;
    }
    if (!coordinates.point) {
      context.addIssue({
        code: "custom",
        path: ["LAT"],
        message: "Coördinaten ontbreken: geef LAT en LON, of X en Y (RD).",
      });
      return z.NEVER;
    }
    return {
      bagId: row.ID,
      street: row.STRAAT,
      houseNumber: row.HUISNUMMER,
      houseLetter: row.HUISLETTER,
      addition: row.TOEVOEGING,
      postcode: row.POSTCODE,
      city: row.WOONPLAATS,
      lat: coordinates.point.lat,
      lon: coordinates.point.lon,
    };
  });

/** Header names in address files, mapped to the names above (BAG exports differ per tool). */
export function addressHeader(header: string) {
  const h = header
    .trim()
    .toUpperCase()
    .replace(/[\s_-]+/g, "");
  const names: Record<string, string> = {
    ID: "ID",
    NUMMERAANDUIDING: "ID",
    NUMMERAANDUIDINGID: "ID",
    IDENTIFICATIE: "ID",
    STRAAT: "STRAAT",
    OPENBARERUIMTE: "STRAAT",
    OPENBARERUIMTENAAM: "STRAAT",
    HUISNUMMER: "HUISNUMMER",
    HUISLETTER: "HUISLETTER",
    TOEVOEGING: "TOEVOEGING",
    HUISNUMMERTOEVOEGING: "TOEVOEGING",
    POSTCODE: "POSTCODE",
    WOONPLAATS: "WOONPLAATS",
    WOONPLAATSNAAM: "WOONPLAATS",
    PLAATS: "WOONPLAATS",
    LAT: "LAT",
    LATITUDE: "LAT",
    LON: "LON",
    LNG: "LON",
    LONGITUDE: "LON",
    X: "X",
    Y: "Y",
  };
  return names[h] ?? h;
}

export const addressColumns = ["ID", "STRAAT", "HUISNUMMER", "POSTCODE", "WOONPLAATS"] as const;

/** An address is written as on a letter: "Dorpsstraat 12 A-2". */
export const addressLine = (a: {
  street: string;
  houseNumber: number;
  houseLetter: string;
  addition: string;
}) =>
  `${a.street} ${a.houseNumber}${a.houseLetter ? ` ${a.houseLetter}` : ""}${a.addition ? `-${a.addition}` : ""}`;

export const outreachAddressSchema = z.object({
  id: z.uuid(),
  bagId: z.string(),
  street: personal(z.string()),
  houseNumber: personal(z.number().int()),
  houseLetter: z.string(),
  addition: z.string(),
  postcode: z.string(),
  city: z.string(),
  lat: z.number(),
  lon: z.number(),
  excludedReason: personal(z.string().nullable()),
  letterSentOn: z.string().nullable(),
  followUpDue: z.string().nullable(),
  walkListId: z.uuid().nullable(),
  walkOrder: z.number().int().nullable(),
});
export type OutreachAddress = z.infer<typeof outreachAddressSchema>;

export const addressQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  state: z.enum(["all", "excluded", "unassigned"]).default("all"),
  walkListId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const exclusionInputSchema = z
  .object({
    excluded: z.boolean(),
    reason: z.string().trim().max(300, { message: "Maximaal 300 tekens." }).default(""),
  })
  .refine((e) => !e.excluded || e.reason.length >= 3, {
    message: "Schrijf kort op waarom dit adres niet bezocht wordt.",
    path: ["reason"],
  });

export const walkListSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  kind: z.enum(["first", "followUp"]),
  name: z.string(),
  doors: z.number().int(),
  routeMetres: z.number().int(),
  addresses: z.array(
    z.object({
      id: z.uuid(),
      line: personal(z.string()),
      postcode: z.string(),
      lat: z.number(),
      lon: z.number(),
      walkOrder: z.number().int(),
    }),
  ),
});
export type WalkList = z.infer<typeof walkListSchema>;

export const cutInputSchema = z.object({
  targetSize: optional(
    z.coerce
      .number({ message: "Vul een aantal deuren in." })
      .int()
      .min(5, { message: "Kies 5 tot 200 deuren." })
      .max(200, { message: "Kies 5 tot 200 deuren." }),
  ),
});

export const letterInputSchema = z.object({
  letterDate: z.iso.date({ message: "Vul de datum van de brief in, zoals 2026-01-31." }),
  /** Only addresses that were not sent a letter yet, or all addresses to visit. */
  which: z.enum(["unsent", "all"]).default("unsent"),
});

export const followUpInputSchema = z.object({
  /** Follow-ups due on or before this day go on the new lists (default: two weeks from today). */
  dueBy: optional(z.iso.date({ message: "Vul een datum in, zoals 2026-01-31." })),
  targetSize: optional(
    z.coerce
      .number()
      .int()
      .min(5, { message: "Kies 5 tot 200 deuren." })
      .max(200, { message: "Kies 5 tot 200 deuren." }),
  ),
});

export const moveInputSchema = z.object({
  walkListId: z.uuid({ message: "Kies een looplijst." }),
});

const time = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: "Vul een tijd in, zoals 14:30." });

/** A shift: date, time, walk list, and who walks it (volunteers and professionals who come along). */
export const shiftInputSchema = z
  .object({
    walkListId: z.uuid({ message: "Kies een looplijst." }),
    date: isoDate,
    startTime: time,
    endTime: time,
    volunteerIds: z
      .array(z.uuid())
      .max(10, { message: "Hoogstens 10 vrijwilligers per dienst." })
      .default([]),
    professionalUserIds: z.array(z.string().min(1).max(100)).max(5).default([]),
  })
  .refine((s) => s.endTime > s.startTime, {
    message: "De eindtijd ligt voor de begintijd.",
    path: ["endTime"],
  })
  .refine((s) => s.volunteerIds.length + s.professionalUserIds.length >= 2, {
    message: "Een dienst heeft minstens twee mensen: nooit alleen langs de deuren.",
    path: ["volunteerIds"],
  });
export type ShiftInput = z.output<typeof shiftInputSchema>;

export const shiftMemberSchema = z.object({
  volunteerId: z.uuid().nullable(),
  userId: z.string().nullable(),
  name: personal(z.string()),
  professional: z.boolean(),
  /** This member is the signed-in volunteer (in their own list). */
  self: z.boolean(),
  checkedInAt: z.string().nullable(),
  checkedOutAt: z.string().nullable(),
});

export const shiftSchema = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  campaignName: z.string(),
  walkListId: z.uuid().nullable(),
  walkListNumber: z.number().int().nullable(),
  /** "Looplijst 3" or "Nazorglijst 1". */
  walkListName: z.string().nullable(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  members: z.array(shiftMemberSchema),
});
export type Shift = z.infer<typeof shiftSchema>;

/** A volunteer who may walk a shift of this campaign (training and VOG valid), and whether it would be their first. */
export const eligibleVolunteerSchema = z.object({
  volunteerId: z.uuid(),
  name: personal(z.string()),
  experienced: z.boolean(),
});

/** Who does an action of a plan van aanpak. */
export const planActors = ["household", "volunteer", "professional", "partner"] as const;

/** The plan van aanpak made with a household: goals, and actions with who and when. */
export const actionPlanSchema = z.object({
  goals: z.string().trim().min(3, { message: "Schrijf op wat het huishouden wil bereiken." }).max(1000),
  actions: z
    .array(
      z.object({
        what: z.string().trim().min(2, { message: "Schrijf op wat er moet gebeuren." }).max(300),
        who: z.enum(planActors, { message: "Kies wie het doet." }),
        when: optional(z.iso.date({ message: "Vul een datum in, zoals 2026-01-31." })),
      }),
    )
    .min(1, { message: "Schrijf minstens één actie op." })
    .max(10),
});
export type ActionPlan = z.output<typeof actionPlanSchema>;
/** The same plan as stored and sent back (no input transforms, so responses can be encoded). */
const actionPlanOutputSchema = z.object({
  goals: z.string(),
  actions: z.array(z.object({ what: z.string(), who: z.enum(planActors), when: z.string().optional() })),
});

/** What happened at a door. */
export const visitOutcomes = ["notHome", "noInterest", "conversation", "comeBack", "movedOrEmpty"] as const;
export const signalLevels = ["none", "some", "serious"] as const;

/**
 * One visit at a door, recorded on the doorstep (offline too): the id is made on the phone, so sending
 * it twice never stores it twice. Without consent nothing personal is stored: no signals, no note.
 */
export const visitInputSchema = z
  .object({
    shiftId: z.uuid({ message: "Kies een dienst." }),
    addressId: z.uuid({ message: "Kies een adres." }),
    visitedAt: z.iso.datetime({ offset: true, message: "Ongeldig tijdstip." }),
    outcome: z.enum(visitOutcomes, { message: "Kies wat er gebeurde." }),
    consent: z.boolean().default(false),
    signals: z.record(code, z.enum(signalLevels)).default({}),
    note: z.string().trim().max(500, { message: "Houd de notitie kort: hoogstens 500 tekens." }).default(""),
    incentiveGiven: z.boolean().default(false),
    /** A referral to a partner, made on the doorstep with the household's consent. */
    referral: referralInputSchema.optional(),
    plan: actionPlanSchema.optional(),
  })
  .refine((v) => v.consent || (Object.values(v.signals).every((s) => s === "none") && v.note === ""), {
    message: "Zonder toestemming slaan we niets persoonlijks op: laat signalen en notitie leeg.",
    path: ["consent"],
  })
  .refine(
    (v) =>
      v.outcome === "conversation" || (Object.values(v.signals).every((s) => s === "none") && v.note === ""),
    {
      message: "Signalen en een notitie horen bij een gesprek.",
      path: ["outcome"],
    },
  )
  .refine((v) => !v.referral || (v.outcome === "conversation" && v.consent), {
    message: "Doorverwijzen kan alleen na een gesprek, met toestemming.",
    path: ["referral"],
  })
  .refine((v) => !v.plan || (v.outcome === "conversation" && v.consent), {
    message: "Een plan van aanpak maakt u na een gesprek, met toestemming.",
    path: ["plan"],
  });
export type VisitInput = z.output<typeof visitInputSchema>;

export const visitSchema = z.object({
  id: z.uuid(),
  shiftId: z.uuid().nullable(),
  addressId: z.uuid(),
  addressLine: personal(z.string()),
  visitedAt: z.string(),
  outcome: z.enum(visitOutcomes),
  consent: z.boolean(),
  /** Null when the viewer may not see health and finance details (they only see that a visit took place). */
  signals: personal(z.record(z.string(), z.enum(signalLevels)).nullable()),
  note: personal(z.string().nullable()),
  incentiveGiven: z.boolean(),
  kind: z.enum(["first", "followUp"]),
  /** Null when the viewer may not see it (like signals). */
  plan: personal(actionPlanOutputSchema.nullable()),
  recordedBy: z.string(),
});
export type Visit = z.infer<typeof visitSchema>;

/** A shift's walk list for the doorstep screen: the doors in walking order, with what was recorded. */
export const doorstepSchema = z.object({
  shift: shiftSchema,
  topics: z.array(z.object({ code: z.string(), label: z.string() })),
  incentive: z.string(),
  /** Organisations a household can be referred to (kept on the phone for offline use). */
  partners: z.array(z.object({ id: z.uuid(), name: z.string() })),
  addresses: z.array(
    z.object({ id: z.uuid(), line: personal(z.string()), postcode: z.string(), walkOrder: z.number().int() }),
  ),
  visits: z.array(visitSchema),
});
export type Doorstep = z.infer<typeof doorstepSchema>;

/** One neighbourhood (or the total) of the monitor; `count` is the exact number or a shown/hidden Count. */
const monitorRow = <T extends z.ZodType>(count: T) =>
  z.object({
    neighbourhood: z.string(),
    doors: count,
    visited: count,
    reached: count,
    conversations: count,
    /** Households with a signal (some or serious), per topic code. */
    signals: z.record(z.string(), count),
    plans: count,
    followUpsDone: count,
    referrals: count,
    referralsDone: count,
    referralsNotTakenUp: count,
  });
const monitorOf = <T extends z.ZodType>(count: T) =>
  z.object({
    topics: z.array(z.object({ code: z.string(), label: z.string() })),
    rows: z.array(monitorRow(count)),
    total: monitorRow(count),
    /** Hours walked (check-in to check-out), summed over everyone on the campaign's shifts. */
    volunteerHours: z.number(),
    suppressed: z.boolean(),
  });
/** The exact counts (computed, or kept as the snapshot at retention); never sent as such to a hiding role. */
export const monitorCountsSchema = monitorOf(z.number().int());
export type MonitorCounts = z.infer<typeof monitorCountsSchema>;
/** The monitor as shown: small counts hidden per the one rule (shared/small-counts.ts). */
export const monitorSchema = monitorOf(countSchema);
export type MonitorRow = z.infer<typeof monitorSchema>["rows"][number];
export type Monitor = z.infer<typeof monitorSchema>;
