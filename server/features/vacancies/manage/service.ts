import type { FieldError } from "../../../../shared/errors.ts";
import type { Page, PageQuery } from "../../../../shared/paging.ts";
import type { PublicVacancy, Vacancy, vacancyInputSchema } from "../../../../shared/vacancies.ts";
import { maskToSlots, slotsToMask } from "../../../../shared/volunteers.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { notFound, validationFailed } from "../../../platform/errors.ts";
import { organisationScope } from "../../../platform/scope.ts";
import { organisationExists } from "../../organisations/service.ts";
import { listDistricts, neighbourhoodOfPostcode } from "../../tenancy/service.ts";
import { getSettings } from "../../volunteers/service.ts";
import * as queries from "./queries.ts";

type VacancyValues = z.output<typeof vacancyInputSchema>;

/** A coordinator works on their organisation's vacancies; beheerder and beleid see the whole tenant. */
const scopeOf = organisationScope;

export function present(row: queries.VacancyRow): Vacancy {
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
    point: v.lat !== null && v.lon !== null ? { lat: v.lat, lon: v.lon } : null,
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

export function presentPublic(row: queries.VacancyRow): PublicVacancy {
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
  // An address's postcode gives the point for distance, and the district when none was chosen.
  const place =
    input.locationType === "address"
      ? await neighbourhoodOfPostcode(db, actor.tenantId, input.postcode)
      : null;
  return {
    organisationId: organisationId!,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    title: input.title,
    description: input.description,
    tasks: input.tasks,
    locationType: input.locationType,
    street: input.locationType === "address" ? (input.street ?? null) : null,
    postcode: input.locationType === "address" ? (input.postcode ?? null) : null,
    city: input.locationType === "remote" ? null : (input.city ?? null),
    districtId: input.locationType === "remote" ? null : (input.districtId ?? place?.districtId ?? null),
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
