import type { FieldError } from "../../../shared/errors.ts";
import type { Page, PageQuery } from "../../../shared/paging.ts";
import type {
  PublicVacancy,
  publicSearchQuerySchema,
  Vacancy,
  vacancyInputSchema,
} from "../../../shared/vacancies.ts";
import { maskToSlots, type signupInputSchema, slotsToMask } from "../../../shared/volunteers.ts";
import type { z } from "../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { AppError, notFound, validationFailed } from "../../platform/errors.ts";
import type { Mailer } from "../../platform/mail.ts";
import { logProcessing } from "../../platform/processing-log.ts";
import { findPersonOfUser } from "../accounts/service.ts";
import { organisationExists } from "../organisations/service.ts";
import { getPublicTenant, listDistricts, listDistrictsOfTenant } from "../tenancy/service.ts";
import {
  findOwnVolunteerId,
  getSettings,
  isoDay,
  type OnSignupConfirmed,
  submitSignup,
} from "../volunteers/service.ts";
import * as queries from "./queries.ts";

type VacancyValues = z.output<typeof vacancyInputSchema>;

/** A coordinator works on their organisation's vacancies; beheerder and beleid see the whole tenant. */
const scopeOf = (actor: Actor): queries.Scope => ({
  tenantId: actor.tenantId,
  organisationId: actor.role === "coordinator" ? actor.organisationId : null,
});

function present(row: queries.VacancyRow): Vacancy {
  const v = row.vacancy;
  return {
    id: v.id,
    organisationId: v.organisationId,
    organisationName: row.organisationName,
    title: v.title,
    description: v.description,
    tasks: v.tasks,
    locationType: v.locationType,
    street: v.street,
    postcode: v.postcode,
    city: v.city,
    districtId: v.districtId,
    districtName: row.districtName,
    scheduleType: v.scheduleType,
    date: v.date,
    startTime: v.startTime,
    endTime: v.endTime,
    slots: maskToSlots(v.slots),
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    hoursPerWeek: v.hoursPerWeek,
    places: v.places,
    placed: Number(row.placed),
    skills: v.skills,
    theme: v.theme,
    requiredTrainings: v.requiredTrainings,
    vogProfiles: v.vogProfiles,
    motives: v.motives as Vacancy["motives"],
    goals: v.goals as Vacancy["goals"],
    accessible: v.accessible,
    languageLevel: v.languageLevel,
    suitableForBenefits: v.suitableForBenefits,
    publishFrom: v.publishFrom,
    publishUntil: v.publishUntil,
    status: v.status,
  };
}

function presentPublic(row: queries.VacancyRow): PublicVacancy {
  const { status: _, placed, ...rest } = present(row);
  return { ...rest, full: placed >= rest.places };
}

/** Codes must come from the tenant's lists, the district and organisation from the tenant. */
async function columns(db: DbOrTx, actor: Actor, input: VacancyValues, placedNow: number) {
  const settings = await getSettings(db, actor.tenantId);
  const errors: FieldError[] = [];
  const known = (path: string, codes: string[], list: { code: string }[], message: string) => {
    if (codes.some((c) => !list.some((t) => t.code === c)))
      errors.push({ path, code: "unknown_code", message });
  };
  known("skills", input.skills, settings.skills, "Kies vaardigheden uit de lijst.");
  known("requiredTrainings", input.requiredTrainings, settings.trainings, "Kies trainingen uit de lijst.");
  if (input.theme) known("theme", [input.theme], settings.interests, "Kies een thema uit de lijst.");
  if (input.districtId && !(await listDistricts(db, actor)).some((d) => d.id === input.districtId)) {
    errors.push({ path: "districtId", code: "unknown_district", message: "Deze wijk bestaat niet." });
  }
  const organisationId =
    actor.role === "coordinator" && actor.organisationId ? actor.organisationId : input.organisationId;
  if (!organisationId) {
    errors.push({ path: "organisationId", code: "required", message: "Kies een organisatie." });
  } else if (!(await organisationExists(db, actor.tenantId, organisationId))) {
    errors.push({
      path: "organisationId",
      code: "unknown_organisation",
      message: "Deze organisatie bestaat niet.",
    });
  }
  if (input.places < placedNow) {
    errors.push({
      path: "places",
      code: "below_placed",
      message: `Er zijn al ${placedNow} mensen geplaatst; kies minstens ${placedNow} plekken.`,
    });
  }
  if (errors.length) throw validationFailed(errors);
  return {
    organisationId: organisationId!,
    title: input.title,
    description: input.description,
    tasks: input.tasks,
    locationType: input.locationType,
    street: input.locationType === "address" ? (input.street ?? null) : null,
    postcode: input.locationType === "address" ? (input.postcode ?? null) : null,
    city: input.locationType === "remote" ? null : (input.city ?? null),
    districtId: input.locationType === "remote" ? null : (input.districtId ?? null),
    scheduleType: input.scheduleType,
    date: input.scheduleType === "oneOff" ? (input.date ?? null) : null,
    startTime: input.startTime ?? null,
    endTime: input.endTime ?? null,
    slots: input.scheduleType === "recurring" ? slotsToMask(input.slots) : 0,
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    hoursPerWeek: input.hoursPerWeek ?? null,
    places: input.places,
    skills: input.skills,
    theme: input.theme ?? null,
    requiredTrainings: input.requiredTrainings,
    vogProfiles: input.vogProfiles,
    motives: input.motives,
    goals: input.goals,
    accessible: input.accessible,
    languageLevel: input.languageLevel,
    suitableForBenefits: input.suitableForBenefits,
    publishFrom: input.publishFrom ?? null,
    publishUntil: input.publishUntil ?? null,
    status: input.status,
    searchText: [input.title, input.tasks, input.description].join(" ").toLowerCase(),
  };
}

export async function listVacancies(
  db: DbOrTx,
  actor: Actor,
  query: PageQuery & { status?: string; organisationId?: string },
): Promise<Page<Vacancy>> {
  const { rows, total } = await queries.listVacancies(db, scopeOf(actor), query, query);
  return { items: rows.map(present), total, page: query.page, pageSize: query.pageSize };
}

export async function getVacancy(db: DbOrTx, actor: Actor, id: string) {
  const row = await queries.findVacancy(db, scopeOf(actor), id);
  if (!row) throw notFound();
  return present(row);
}

export async function createVacancy(db: Db, actor: Actor, input: VacancyValues) {
  return db.transaction(async (tx) => {
    const row = await queries.insertVacancy(tx, {
      tenantId: actor.tenantId,
      ...(await columns(tx, actor, input, 0)),
    });
    return getVacancy(tx, actor, row.id);
  });
}

export async function updateVacancy(db: Db, actor: Actor, id: string, input: VacancyValues) {
  return db.transaction(async (tx) => {
    const current = await queries.findVacancy(tx, scopeOf(actor), id);
    if (!current) throw notFound();
    await queries.updateVacancy(
      tx,
      scopeOf(actor),
      id,
      await columns(tx, actor, input, Number(current.placed)),
    );
    return getVacancy(tx, actor, id);
  });
}

// --- Public ---

export async function searchPublic(
  db: Db,
  query: z.output<typeof publicSearchQuerySchema>,
): Promise<Page<PublicVacancy>> {
  const tenant = await getPublicTenant(db, query.slug);
  return db.transaction(async (tx) => {
    const { rows, total } = await queries.searchPublished(tx, tenant.id, isoDay(new Date()), query, query);
    return { items: rows.map(presentPublic), total, page: query.page, pageSize: query.pageSize };
  });
}

/** The choices for the public search form: districts and themes of the tenant. */
export async function getPublicFilters(db: DbOrTx, slug: string | undefined) {
  const tenant = await getPublicTenant(db, slug);
  const [districts, settings] = await Promise.all([
    listDistrictsOfTenant(db, tenant.id),
    getSettings(db, tenant.id),
  ]);
  return {
    tenant: { slug: tenant.slug, name: tenant.name },
    districts: districts.map((d) => ({ id: d.id, name: d.name })),
    themes: settings.interests,
    channels: settings.channels,
  };
}

export async function getPublic(db: DbOrTx, slug: string | undefined, id: string) {
  const tenant = await getPublicTenant(db, slug);
  const row = await queries.findPublished(db, tenant.id, isoDay(new Date()), id);
  if (!row) throw notFound();
  return presentPublic(row);
}

/**
 * "Reageren" without an account: a volunteer sign-up that remembers the vacancy. When the person
 * confirms by email, the application is made (see applyFromSignup).
 */
export async function reactAnonymously(
  db: Db,
  mailer: Mailer,
  options: { slug?: string; traceId: string; publicUrl: string },
  vacancyId: string,
  input: z.output<typeof signupInputSchema>,
) {
  const vacancy = await getPublic(db, options.slug, vacancyId);
  await submitSignup(
    db,
    mailer,
    options,
    { ...input, organisationId: input.organisationId ?? vacancy.organisationId },
    { vacancyId },
  );
}

/** Called when a sign-up is confirmed: turns a remembered vacancy into an application. */
export const applyFromSignup: OnSignupConfirmed = async (tx, { tenantId, volunteerId, traceId, data }) => {
  if (typeof data.vacancyId !== "string") return;
  const created = await queries.insertApplication(tx, {
    tenantId,
    vacancyId: data.vacancyId,
    volunteerId,
    message: String(data.motivation ?? ""),
  });
  // The confirmation itself is logged against the person (volunteers.signup), in this transaction.
  if (created) {
    await queries.insertApplicationChange(tx, {
      applicationId: created.id,
      toStatus: "responded",
      note: `Gereageerd via de website (${traceId})`,
    });
  }
};

/** A signed-in volunteer reacts to a published vacancy. Reacting twice is refused with a clear message. */
export async function reactAsVolunteer(db: Db, actor: Actor, vacancyId: string, message: string) {
  return db.transaction(async (tx) => {
    const volunteerId = await findOwnVolunteerId(tx, actor);
    if (!volunteerId)
      throw new AppError(
        404,
        "no_volunteer_profile",
        "U heeft nog geen vrijwilligersprofiel in dit werkgebied.",
      );
    const row = await queries.findPublished(tx, actor.tenantId, isoDay(new Date()), vacancyId);
    if (!row) throw notFound();
    const created = await queries.insertApplication(tx, {
      tenantId: actor.tenantId,
      vacancyId,
      volunteerId,
      message,
    });
    if (!created) throw new AppError(409, "already_applied", "U heeft al gereageerd op deze vacature.");
    await queries.insertApplicationChange(tx, {
      applicationId: created.id,
      toStatus: "responded",
      changedByUserId: actor.userId,
    });
    const person = await findPersonOfUser(tx, actor.tenantId, actor.userId);
    await logProcessing(tx, actor, {
      activity: "volunteers.self",
      action: "create",
      subjectType: "person",
      subjectIds: person ? [person.id] : [],
    });
    return { id: created.id, status: created.status };
  });
}

export async function listOwnApplications(db: DbOrTx, actor: Actor) {
  const volunteerId = await findOwnVolunteerId(db, actor);
  if (!volunteerId) return [];
  return (await queries.listApplicationsOfVolunteer(db, volunteerId)).map((row) => ({
    id: row.application.id,
    vacancyId: row.application.vacancyId,
    title: row.title,
    organisationName: row.organisationName,
    status: row.application.status,
    createdAt: row.application.createdAt.toISOString(),
  }));
}
