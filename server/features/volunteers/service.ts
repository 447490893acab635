import { createHash, randomBytes } from "node:crypto";
import { amsterdamDay } from "../../../shared/dates.ts";
import type { FieldError } from "../../../shared/errors.ts";
import { type MotiveAnswers, matchMotiveType, scoreMotives } from "../../../shared/motives.ts";
import type { Page, PageQuery } from "../../../shared/paging.ts";
import {
  type assistedSignupSchema,
  type CheckIn,
  type checkInInputSchema,
  defaultVolunteerSettings,
  maskToSlots,
  PHOTO_MAX_BYTES,
  type Risk,
  type signupInputSchema,
  slotsToMask,
  type statusInputSchema,
  statusTransitions,
  type trainingInputSchema,
  type Volunteer,
  type VolunteerListItem,
  type VolunteerListQuery,
  type VolunteerSettings,
  type VolunteerSettingsPatch,
  type vogInputSchema,
  type volunteerProfileInputSchema,
  volunteerSettingsSchema,
} from "../../../shared/volunteers.ts";
import type { z } from "../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { AppError, notFound, validationFailed } from "../../platform/errors.ts";
import type { Mailer } from "../../platform/mail.ts";
import { applyPatch } from "../../platform/patch.ts";
import { type LogActor, logProcessing } from "../../platform/processing-log.ts";
import { organisationScope } from "../../platform/scope.ts";
import { exportTable } from "../../platform/table-export.ts";
import { ensureAccountWithRole, findPersonOfUser, removeAccountFromTenant } from "../accounts/service.ts";
import { listOrganisationOptions, organisationExists } from "../organisations/service.ts";
import {
  findTenantById,
  getPublicTenant,
  listDistricts,
  listTenantIds,
  neighbourhoodOfPostcode,
} from "../tenancy/service.ts";
import * as queries from "./queries.ts";

const SIGNUP_TOKEN_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

// --- Dates (ISO yyyy-mm-dd, UTC) ---

/** The calendar day of a moment in Amsterdam (not UTC: just after midnight it is already the next day). */
export const isoDay = (date: Date) => amsterdamDay(date);
function addMonths(day: string, months: number) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return isoDay(date);
}
const addDays = (day: string, days: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY));
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
export function ageOn(birthDate: string | null, day: string): number | null {
  if (!birthDate) return null;
  const [y, m, d] = birthDate.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = day.split("-").map(Number) as [number, number, number];
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}

/** The denormalised sort and search keys of a volunteer, kept in step with the person's name. */
export function nameKeys(givenName: string, familyName: string, email: string | null | undefined) {
  return {
    sortKey: `${familyName} ${givenName}`.trim().toLowerCase(),
    searchKey: `${givenName} ${familyName} ${email ?? ""}`.trim().toLowerCase(),
  };
}

// --- Settings ---

export async function getSettings(db: DbOrTx, tenantId: string): Promise<VolunteerSettings> {
  const stored = await queries.findSettings(db, tenantId);
  // A key stored before it existed gets its default list, not the schema's empty one.
  return stored
    ? volunteerSettingsSchema.parse({ ...defaultVolunteerSettings, ...(stored as object) })
    : defaultVolunteerSettings;
}

/** A partial update: a list or number left out keeps its value (`{}` changes nothing). */
export async function updateSettings(db: DbOrTx, actor: Actor, patch: VolunteerSettingsPatch) {
  const input = applyPatch(volunteerSettingsSchema, await getSettings(db, actor.tenantId), patch);
  await queries.upsertSettings(db, actor.tenantId, input);
  return getSettings(db, actor.tenantId);
}

/** Codes must come from the tenant's lists; returns field errors for unknown ones. */
function unknownCodes(
  path: string,
  codes: readonly string[],
  terms: { code: string }[],
  message: string,
): FieldError[] {
  const known = new Set(terms.map((t) => t.code));
  return codes.some((c) => !known.has(c)) ? [{ path, code: "unknown_code", message }] : [];
}

// --- Scope ---

/** A coordinator of an organisation sees that organisation's volunteers; others the whole tenant. */
export const scopeOf = organisationScope;

// --- Public sign-up ---

export async function getSignupOptions(db: DbOrTx, slug: string | undefined) {
  const tenant = await getPublicTenant(db, slug);
  const settings = await getSettings(db, tenant.id);
  return {
    tenant: { slug: tenant.slug, name: tenant.name },
    organisations: await listOrganisationOptions(db, tenant.id),
    channels: settings.channels,
  };
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

async function checkSignupReferences(
  db: DbOrTx,
  tenantId: string,
  settings: VolunteerSettings,
  input: { organisationId?: string; channel?: string; campaignId?: string },
) {
  const errors: FieldError[] = [];
  if (input.organisationId && !(await organisationExists(db, tenantId, input.organisationId))) {
    errors.push({
      path: "organisationId",
      code: "unknown_organisation",
      message: "Deze organisatie bestaat niet.",
    });
  }
  if (input.channel)
    errors.push(...unknownCodes("channel", [input.channel], settings.channels, "Kies hoe u van ons hoorde."));
  if (input.campaignId && !(await queries.campaignInTenant(db, tenantId, input.campaignId))) {
    errors.push({ path: "campaignId", code: "unknown_campaign", message: "Deze campagne bestaat niet." });
  }
  if (errors.length > 0) throw validationFailed(errors);
}

/**
 * Stores the sign-up and mails a confirmation link. The answer is the same whether or not the email
 * is known (no account enumeration); duplicates are merged when the link is used.
 */
export async function submitSignup(
  db: Db,
  mailer: Mailer,
  options: { slug?: string; traceId: string; publicUrl: string },
  input: z.output<typeof signupInputSchema>,
  /** Stored with the sign-up and handed to `onConfirmed` (e.g. the vacancy someone reacted to). */
  extra: Record<string, string> = {},
) {
  const tenant = await getPublicTenant(db, options.slug);
  const settings = await getSettings(db, tenant.id);
  await checkSignupReferences(db, tenant.id, settings, input);
  // Against mail bombing: at most 3 confirmation mails per address per hour; the answer stays the same.
  if (
    (await queries.countRecentSignupRequests(db, tenant.id, input.email, new Date(Date.now() - 3_600_000))) >=
    3
  )
    return;
  const token = randomBytes(32).toString("base64url");
  await queries.insertSignupRequest(db, {
    tenantId: tenant.id,
    tokenHash: hashToken(token),
    email: input.email,
    data: { ...input, ...extra },
    expiresAt: new Date(Date.now() + SIGNUP_TOKEN_DAYS * DAY),
  });
  await mailer.send({
    tenantId: tenant.id,
    to: input.email,
    secret: true,
    subject: `Bevestig uw aanmelding als vrijwilliger bij ${tenant.name}`,
    text: [
      // The address is not confirmed yet: nothing the visitor typed goes into this mail (no name).
      "Hallo,",
      "",
      `Bedankt voor uw aanmelding als vrijwilliger bij ${tenant.name}.`,
      "Klik op de link hieronder om uw aanmelding te bevestigen. De link werkt 7 dagen.",
      "",
      `${options.publicUrl}/aanmelden/bevestigen?token=${token}`,
      "",
      "Heeft u zich niet aangemeld? Dan hoeft u niets te doen.",
    ].join("\n"),
  });
}

/** Runs inside the confirmation's transaction, for features that attach something to a sign-up. */
export type OnSignupConfirmed = (
  tx: DbOrTx,
  signup: { tenantId: string; volunteerId: string; traceId: string; data: Record<string, unknown> },
) => Promise<void>;

/**
 * Confirms a sign-up: creates the volunteer (or merges into the existing one with the same email in
 * the tenant), gives them an account with the volunteer role, and mails a password link for a new account.
 */
export async function confirmSignup(
  db: Db,
  token: string,
  traceId: string,
  sendPasswordLink: (email: string) => Promise<void>,
  onConfirmed: OnSignupConfirmed = async () => {},
) {
  const result = await db.transaction(async (tx) => {
    const request = await queries.findSignupRequest(tx, hashToken(token));
    if (!request || request.confirmedAt || request.expiresAt < new Date()) {
      throw new AppError(400, "invalid_token", "Deze link is ongeldig of verlopen. Meld u opnieuw aan.");
    }
    if (!(await queries.confirmSignupRequest(tx, request.id))) {
      throw new AppError(400, "invalid_token", "Deze link is al gebruikt.");
    }
    const input = request.data as z.output<typeof signupInputSchema>;
    const system: LogActor = { tenantId: request.tenantId, traceId, userId: null, role: null };
    const account = await ensureAccountWithRole(tx, {
      tenantId: request.tenantId,
      email: input.email,
      name: `${input.givenName} ${input.familyName}`,
      role: "volunteer",
      organisationId: input.organisationId ?? null,
    });
    const existing = await queries.findVolunteerByEmail(tx, request.tenantId, input.email);
    let personId: string;
    let volunteerId: string;
    if (existing) {
      personId = existing.personId;
      volunteerId = existing.id;
      await mergeSignup(tx, existing, input, account.userId);
    } else {
      const neighbourhood = await neighbourhoodOfPostcode(tx, request.tenantId, input.postcode);
      const known = await findPersonOfUser(tx, request.tenantId, account.userId);
      const personRow =
        known ??
        (await queries.insertPerson(tx, {
          tenantId: request.tenantId,
          userId: account.userId,
          givenName: input.givenName,
          familyName: input.familyName,
          email: input.email,
          phone: input.phone ?? null,
        }));
      personId = personRow.id;
      const row = await queries.insertVolunteer(tx, {
        tenantId: request.tenantId,
        personId,
        organisationId: input.organisationId ?? null,
        channel: input.channel ?? null,
        campaignId: input.campaignId ?? null,
        postcode: input.postcode ?? null,
        birthDate: input.birthDate ?? null,
        neighbourhoodId: neighbourhood?.id ?? null,
        districtId: neighbourhood?.districtId ?? null,
        lat: neighbourhood?.lat ?? null,
        lon: neighbourhood?.lon ?? null,
        ...nameKeys(personRow.givenName, personRow.familyName, personRow.email),
        motivation: input.motivation,
        signedUpAt: request.createdAt,
      });
      volunteerId = row.id;
      await queries.insertStatusChange(tx, {
        volunteerId: row.id,
        fromStatus: null,
        toStatus: "signedUp",
        effectiveOn: isoDay(request.createdAt),
        note: "Aangemeld via de website",
      });
    }
    await logProcessing(tx, system, {
      activity: "volunteers.signup",
      action: existing ? "update" : "create",
      subjectType: "person",
      subjectIds: [personId],
    });
    await onConfirmed(tx, { tenantId: request.tenantId, volunteerId, traceId, data: request.data });
    const tenant = await findTenantById(tx, request.tenantId);
    return {
      merged: Boolean(existing),
      tenantName: tenant?.name ?? "",
      created: account.created,
      email: input.email,
    };
  });
  if (result.created) await sendPasswordLink(result.email);
  return { merged: result.merged, tenantName: result.tenantName, passwordMailSent: result.created };
}

/** A second sign-up with a known email fills in what was missing; a stopped volunteer signs up again. */
async function mergeSignup(
  tx: DbOrTx,
  existing: NonNullable<Awaited<ReturnType<typeof queries.findVolunteerByEmail>>>,
  input: z.output<typeof signupInputSchema>,
  userId: string,
) {
  await queries.updatePerson(tx, existing.personId, {
    userId,
    ...(input.phone ? { phone: input.phone } : {}),
  });
  await queries.mergeVolunteerFields(tx, existing.id, {
    postcode: input.postcode ?? null,
    birthDate: input.birthDate ?? null,
    organisationId: input.organisationId ?? null,
    channel: input.channel ?? null,
    motivation: input.motivation,
  });
  const today = isoDay(new Date());
  if (existing.status === "stopped") {
    await queries.updateVolunteer(tx, existing.id, {
      status: "signedUp",
      statusChangedAt: new Date(),
      signedUpAt: new Date(),
      firstContactAt: null,
      stoppedOn: null,
      stopReason: null,
    });
  }
  await queries.insertStatusChange(tx, {
    volunteerId: existing.id,
    fromStatus: existing.status,
    toStatus: existing.status === "stopped" ? "signedUp" : existing.status,
    effectiveOn: today,
    note: "Nieuwe aanmelding met hetzelfde e-mailadres: samengevoegd",
  });
}

/** A coordinator enters a sign-up for someone who came in person (assisted access); logged. */
export async function createAssisted(db: Db, actor: Actor, input: z.output<typeof assistedSignupSchema>) {
  const settings = await getSettings(db, actor.tenantId);
  const organisationId =
    actor.role === "coordinator" && actor.organisationId
      ? actor.organisationId
      : (input.organisationId ?? null);
  return db.transaction(async (tx) => {
    await checkSignupReferences(tx, actor.tenantId, settings, input);
    if (input.email) {
      const existing = await queries.findVolunteerByEmail(tx, actor.tenantId, input.email);
      if (existing) {
        // The id only when the actor may open that volunteer (organisation scope).
        const visible = await queries.findVolunteer(tx, scopeOf(actor), existing.id);
        throw new AppError(409, "duplicate_volunteer", "Er is al een vrijwilliger met dit e-mailadres.", [
          {
            path: "email",
            code: "duplicate_volunteer",
            message: visible
              ? `Deze persoon staat al in Inzet (id ${existing.id}).`
              : "Deze persoon staat al in Inzet, bij een andere organisatie.",
          },
        ]);
      }
    }
    const neighbourhood = await neighbourhoodOfPostcode(tx, actor.tenantId, input.postcode);
    const personRow = await queries.insertPerson(tx, {
      tenantId: actor.tenantId,
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email ?? null,
      phone: input.phone ?? null,
    });
    const now = new Date();
    const row = await queries.insertVolunteer(tx, {
      tenantId: actor.tenantId,
      personId: personRow.id,
      organisationId,
      channel: input.channel ?? null,
      campaignId: input.campaignId ?? null,
      postcode: input.postcode ?? null,
      birthDate: input.birthDate ?? null,
      neighbourhoodId: neighbourhood?.id ?? null,
      districtId: neighbourhood?.districtId ?? null,
      lat: neighbourhood?.lat ?? null,
      lon: neighbourhood?.lon ?? null,
      ...nameKeys(input.givenName, input.familyName, input.email),
      motivation: input.motivation,
      assisted: true,
      firstContactAt: now,
    });
    await queries.insertStatusChange(tx, {
      volunteerId: row.id,
      fromStatus: null,
      toStatus: "signedUp",
      effectiveOn: isoDay(now),
      changedByUserId: actor.userId,
      note: "Aangemeld door een coördinator (persoonlijk contact)",
    });
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "create",
      subjectType: "person",
      subjectIds: [personRow.id],
    });
    return getVolunteerIn(tx, actor, row.id, { log: false });
  });
}

// --- Lists ---

function toListItem(
  row: Awaited<ReturnType<typeof queries.listVolunteers>>["rows"][number],
  settings: VolunteerSettings,
  now: Date,
): VolunteerListItem {
  const daysWaiting = Math.floor((now.getTime() - row.signedUpAt.getTime()) / DAY);
  return {
    id: row.id,
    name: `${row.givenName} ${row.familyName}`.trim(),
    email: row.email,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    status: row.status,
    signedUpAt: row.signedUpAt.toISOString(),
    daysWaiting,
    needsContact: row.status === "signedUp" && !row.firstContactAt && daysWaiting > settings.signupStaleDays,
    channel: row.channel,
    motiveType: row.motiveType,
    neighbourhoodName: row.neighbourhoodName,
    skills: row.skills,
    assisted: row.assisted,
  };
}

export async function listVolunteers(
  db: DbOrTx,
  actor: Actor,
  query: PageQuery & VolunteerListQuery,
): Promise<Page<VolunteerListItem>> {
  const settings = await getSettings(db, actor.tenantId);
  const { rows, total } = await queries.listVolunteers(db, scopeOf(actor), query, query, {
    staleDays: settings.signupStaleDays,
    expiryDays: settings.expiryWarningDays,
  });
  const now = new Date();
  await logProcessing(db, actor, {
    activity: "volunteers.manage",
    action: "read",
    subjectType: "person",
    subjectIds: rows.map((r) => r.personId),
  });
  const totalCapped = total > queries.COUNT_CAP;
  return {
    items: rows.map((row) => toListItem(row, settings, now)),
    total: totalCapped ? queries.COUNT_CAP : total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

const statusLabels: Record<string, string> = {
  signedUp: "Aangemeld",
  intakePlanned: "Kennismaking gepland",
  active: "Actief",
  paused: "Pauze",
  stopped: "Gestopt",
};

/**
 * The filtered list as CSV (semicolon, UTF-8 with BOM for Excel) or XLSX. Every exported person is
 * written to the processing log, in the same transaction as the read.
 */
export async function exportVolunteers(
  db: Db,
  actor: Actor,
  query: VolunteerListQuery & { q?: string },
  format: "csv" | "xlsx",
): Promise<Buffer> {
  const settings = await getSettings(db, actor.tenantId);
  const rows = await db.transaction(async (tx) => {
    const { rows } = await queries.listVolunteers(tx, scopeOf(actor), query, null, {
      staleDays: settings.signupStaleDays,
      expiryDays: settings.expiryWarningDays,
    });
    await logProcessing(tx, actor, {
      activity: "volunteers.export",
      action: "export",
      subjectType: "person",
      subjectIds: rows.map((r) => r.personId),
    });
    return rows;
  });
  const label = (list: { code: string; label: string }[], code: string | null) =>
    list.find((t) => t.code === code)?.label ?? code ?? "";
  const types = settings.motiveTypes.map((t) => ({ code: t.code, label: t.name }));
  const table: string[][] = [
    [
      "Voornaam",
      "Achternaam",
      "E-mail",
      "Organisatie",
      "Status",
      "Aangemeld op",
      "Kanaal",
      "Type",
      "Buurt",
      "Vaardigheden",
    ],
    ...rows.map((row) => [
      row.givenName,
      row.familyName,
      row.email ?? "",
      row.organisationName ?? "",
      statusLabels[row.status] ?? row.status,
      isoDay(row.signedUpAt),
      label(settings.channels, row.channel),
      label(types, row.motiveType),
      row.neighbourhoodName ?? "",
      row.skills.map((s) => label(settings.skills, s)).join(", "),
    ]),
  ];
  return exportTable(table, format);
}

// --- One volunteer ---

async function findInScope(db: DbOrTx, actor: Actor, id: string) {
  const row = await queries.findVolunteer(db, scopeOf(actor), id);
  if (!row) throw notFound();
  return row;
}

export async function getVolunteer(db: Db, actor: Actor, id: string) {
  return db.transaction((tx) => getVolunteerIn(tx, actor, id, { log: true }));
}

async function getVolunteerIn(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  options: { log: boolean },
): Promise<Volunteer> {
  const row = await findInScope(tx, actor, id);
  if (options.log) {
    await logProcessing(tx, actor, {
      activity:
        actor.role === "volunteer" || actor.role === "participant" ? "volunteers.self" : "volunteers.manage",
      action: "read",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
  }
  return present(tx, row);
}

async function present(db: DbOrTx, row: queries.VolunteerRow): Promise<Volunteer> {
  const v = row.volunteer;
  const settings = await getSettings(db, v.tenantId);
  const [motives, vogs, trainings, checkIns, history, hasPhoto, hours] = await Promise.all([
    queries.listMotiveResponses(db, v.id),
    queries.listVogs(db, v.id),
    queries.listTrainings(db, v.id),
    queries.listCheckIns(db, v.id),
    queries.listStatusChanges(db, v.id),
    queries.hasPhoto(db, v.id),
    queries.hoursActivity(db, v.id),
  ]);
  const now = new Date();
  const today = isoDay(now);
  const daysWaiting = Math.floor((now.getTime() - v.signedUpAt.getTime()) / DAY);
  const checkInList: CheckIn[] = checkIns.map(({ checkIn, byName }) => ({
    id: checkIn.id,
    heldOn: checkIn.heldOn,
    satisfaction: checkIn.satisfaction,
    roleClarity: checkIn.roleClarity,
    support: checkIn.support,
    coordinatorRelation: checkIn.coordinatorRelation,
    workload: checkIn.workload,
    wishToChange: checkIn.wishToChange,
    note: checkIn.note,
    byName,
  }));
  const vogList = vogs.map((vog) => ({
    id: vog.id,
    requestedOn: vog.requestedOn,
    receivedOn: vog.receivedOn,
    issuedOn: vog.issuedOn,
    profileCodes: vog.profileCodes,
    renewalDue: vog.renewalDue,
    note: vog.note,
  }));
  const trainingList = trainings.map((t) => ({
    id: t.id,
    training: t.training,
    completedOn: t.completedOn,
    expiresOn: t.expiresOn,
    certificate: t.certificate,
  }));
  const needsContact = v.status === "signedUp" && !v.firstContactAt && daysWaiting > settings.signupStaleDays;
  return {
    id: v.id,
    personId: row.person.id,
    name: `${row.person.givenName} ${row.person.familyName}`.trim(),
    givenName: row.person.givenName,
    familyName: row.person.familyName,
    email: row.person.email,
    phone: row.person.phone,
    organisationId: v.organisationId,
    organisationName: row.organisationName,
    status: v.status,
    signedUpAt: v.signedUpAt.toISOString(),
    daysWaiting,
    needsContact,
    channel: v.channel,
    campaignId: v.campaignId,
    motiveType: v.motiveType,
    neighbourhoodId: v.neighbourhoodId,
    neighbourhoodName: row.neighbourhoodName,
    skills: v.skills,
    assisted: v.assisted,
    street: v.street,
    houseNumber: v.houseNumber,
    postcode: v.postcode,
    city: v.city,
    birthDate: v.birthDate,
    age: ageOn(v.birthDate, today),
    languages: v.languages,
    interests: v.interests,
    availability: maskToSlots(v.availability),
    hoursPerWeek: v.hoursPerWeek,
    preferredDistrictIds: v.preferredDistrictIds,
    maxTravelKm: v.maxTravelKm,
    commitment: v.commitment as Volunteer["commitment"],
    goals: v.goals as Volunteer["goals"],
    emergencyName: v.emergencyName,
    emergencyPhone: v.emergencyPhone,
    motivation: v.motivation,
    activeSince: v.activeSince,
    stoppedOn: v.stoppedOn,
    stopReason: v.stopReason,
    nextCheckInOn: v.nextCheckInOn,
    hasAccount: Boolean(row.person.userId),
    hasPhoto,
    erasureRequestedAt: v.erasureRequestedAt?.toISOString() ?? null,
    motives: motives.map((m) => ({
      id: m.id,
      takenAt: m.takenAt.toISOString(),
      scores: m.scores,
      typeCode: m.typeCode,
      assisted: m.assisted,
    })),
    vogs: vogList,
    trainings: trainingList,
    checkIns: checkInList,
    statusHistory: history.map(({ change, byName }) => ({
      from: change.fromStatus,
      to: change.toStatus,
      on: change.effectiveOn,
      at: change.changedAt.toISOString(),
      byName,
      reason: change.reason,
      note: change.note,
    })),
    risk: assessRisk(
      {
        status: v.status,
        needsContact,
        nextCheckInOn: v.nextCheckInOn,
        checkIns: checkInList,
        vogs: vogList,
        trainings: trainingList,
        hours,
      },
      settings,
      today,
    ),
  };
}

/**
 * The retention-risk signal: a list of plain reasons with weights, no black box. Based on the
 * strongest predictors of dropout (satisfaction, support, relation with the coordinator, role clarity,
 * workload) plus overdue check-ins and expiring screening. Hours arrive with placements (next issue).
 */
export function assessRisk(
  v: {
    status: string;
    needsContact: boolean;
    nextCheckInOn: string | null;
    checkIns: Pick<
      CheckIn,
      "satisfaction" | "roleClarity" | "support" | "coordinatorRelation" | "workload" | "wishToChange"
    >[];
    vogs: { issuedOn: string | null; renewalDue: string | null }[];
    trainings: { training: string; expiresOn: string | null }[];
    /** Placed somewhere since (the earliest current placement), and the last day with hours; absent = unknown. */
    hours?: { placedSince: string | null; lastHoursOn: string | null };
  },
  settings: Pick<VolunteerSettings, "expiryWarningDays" | "trainings"> & { inactivityWeeks?: number },
  today: string,
): Risk {
  const reasons: Risk["reasons"] = [];
  const add = (code: string, weight: number, message: string) => reasons.push({ code, weight, message });
  if (v.status === "stopped") return { level: "none", reasons };
  if (v.needsContact) add("noContact", 2, "Aangemeld, maar nog geen contact gehad.");
  if (v.status === "active" && v.nextCheckInOn && v.nextCheckInOn < today) {
    add("checkInOverdue", 2, `Het bindingsgesprek is te laat (gepland voor ${v.nextCheckInOn}).`);
  }
  if (v.status === "active" && v.hours?.placedSince && settings.inactivityWeeks) {
    const since = addDays(today, -7 * settings.inactivityWeeks);
    const last = v.hours.lastHoursOn ?? v.hours.placedSince;
    if (last < since) add("noHours", 2, `Geen uren geschreven in ${settings.inactivityWeeks} weken.`);
  }
  const [latest, previous] = v.checkIns;
  if (latest) {
    if (latest.satisfaction <= 2) add("lowSatisfaction", 3, "Lage tevredenheid in het laatste gesprek.");
    if (latest.support <= 2) add("lowSupport", 3, "Voelt weinig steun van de organisatie.");
    if (latest.coordinatorRelation <= 2)
      add("poorRelation", 3, "De relatie met de coördinator is niet goed.");
    if (latest.roleClarity <= 2) add("unclearRole", 2, "De taak of rol is niet duidelijk.");
    if (latest.workload >= 4 && previous && latest.workload > previous.workload) {
      add("risingWorkload", 2, "De werkdruk stijgt.");
    } else if (latest.workload === 5) add("highWorkload", 2, "De werkdruk is veel te hoog.");
    if (latest.wishToChange) add("wishToChange", 1, "Wil iets veranderen aan de inzet.");
  }
  const warnUntil = addDays(today, settings.expiryWarningDays);
  const vog = v.vogs.find((x) => x.issuedOn && x.renewalDue);
  if (vog?.renewalDue) {
    if (vog.renewalDue < today) add("vogExpired", 2, `De VOG is verlopen (${vog.renewalDue}).`);
    else if (vog.renewalDue <= warnUntil)
      add("vogExpiring", 1, `De VOG moet vernieuwd worden voor ${vog.renewalDue}.`);
  }
  for (const t of v.trainings) {
    if (t.expiresOn && t.expiresOn >= today && t.expiresOn <= warnUntil) {
      const name = settings.trainings.find((x) => x.code === t.training)?.label ?? t.training;
      add("trainingExpiring", 1, `${name} verloopt op ${t.expiresOn}.`);
    }
  }
  const score = reasons.reduce((sum, r) => sum + r.weight, 0);
  return { level: score >= 4 ? "high" : score > 0 ? "attention" : "none", reasons };
}

// --- Self ---

async function ownVolunteerId(db: DbOrTx, actor: Actor) {
  const id = await queries.findVolunteerIdOfUser(db, actor.tenantId, actor.userId);
  if (!id)
    throw new AppError(
      404,
      "no_volunteer_profile",
      "U heeft nog geen vrijwilligersprofiel in dit werkgebied.",
    );
  return id;
}

/** The volunteer id of the signed-in user in the actor's tenant, or null (for other features). */
export function findOwnVolunteerId(db: DbOrTx, actor: Actor) {
  return queries.findVolunteerIdOfUser(db, actor.tenantId, actor.userId);
}

/** A volunteer reads their own profile (not logged, like /api/me: see ADR 0005). */
export async function getOwnVolunteer(db: DbOrTx, actor: Actor) {
  const id = await ownVolunteerId(db, actor);
  const row = await queries.findVolunteer(db, { tenantId: actor.tenantId, organisationId: null }, id);
  if (!row) throw notFound();
  return present(db, row);
}

export async function updateOwnProfile(
  db: Db,
  actor: Actor,
  input: z.output<typeof volunteerProfileInputSchema>,
) {
  const id = await ownVolunteerId(db, actor);
  return updateProfileIn(
    db,
    actor,
    id,
    input,
    { tenantId: actor.tenantId, organisationId: null },
    "volunteers.self",
  );
}

export async function updateProfile(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof volunteerProfileInputSchema>,
) {
  return updateProfileIn(db, actor, id, input, scopeOf(actor), "volunteers.manage");
}

async function updateProfileIn(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof volunteerProfileInputSchema>,
  scope: queries.Scope,
  activity: "volunteers.self" | "volunteers.manage",
) {
  return db.transaction(async (tx) => {
    const row = await queries.findVolunteer(tx, scope, id);
    if (!row) throw notFound();
    const settings = await getSettings(tx, actor.tenantId);
    const districts = await listDistricts(tx, actor);
    const districtIds = new Set(districts.map((d) => d.id));
    const errors = [
      ...unknownCodes("skills", input.skills, settings.skills, "Kies vaardigheden uit de lijst."),
      ...unknownCodes("interests", input.interests, settings.interests, "Kies interesses uit de lijst."),
      ...unknownCodes("languages", input.languages, settings.languages, "Kies talen uit de lijst."),
      ...(input.preferredDistrictIds.some((d) => !districtIds.has(d))
        ? [
            {
              path: "preferredDistrictIds",
              code: "unknown_district",
              message: "Een gekozen wijk bestaat niet.",
            },
          ]
        : []),
    ];
    if (errors.length > 0) throw validationFailed(errors);
    const neighbourhood = await neighbourhoodOfPostcode(tx, actor.tenantId, input.postcode);
    await queries.updatePerson(tx, row.person.id, {
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email ?? (row.person.userId ? row.person.email : null),
      phone: input.phone ?? null,
    });
    await queries.updateVolunteer(tx, id, {
      street: input.street ?? null,
      houseNumber: input.houseNumber ?? null,
      postcode: input.postcode ?? null,
      city: input.city ?? null,
      neighbourhoodId: neighbourhood?.id ?? null,
      districtId: neighbourhood?.districtId ?? null,
      lat: neighbourhood?.lat ?? null,
      lon: neighbourhood?.lon ?? null,
      ...nameKeys(
        input.givenName,
        input.familyName,
        input.email ?? (row.person.userId ? row.person.email : null),
      ),
      birthDate: input.birthDate ?? null,
      languages: input.languages,
      skills: input.skills,
      interests: input.interests,
      availability: slotsToMask(input.availability),
      hoursPerWeek: input.hoursPerWeek ?? null,
      preferredDistrictIds: [...new Set(input.preferredDistrictIds)],
      maxTravelKm: input.maxTravelKm ?? null,
      commitment: input.commitment ?? null,
      goals: input.goals,
      emergencyName: input.emergencyName ?? null,
      emergencyPhone: input.emergencyPhone ?? null,
      motivation: input.motivation,
    });
    await logProcessing(tx, actor, {
      activity,
      action: "update",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
    const updated = await queries.findVolunteer(tx, scope, id);
    return present(tx, updated!);
  });
}

// --- Motives ---

async function recordMotivesIn(
  tx: DbOrTx,
  actor: Actor,
  row: queries.VolunteerRow,
  answers: MotiveAnswers,
  assisted: boolean,
) {
  const settings = await getSettings(tx, actor.tenantId);
  const scores = scoreMotives(answers);
  const match = matchMotiveType(
    scores,
    settings.motiveTypes,
    ageOn(row.volunteer.birthDate, isoDay(new Date())),
  );
  await queries.insertMotiveResponse(tx, {
    volunteerId: row.volunteer.id,
    answers,
    scores,
    typeCode: match?.code ?? null,
    enteredByUserId: actor.userId,
    assisted,
  });
  await queries.updateVolunteer(tx, row.volunteer.id, {
    motiveType: match?.code ?? null,
    motiveScores: scores,
  });
  await logProcessing(tx, actor, {
    activity: assisted ? "volunteers.manage" : "volunteers.self",
    action: "create",
    subjectType: "person",
    subjectIds: [row.person.id],
  });
  return present(
    tx,
    (await queries.findVolunteer(tx, { tenantId: actor.tenantId, organisationId: null }, row.volunteer.id))!,
  );
}

export async function recordOwnMotives(db: Db, actor: Actor, answers: MotiveAnswers) {
  const id = await ownVolunteerId(db, actor);
  return db.transaction(async (tx) => {
    const row = await queries.findVolunteer(tx, { tenantId: actor.tenantId, organisationId: null }, id);
    if (!row) throw notFound();
    return recordMotivesIn(tx, actor, row, answers, false);
  });
}

/** A coordinator fills in the questionnaire with or for the volunteer (assisted; logged as such). */
export async function recordMotives(db: Db, actor: Actor, id: string, answers: MotiveAnswers) {
  return db.transaction(async (tx) =>
    recordMotivesIn(tx, actor, await findInScope(tx, actor, id), answers, true),
  );
}

// --- Status ---

export async function changeStatus(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof statusInputSchema>,
) {
  return db.transaction(async (tx) => {
    const row = await findInScope(tx, actor, id);
    const v = row.volunteer;
    const settings = await getSettings(tx, actor.tenantId);
    if (!statusTransitions[v.status].includes(input.status)) {
      throw validationFailed(
        [
          {
            path: "status",
            code: "invalid_transition",
            message: `Van "${v.status}" naar "${input.status}" kan niet.`,
          },
        ],
        "Deze statuswijziging kan niet.",
      );
    }
    if (input.on > isoDay(new Date(Date.now() + 366 * DAY))) {
      throw validationFailed([{ path: "on", code: "too_far", message: "Kies een datum binnen een jaar." }]);
    }
    if (input.on < isoDay(v.signedUpAt)) {
      throw validationFailed([
        { path: "on", code: "before_signup", message: "De datum ligt voor de aanmelding." },
      ]);
    }
    if (input.status === "stopped") {
      const errors = unknownCodes(
        "reason",
        [input.reason ?? ""],
        settings.stopReasons,
        "Kies een reden uit de lijst.",
      );
      if (errors.length) throw validationFailed(errors);
    }
    const becomesActive = input.status === "active";
    await queries.updateVolunteer(tx, id, {
      status: input.status,
      statusChangedAt: new Date(),
      firstContactAt: v.firstContactAt ?? (input.status === "signedUp" ? null : new Date()),
      activeSince: becomesActive && (v.status !== "paused" || !v.activeSince) ? input.on : v.activeSince,
      nextCheckInOn:
        becomesActive && !v.nextCheckInOn
          ? addMonths(input.on, settings.checkInIntervalMonths)
          : v.nextCheckInOn,
      stoppedOn: input.status === "stopped" ? input.on : null,
      stopReason: input.status === "stopped" ? (input.reason ?? null) : null,
    });
    await queries.insertStatusChange(tx, {
      volunteerId: id,
      fromStatus: v.status,
      toStatus: input.status,
      effectiveOn: input.on,
      changedByUserId: actor.userId,
      reason: input.status === "stopped" ? (input.reason ?? null) : null,
      note: input.note,
    });
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "update",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
    return present(tx, (await queries.findVolunteer(tx, scopeOf(actor), id))!);
  });
}

// --- Screening and training ---

export async function addVog(db: Db, actor: Actor, id: string, input: z.output<typeof vogInputSchema>) {
  return saveVog(db, actor, id, null, input);
}

export async function updateVog(
  db: Db,
  actor: Actor,
  id: string,
  vogId: string,
  input: z.output<typeof vogInputSchema>,
) {
  return saveVog(db, actor, id, vogId, input);
}

async function saveVog(
  db: Db,
  actor: Actor,
  id: string,
  vogId: string | null,
  input: z.output<typeof vogInputSchema>,
) {
  return db.transaction(async (tx) => {
    const row = await findInScope(tx, actor, id);
    const settings = await getSettings(tx, actor.tenantId);
    const today = isoDay(new Date());
    if ((input.issuedOn && input.issuedOn > today) || (input.receivedOn && input.receivedOn > today)) {
      throw validationFailed([
        {
          path: input.issuedOn && input.issuedOn > today ? "issuedOn" : "receivedOn",
          code: "future",
          message: "Deze datum ligt in de toekomst.",
        },
      ]);
    }
    const values = {
      requestedOn: input.requestedOn ?? null,
      receivedOn: input.receivedOn ?? null,
      issuedOn: input.issuedOn ?? null,
      profileCodes: input.profileCodes,
      note: input.note,
      renewalDue: input.issuedOn ? addMonths(input.issuedOn, settings.vogRenewalYears * 12) : null,
      reminderSentAt: null,
    };
    if (vogId) {
      if (!(await queries.updateVog(tx, id, vogId, values))) throw notFound();
    } else {
      await queries.insertVog(tx, { volunteerId: id, ...values });
    }
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: vogId ? "update" : "create",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
    return present(tx, row);
  });
}

export async function addTraining(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof trainingInputSchema>,
) {
  return db.transaction(async (tx) => {
    const row = await findInScope(tx, actor, id);
    const settings = await getSettings(tx, actor.tenantId);
    const errors = unknownCodes(
      "training",
      [input.training],
      settings.trainings,
      "Kies een training uit de lijst.",
    );
    if (input.completedOn > isoDay(new Date()))
      errors.push({ path: "completedOn", code: "future", message: "Deze datum ligt in de toekomst." });
    if (errors.length) throw validationFailed(errors);
    await queries.insertTraining(tx, {
      volunteerId: id,
      training: input.training,
      completedOn: input.completedOn,
      expiresOn: input.expiresOn ?? null,
      certificate: input.certificate,
    });
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "create",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
    return present(tx, row);
  });
}

export async function deleteTraining(db: Db, actor: Actor, id: string, trainingId: string) {
  return db.transaction(async (tx) => {
    const row = await findInScope(tx, actor, id);
    if (!(await queries.deleteTraining(tx, id, trainingId))) throw notFound();
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "delete",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
    return present(tx, row);
  });
}

// --- Check-ins ---

export async function addCheckIn(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof checkInInputSchema>,
) {
  return db.transaction(async (tx) => {
    const row = await findInScope(tx, actor, id);
    if (input.heldOn < isoDay(row.volunteer.signedUpAt)) {
      throw validationFailed([
        { path: "heldOn", code: "before_signup", message: "De datum ligt voor de aanmelding." },
      ]);
    }
    const settings = await getSettings(tx, actor.tenantId);
    await queries.insertCheckIn(tx, { volunteerId: id, ...input, byUserId: actor.userId });
    const latest = (await queries.listCheckIns(tx, id))[0]!.checkIn.heldOn;
    await queries.updateVolunteer(tx, id, {
      nextCheckInOn: addMonths(latest, settings.checkInIntervalMonths),
      firstContactAt: row.volunteer.firstContactAt ?? new Date(),
    });
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "create",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
    return present(tx, (await queries.findVolunteer(tx, scopeOf(actor), id))!);
  });
}

// --- Expiries and reminders ---

export async function listExpiring(db: DbOrTx, actor: Actor) {
  const settings = await getSettings(db, actor.tenantId);
  const today = isoDay(new Date());
  const { vogs, trainings } = await queries.findExpiring(
    db,
    scopeOf(actor),
    addDays(today, settings.expiryWarningDays),
  );
  const items = [
    ...vogs.map((v) => ({
      volunteerId: v.volunteerId,
      volunteerName: v.name,
      kind: "vog" as const,
      label: "VOG",
      dueOn: v.dueOn!,
      daysLeft: daysBetween(today, v.dueOn!),
    })),
    ...trainings.map((t) => ({
      volunteerId: t.volunteerId,
      volunteerName: t.name,
      kind: "training" as const,
      label: settings.trainings.find((x) => x.code === t.training)?.label ?? t.training,
      dueOn: t.dueOn!,
      daysLeft: daysBetween(today, t.dueOn!),
    })),
  ].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  await logProcessing(db, actor, {
    activity: "volunteers.manage",
    action: "read",
    subjectType: "person",
    subjectIds: [...vogs, ...trainings].map((r) => r.personId),
  });
  return items;
}

/**
 * Mails volunteers whose VOG renewal or training expiry falls within the warning window. Each record
 * is claimed first, so a reminder goes out once even with several app instances. Run daily.
 */
export async function sendExpiryReminders(db: Db, mailer: Mailer, onlyTenantIds?: string[]) {
  let sent = 0;
  for (const tenantId of onlyTenantIds ?? (await listTenantIds(db))) {
    const settings = await getSettings(db, tenantId);
    const until = addDays(isoDay(new Date()), settings.expiryWarningDays);
    const { vogs, trainings } = await queries.findExpiring(db, { tenantId, organisationId: null }, until);
    const due = [
      ...vogs.map((v) => ({ ...v, kind: "vog" as const, what: "uw Verklaring Omtrent het Gedrag (VOG)" })),
      ...trainings.map((t) => ({
        ...t,
        kind: "training" as const,
        what: `uw certificaat ${settings.trainings.find((x) => x.code === t.training)?.label ?? t.training}`,
      })),
    ].filter((item) => item.email && !item.reminderSentAt);
    for (const item of due) {
      if (!(await queries.claimReminder(db, item.kind, item.id))) continue;
      await mailer.send({
        tenantId,
        recipientUserId: item.userId,
        to: item.email!,
        subject:
          item.kind === "vog"
            ? "Uw VOG moet binnenkort vernieuwd worden"
            : "Uw certificaat verloopt binnenkort",
        text: [
          `Beste ${item.name},`,
          "",
          `${item.what[0]!.toUpperCase()}${item.what.slice(1)} verloopt op ${item.dueOn}.`,
          "Neem contact op met uw coördinator om dit op tijd te regelen.",
          "",
          "Met vriendelijke groet,",
          "Inzet",
        ].join("\n"),
      });
      sent++;
    }
  }
  return sent;
}

// --- Own data and erasure ---

export async function exportOwnData(db: DbOrTx, actor: Actor) {
  const volunteer = await getOwnVolunteer(db, actor);
  const settings = await getSettings(db, actor.tenantId);
  const id = await ownVolunteerId(db, actor);
  const motives = await queries.listMotiveResponses(db, id);
  return {
    exportedAt: new Date().toISOString(),
    volunteer,
    motiveAnswers: motives.map((m) => ({ takenAt: m.takenAt.toISOString(), answers: m.answers })),
    labels: {
      skills: settings.skills,
      interests: settings.interests,
      languages: settings.languages,
      trainings: settings.trainings,
    },
  };
}

const escapeHtml = (value: unknown) =>
  String(value ?? "–").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** The same data as a readable, printable HTML page (save as PDF from the browser). */
export function renderOwnDataHtml(data: Awaited<ReturnType<typeof exportOwnData>>) {
  const v = data.volunteer;
  const row = (label: string, value: unknown) =>
    `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(Array.isArray(value) ? value.join(", ") : value)}</td></tr>`;
  const table = (caption: string, rows: string[]) =>
    `<table><caption>${escapeHtml(caption)}</caption>${rows.join("")}</table>`;
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Mijn gegevens als vrijwilliger</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;line-height:1.5}table{border-collapse:collapse;width:100%;margin-bottom:2rem}th,td{border-bottom:1px solid #ccc;text-align:left;padding:.25rem .5rem;vertical-align:top}caption{text-align:left;font-weight:bold;font-size:1.2rem}</style></head><body>
<h1>Mijn gegevens als vrijwilliger</h1><p>Gemaakt op ${escapeHtml(data.exportedAt)}.</p>
${table("Persoonsgegevens", [row("Naam", v.name), row("E-mail", v.email), row("Telefoon", v.phone), row("Adres", [v.street, v.houseNumber, v.postcode, v.city].filter(Boolean).join(" ")), row("Geboortedatum", v.birthDate), row("Noodcontact", [v.emergencyName, v.emergencyPhone].filter(Boolean).join(", "))])}
${table("Vrijwilligerswerk", [row("Organisatie", v.organisationName), row("Status", v.status), row("Aangemeld op", v.signedUpAt), row("Vaardigheden", v.skills), row("Interesses", v.interests), row("Talen", v.languages), row("Beschikbaar", v.availability), row("Uren per week", v.hoursPerWeek), row("Motivatie", v.motivation)])}
${table(
  "Drijfveren",
  v.motives.map((m) =>
    row(
      m.takenAt,
      Object.entries(m.scores)
        .map(([k, s]) => `${k}: ${s}`)
        .join(", "),
    ),
  ),
)}
${table(
  "VOG",
  v.vogs.map((x) =>
    row(
      x.issuedOn ?? x.requestedOn ?? "",
      `profielen ${x.profileCodes.join(", ")}; vernieuwen voor ${x.renewalDue ?? "–"}`,
    ),
  ),
)}
${table(
  "Trainingen",
  v.trainings.map((x) => row(x.training, `${x.completedOn}${x.expiresOn ? ` tot ${x.expiresOn}` : ""}`)),
)}
${table(
  "Gesprekken",
  v.checkIns.map((x) =>
    row(x.heldOn, `tevredenheid ${x.satisfaction}, steun ${x.support}, werkdruk ${x.workload}. ${x.note}`),
  ),
)}
${table(
  "Statusgeschiedenis",
  v.statusHistory.map((x) => row(x.on, `${x.from ?? ""} → ${x.to} ${x.note}`)),
)}
</body></html>`;
}

export async function requestErasure(db: Db, actor: Actor) {
  return db.transaction(async (tx) => {
    const id = await ownVolunteerId(tx, actor);
    const row = await queries.findVolunteer(tx, { tenantId: actor.tenantId, organisationId: null }, id);
    await queries.updateVolunteer(tx, id, { erasureRequestedAt: new Date() });
    await logProcessing(tx, actor, {
      activity: "volunteers.self",
      action: "update",
      subjectType: "person",
      subjectIds: [row!.person.id],
    });
    return { requested: true };
  });
}

/**
 * Erases a volunteer's personal data: names, contact details, profile, answers, screening and notes.
 * What stays is anonymous: status history dates, organisation, channel, campaign, motive type and
 * stop reason, for dropout and funnel counts. Their account loses its roles here (and is deleted
 * when it has none left anywhere).
 */
export async function eraseVolunteer(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const row = await findInScope(tx, actor, id);
    if (row.volunteer.status !== "stopped") {
      await queries.updateVolunteer(tx, id, {
        status: "stopped",
        stoppedOn: isoDay(new Date()),
        stopReason: row.volunteer.stopReason ?? "gewist",
      });
    }
    if (row.person.userId) await removeAccountFromTenant(tx, actor.tenantId, row.person.userId);
    if (row.person.email) await queries.deleteSignupRequests(tx, actor.tenantId, row.person.email);
    await queries.eraseVolunteer(tx, id, row.person.id);
    await logProcessing(tx, actor, {
      activity: "volunteers.erasure",
      action: "delete",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
    return { erased: true };
  });
}

// --- Photo ---

const photoSignatures: [string, (b: Buffer) => boolean][] = [
  ["image/jpeg", (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  [
    "image/png",
    (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  ],
  [
    "image/webp",
    (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  ],
];

/** Stores the volunteer's own photo after checking that the bytes really are the image type claimed. */
export async function saveOwnPhoto(db: Db, actor: Actor, dataUrl: string) {
  const [, type = "", base64 = ""] = /^data:([^;]+);base64,(.*)$/.exec(dataUrl) ?? [];
  const bytes = Buffer.from(base64, "base64");
  const matches = photoSignatures.find(([t]) => t === type)?.[1](bytes) ?? false;
  if (!matches) {
    throw validationFailed([
      { path: "dataUrl", code: "not_an_image", message: "Dit bestand is geen geldige foto." },
    ]);
  }
  if (bytes.length > PHOTO_MAX_BYTES) {
    throw validationFailed([
      { path: "dataUrl", code: "too_big", message: "De foto is te groot (maximaal 1 MB)." },
    ]);
  }
  return db.transaction(async (tx) => {
    const id = await ownVolunteerId(tx, actor);
    const row = await queries.findVolunteer(tx, { tenantId: actor.tenantId, organisationId: null }, id);
    await queries.upsertPhoto(tx, id, type, base64);
    await logProcessing(tx, actor, {
      activity: "volunteers.self",
      action: "update",
      subjectType: "person",
      subjectIds: [row!.person.id],
    });
    return { hasPhoto: true };
  });
}

export async function deleteOwnPhoto(db: Db, actor: Actor) {
  return db.transaction(async (tx) => {
    const id = await ownVolunteerId(tx, actor);
    const row = await queries.findVolunteer(tx, { tenantId: actor.tenantId, organisationId: null }, id);
    await queries.deletePhoto(tx, id);
    await logProcessing(tx, actor, {
      activity: "volunteers.self",
      action: "delete",
      subjectType: "person",
      subjectIds: [row!.person.id],
    });
    return { hasPhoto: false };
  });
}

export async function getOwnPhoto(db: DbOrTx, actor: Actor) {
  const photo = await queries.findPhoto(db, await ownVolunteerId(db, actor));
  if (!photo) throw notFound();
  return { contentType: photo.contentType, bytes: Buffer.from(photo.data, "base64") };
}

/** A coordinator sees the photo of a volunteer in scope (logged as a read). */
export async function getPhoto(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const row = await findInScope(tx, actor, id);
    const photo = await queries.findPhoto(tx, id);
    if (!photo) throw notFound();
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "read",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
    return { contentType: photo.contentType, bytes: Buffer.from(photo.data, "base64") };
  });
}

/**
 * Name and contact of a volunteer of the tenant, or null: for mails about a record the volunteer is
 * already part of (their application, their shift). To act on a volunteer by id (invite, plan), use
 * findVolunteerContactInScope.
 */
export async function findVolunteerContact(db: DbOrTx, tenantId: string, volunteerId: string) {
  return contactOf(await queries.findVolunteer(db, { tenantId, organisationId: null }, volunteerId));
}

/** Name and contact of a volunteer the actor may see (organisation scope, as reading one), or null. */
export async function findVolunteerContactInScope(db: DbOrTx, actor: Actor, volunteerId: string) {
  return contactOf(await queries.findVolunteer(db, scopeOf(actor), volunteerId));
}

function contactOf(row: queries.VolunteerRow | null) {
  if (!row) return null;
  return {
    personId: row.person.id,
    userId: row.person.userId,
    name: `${row.person.givenName} ${row.person.familyName}`.trim(),
    email: row.person.email,
    birthDate: row.volunteer.birthDate,
  };
}

// --- Private calendar feed ---

/** The volunteer's private iCalendar URL (null until made). */
export async function getOwnCalendarUrl(db: DbOrTx, actor: Actor, publicUrl: string) {
  const token = await queries.findCalendarToken(db, await ownVolunteerId(db, actor));
  return { url: token ? `${publicUrl}/api/public/calendar/${token}.ics` : null };
}

/** Makes a new private calendar URL; the old one stops working. */
export async function renewOwnCalendarUrl(db: Db, actor: Actor, publicUrl: string) {
  return db.transaction(async (tx) => {
    const id = await ownVolunteerId(tx, actor);
    const token = randomBytes(24).toString("base64url");
    await queries.setCalendarToken(tx, id, token);
    return { url: `${publicUrl}/api/public/calendar/${token}.ics` };
  });
}

/** The volunteer a calendar token belongs to, or null (for the calendar feed of other features). */
export function findVolunteerByCalendarToken(db: DbOrTx, token: string) {
  return /^[A-Za-z0-9_-]{20,64}$/.test(token)
    ? queries.findVolunteerByCalendarToken(db, token)
    : Promise.resolve(null);
}

/**
 * What matching needs to know of a volunteer in the actor's scope (null when out of scope): profile,
 * unexpired trainings and the screening profiles of VOGs valid today.
 */
export async function matchProfileOf(db: DbOrTx, actor: Actor, volunteerId: string | null) {
  const id = volunteerId ?? (await ownVolunteerId(db, actor));
  const scope = volunteerId ? scopeOf(actor) : { tenantId: actor.tenantId, organisationId: null };
  const row = await queries.findVolunteer(db, scope, id);
  if (!row) return null;
  const today = isoDay(new Date());
  const [trainings, vogs] = await Promise.all([queries.listTrainings(db, id), queries.listVogs(db, id)]);
  return {
    id,
    personId: row.person.id,
    skills: row.volunteer.skills,
    goals: row.volunteer.goals,
    availability: row.volunteer.availability,
    districtId: row.volunteer.districtId,
    preferredDistrictIds: row.volunteer.preferredDistrictIds,
    motiveScores: row.volunteer.motiveScores ?? null,
    point:
      row.volunteer.lat !== null && row.volunteer.lon !== null
        ? { lat: row.volunteer.lat, lon: row.volunteer.lon }
        : null,
    maxTravelKm: row.volunteer.maxTravelKm,
    validTrainings: trainings.filter((t) => !t.expiresOn || t.expiresOn >= today).map((t) => t.training),
    validVogProfiles: [
      ...new Set(
        vogs
          .filter((v) => v.issuedOn && v.renewalDue && v.renewalDue >= today)
          .flatMap((v) => v.profileCodes),
      ),
    ],
  };
}
