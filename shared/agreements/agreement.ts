import { endpoint } from "../endpoint.ts";
import type { FieldError } from "../errors.ts";
import { personal } from "../personal-data.ts";
import { idParamSchema } from "../validation.ts";
import { z } from "../zod.ts";
import { trajectoryIdParams } from "./trajectories.ts";

/**
 * Step 2: a prestatieafspraak per wijk between the municipality, organisations and (where they take
 * part) a residents' group. Each version is one document; parties sign it off one by one.
 */
export const partyKinds = ["municipality", "organisation", "residents"] as const;
export const indicatorSources = [
  "volunteerHours",
  "outreachVisits",
  "outreachConversations",
  "manual",
] as const;
export type IndicatorSource = (typeof indicatorSources)[number];
export const versionStatuses = ["draft", "active", "superseded"] as const;

const key = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,40}$/, { message: "Gebruik kleine letters, cijfers en streepjes." });
const text = (max: number, min = 0, message = "Vul dit in.") =>
  z
    .string()
    .trim()
    .min(min, { message })
    .max(max, { message: `Hoogstens ${max} tekens.` });
const money = z.coerce
  .number({ message: "Vul een bedrag in." })
  .min(0, { message: "Een bedrag kan niet negatief zijn." })
  .max(100_000_000, { message: "Dat bedrag is te groot." });
const hours = z.coerce
  .number({ message: "Vul een aantal uren in." })
  .min(0, { message: "Niet negatief." })
  .max(100_000, { message: "Dat zijn te veel uren." });
const day = z.iso.date({ message: "Gebruik een datum als 2026-01-31." });

export const partySchema = z.object({
  key,
  kind: z.enum(partyKinds, { message: "Kies: gemeente, organisatie of bewonersgroep." }),
  organisationId: z.uuid({ message: "Kies een organisatie." }).nullable().default(null),
  name: text(120, 2, "Vul de naam van de partij in."),
});

export const indicatorSchema = z.object({
  key,
  name: text(160, 2, "Geef de indicator een naam."),
  source: z.enum(indicatorSources, { message: "Kies waar de cijfers vandaan komen." }),
  /** Per month. */
  target: z.coerce
    .number({ message: "Vul een streefwaarde per maand in." })
    .min(0, { message: "Niet negatief." })
    .max(1_000_000, { message: "Te groot." }),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const budgetShareSchema = z.object({ partyKey: key, amount: money });

export const activitySchema = z.object({
  key,
  title: text(160, 2, "Geef de activiteit een naam."),
  /** The chosen solution in the funnel this activity carries out (and so the need it answers). */
  solutionNodeId: z.uuid({ message: "Kies de oplossing uit de trechter." }),
  /** Who delivers (the supply). */
  supplierPartyKey: key,
  /** Who is told when the activity goes off track. */
  ownerPartyKey: key,
  cost: money,
  budget: z.array(budgetShareSchema).min(1, { message: "Zeg wie het budget draagt." }).max(10),
  volunteerHoursPerMonth: hours,
  professionalHoursPerMonth: hours,
  /** The volunteer tasks (vacancies) whose hours count for this activity; none: all in the wijk. */
  vacancyIds: z.array(z.uuid()).max(50).default([]),
  indicators: z.array(indicatorSchema).min(1, { message: "Geef minstens één indicator." }).max(20),
  professionalSupport: text(1000),
});
export type Activity = z.infer<typeof activitySchema>;

export const agreementContentSchema = z.object({
  title: text(160, 3, "Geef de afspraak een titel."),
  validFrom: day,
  validUntil: day,
  parties: z.array(partySchema).min(2, { message: "Een afspraak heeft minstens twee partijen." }).max(20),
  activities: z.array(activitySchema).min(1, { message: "Geef minstens één activiteit." }).max(30),
  reviewDates: z.array(day).max(12).default([]),
});
export type AgreementContent = z.infer<typeof agreementContentSchema>;

/** The rules across fields: parties that exist, budgets that add up, unique keys, a period in order. */
export function agreementProblems(content: AgreementContent): FieldError[] {
  const problems: FieldError[] = [];
  const parties = new Set(content.parties.map((p) => p.key));
  if (parties.size !== content.parties.length)
    problems.push({
      path: "parties",
      code: "duplicate_key",
      message: "Twee partijen hebben dezelfde sleutel.",
    });
  content.parties.forEach((p, i) => {
    if (p.kind === "organisation" && !p.organisationId)
      problems.push({
        path: `parties.${i}.organisationId`,
        code: "required",
        message: "Kies een organisatie.",
      });
  });
  if (content.validUntil < content.validFrom)
    problems.push({
      path: "validUntil",
      code: "before_start",
      message: "De einddatum ligt voor de begindatum.",
    });
  const activityKeys = new Set<string>();
  content.activities.forEach((a, i) => {
    const at = `activities.${i}`;
    if (activityKeys.has(a.key))
      problems.push({
        path: `${at}.key`,
        code: "duplicate_key",
        message: "Twee activiteiten hebben dezelfde sleutel.",
      });
    activityKeys.add(a.key);
    for (const [field, partyKey] of [
      ["supplierPartyKey", a.supplierPartyKey],
      ["ownerPartyKey", a.ownerPartyKey],
    ] as const)
      if (!parties.has(partyKey))
        problems.push({
          path: `${at}.${field}`,
          code: "unknown_party",
          message: "Deze partij staat niet in de afspraak.",
        });
    a.budget.forEach((b, j) => {
      if (!parties.has(b.partyKey))
        problems.push({
          path: `${at}.budget.${j}.partyKey`,
          code: "unknown_party",
          message: "Deze partij staat niet in de afspraak.",
        });
    });
    const sum = a.budget.reduce((total, b) => total + b.amount, 0);
    if (Math.abs(sum - a.cost) > 0.005)
      problems.push({
        path: `${at}.budget`,
        code: "budget_mismatch",
        message: `De budgetten tellen op tot € ${sum.toFixed(2)}, maar de kosten zijn € ${a.cost.toFixed(2)}.`,
      });
    const indicatorKeys = new Set(a.indicators.map((x) => x.key));
    if (indicatorKeys.size !== a.indicators.length)
      problems.push({
        path: `${at}.indicators`,
        code: "duplicate_key",
        message: "Twee indicatoren hebben dezelfde sleutel.",
      });
  });
  return problems;
}

export type AgreementChange = {
  path: string;
  kind: "added" | "removed" | "changed";
  before: string;
  after: string;
};

const show = (value: unknown) =>
  value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);

/** What changed from one version to the next, field by field (activities and parties matched by key). */
export function diffAgreements(before: AgreementContent, after: AgreementContent): AgreementChange[] {
  const changes: AgreementChange[] = [];
  const field = (path: string, a: unknown, b: unknown) => {
    if (show(a) !== show(b)) changes.push({ path, kind: "changed", before: show(a), after: show(b) });
  };
  field("title", before.title, after.title);
  field("validFrom", before.validFrom, after.validFrom);
  field("validUntil", before.validUntil, after.validUntil);
  field("reviewDates", before.reviewDates, after.reviewDates);
  const byKey = <T extends { key: string }>(list: T[]) => new Map(list.map((x) => [x.key, x]));
  const compare = <T extends { key: string; name?: string; title?: string }>(
    prefix: string,
    a: T[],
    b: T[],
    fields: (keyof T & string)[],
  ) => {
    const old = byKey(a);
    const now = byKey(b);
    for (const [k, x] of old)
      if (!now.has(k))
        changes.push({ path: `${prefix}.${k}`, kind: "removed", before: x.title ?? x.name ?? k, after: "" });
    for (const [k, y] of now) {
      const x = old.get(k);
      if (!x)
        changes.push({ path: `${prefix}.${k}`, kind: "added", before: "", after: y.title ?? y.name ?? k });
      else for (const f of fields) field(`${prefix}.${k}.${f}`, x[f], y[f]);
    }
  };
  compare("parties", before.parties, after.parties, ["kind", "name", "organisationId"]);
  compare("activities", before.activities, after.activities, [
    "title",
    "solutionNodeId",
    "supplierPartyKey",
    "ownerPartyKey",
    "cost",
    "budget",
    "volunteerHoursPerMonth",
    "professionalHoursPerMonth",
    "vacancyIds",
    "professionalSupport",
  ]);
  for (const y of after.activities) {
    const x = before.activities.find((a) => a.key === y.key);
    if (x)
      compare(`activities.${y.key}.indicators`, x.indicators, y.indicators, ["name", "source", "target"]);
  }
  return changes;
}

export const signInputSchema = z.object({
  partyKey: key,
  signerName: text(100, 2, "Vul de naam in van wie tekent."),
  signedOn: day,
});

export const draftInputSchema = z.object({
  content: agreementContentSchema,
  /** What changed and why (for version 2 and later). */
  changeNote: text(1000),
});

const signatureSchema = z.object({
  partyKey: z.string(),
  signerName: personal(z.string()),
  signedOn: z.string(),
});

export const versionSchema = z.object({
  number: z.number(),
  status: z.enum(versionStatuses),
  content: agreementContentSchema,
  changeNote: z.string(),
  createdAt: z.string(),
  signatures: z.array(signatureSchema),
  /** The parties that have not signed yet. */
  unsigned: z.array(z.string()),
  changes: z.array(
    z.object({
      path: z.string(),
      kind: z.enum(["added", "removed", "changed"]),
      before: z.string(),
      after: z.string(),
    }),
  ),
});

export const agreementSchema = z.object({
  id: z.uuid(),
  trajectoryId: z.uuid(),
  versions: z.array(versionSchema),
  can: z.object({ edit: z.boolean(), sign: z.boolean() }),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const agreementSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  latestVersion: z.number(),
  latestStatus: z.enum(versionStatuses),
  activeVersion: z.number().nullable(),
});

export const agreementVersionParams = z.object({
  id: z.uuid({ message: "Ongeldige id." }),
  number: z.coerce.number().int().min(1).max(10_000),
});

const tags = ["wijkaanpak"];
export const agreementEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/agreements/trajectories/:trajectoryId/agreements",
    tags,
    summary: "Prestatieafspraken van de wijk",
    permission: "agreements.read",
    params: trajectoryIdParams,
    response: z.object({ items: z.array(agreementSummarySchema) }),
  }),
  create: endpoint({
    method: "POST",
    path: "/api/agreements/trajectories/:trajectoryId/agreements",
    tags,
    summary: "Een prestatieafspraak opstellen (versie 1, concept)",
    permission: "agreements.manage",
    processing: "agreements.manage",
    params: trajectoryIdParams,
    body: draftInputSchema,
    response: agreementSchema,
    status: 201,
  }),
  get: endpoint({
    method: "GET",
    path: "/api/agreements/documents/:id",
    tags,
    summary: "Een prestatieafspraak met alle versies, handtekeningen en wijzigingen",
    permission: "agreements.read",
    processing: "agreements.manage",
    params: idParamSchema,
    response: agreementSchema,
  }),
  draft: endpoint({
    method: "PUT",
    path: "/api/agreements/documents/:id/draft",
    tags,
    summary: "Het concept wijzigen, of een nieuwe versie beginnen (de vorige blijft bewaard)",
    permission: "agreements.manage",
    processing: "agreements.manage",
    params: idParamSchema,
    body: draftInputSchema,
    response: agreementSchema,
  }),
  pdf: endpoint({
    method: "GET",
    path: "/api/agreements/documents/:id/versions/:number/pdf",
    tags,
    summary: "Een versie van de prestatieafspraak als PDF (met partijen, activiteiten en handtekeningen)",
    permission: "agreements.read",
    processing: "agreements.manage",
    personalData: true,
    params: agreementVersionParams,
  }),
  sign: endpoint({
    method: "POST",
    path: "/api/agreements/documents/:id/versions/:number/sign",
    tags,
    summary: "Een partij tekent de versie (naam en datum)",
    permission: "agreements.manage",
    processing: "agreements.manage",
    params: agreementVersionParams,
    body: signInputSchema,
    response: agreementSchema,
  }),
};
