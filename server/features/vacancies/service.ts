import { checkAllowance } from "../../../shared/allowances.ts";
import { nextWeekday } from "../../../shared/dates.ts";
import type { FieldError } from "../../../shared/errors.ts";
import { matchScore, oneOffMask, placeFits, travelKm } from "../../../shared/matching.ts";
import type { MotiveScores } from "../../../shared/motives.ts";
import type { Page, PageQuery } from "../../../shared/paging.ts";
import {
  type ApplicationStatus,
  applicationTransitions,
  type PublicVacancy,
  type publicSearchQuerySchema,
  type Vacancy,
  type vacancyInputSchema,
} from "../../../shared/vacancies.ts";
import {
  dayPartTimes,
  maskToSlots,
  type signupInputSchema,
  slotsToMask,
} from "../../../shared/volunteers.ts";
import type { z } from "../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { AppError, notFound, validationFailed } from "../../platform/errors.ts";
import type { Mailer } from "../../platform/mail.ts";
import { logProcessing } from "../../platform/processing-log.ts";
import { organisationScope } from "../../platform/scope.ts";
import { exportTable } from "../../platform/table-export.ts";
import { findPersonOfUser } from "../accounts/service.ts";
import { organisationExists } from "../organisations/service.ts";
import {
  getPublicTenant,
  listDistricts,
  listDistrictsOfTenant,
  neighbourhoodOfPostcode,
} from "../tenancy/service.ts";
import {
  ageOn,
  findOwnVolunteerId,
  findVolunteerContact,
  findVolunteerContactInScope,
  getSettings,
  isoDay,
  matchProfileOf,
  type OnSignupConfirmed,
  submitSignup,
} from "../volunteers/service.ts";
import { checkHoursGrouping } from "./policy.ts";
import * as queries from "./queries.ts";

type VacancyValues = z.output<typeof vacancyInputSchema>;

/** A coordinator works on their organisation's vacancies; beheerder and beleid see the whole tenant. */
const scopeOf = organisationScope;

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

// --- Public ---

export async function searchPublic(
  db: Db,
  query: z.output<typeof publicSearchQuerySchema>,
): Promise<Page<PublicVacancy>> {
  const tenant = await getPublicTenant(db, query.slug);
  const place = query.near ? await neighbourhoodOfPostcode(db, tenant.id, query.near) : null;
  if (query.near && (place?.lat == null || place.lon == null))
    throw validationFailed([
      {
        path: "near",
        code: "unknown_postcode",
        message: "Deze postcode kennen we niet in dit werkgebied. Kies een wijk of laat de postcode leeg.",
      },
    ]);
  const near =
    place?.lat != null && place.lon != null
      ? { lat: place.lat, lon: place.lon, km: query.km ?? 5, districtId: place.districtId }
      : undefined;
  return db.transaction(async (tx) => {
    const { rows, total } = await queries.searchPublished(
      tx,
      tenant.id,
      isoDay(new Date()),
      { ...query, near },
      query,
    );
    const totalCapped = total > queries.SEARCH_COUNT_CAP;
    return {
      items: rows.map(presentPublic),
      total: totalCapped ? queries.SEARCH_COUNT_CAP : total,
      totalCapped,
      page: query.page,
      pageSize: query.pageSize,
    };
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

// --- Matching, invitations, batch assignment ---

function slotMaskOf(v: Vacancy) {
  if (v.scheduleType === "recurring") return slotsToMask(v.slots);
  if (v.scheduleType === "oneOff" && v.date) return oneOffMask(v.date, v.startTime);
  return 0;
}

async function rankCandidates(db: DbOrTx, actor: Actor, v: Vacancy, limit: number) {
  const settings = await getSettings(db, actor.tenantId);
  const match = {
    skills: v.skills,
    motives: v.motives,
    goals: v.goals,
    slotMask: slotMaskOf(v),
    districtId: v.locationType === "remote" ? null : v.districtId,
    point: v.locationType === "remote" ? null : v.point,
  };
  const rows = await queries.findCandidates(db, {
    ...scopeOf(actor),
    vacancyId: v.id,
    ...match,
    requiredTrainings: v.requiredTrainings,
    vogProfiles: v.vogProfiles,
    weights: settings.matchWeights,
    limit,
  });
  return rows.map((row) => {
    const volunteer = {
      skills: row.skills,
      goals: row.goals,
      availability: row.availability,
      districtId: row.district_id,
      preferredDistrictIds: row.preferred_district_ids,
      motiveScores: (typeof row.motive_scores === "string"
        ? JSON.parse(row.motive_scores)
        : row.motive_scores) as MotiveScores | null,
      point: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
      maxTravelKm: row.max_travel_km,
    };
    const explained = matchScore(match, volunteer, settings.matchWeights);
    const km = travelKm(match, volunteer);
    return {
      volunteerId: row.id,
      personId: row.person_id,
      name: `${row.given_name} ${row.family_name}`.trim(),
      status: row.status,
      score: explained.score,
      points: explained.points,
      distanceKm: km === null ? null : Math.round(km * 10) / 10,
      missing: {
        skills: v.skills.filter((s) => !row.skills.includes(s)),
        slots: maskToSlots(match.slotMask & ~row.availability),
        goals: v.goals.filter((g) => !row.goals.includes(g)),
        motivesUnknown: volunteer.motiveScores === null,
      },
    };
  });
}

/** Ranked, explained candidates for a vacancy (each read is logged: these are people's profiles). */
export async function candidatesFor(db: Db, actor: Actor, vacancyId: string) {
  return db.transaction(async (tx) => {
    const v = await getVacancy(tx, actor, vacancyId);
    const candidates = v.placed >= v.places ? [] : await rankCandidates(tx, actor, v, 20);
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "read",
      subjectType: "person",
      subjectIds: candidates.map((c) => c.personId),
    });
    return {
      full: v.placed >= v.places,
      openPlaces: Math.max(0, v.places - v.placed),
      candidates: candidates.map(({ personId: _, ...c }) => c),
    };
  });
}

async function invite(tx: DbOrTx, actor: Actor, vacancyId: string, volunteerId: string, publicUrl: string) {
  const v = await getVacancy(tx, actor, vacancyId);
  if (v.placed >= v.places) throw new AppError(409, "vacancy_full", `De vacature "${v.title}" is vol.`);
  // The same organisation scope as reading the volunteer: outside it the volunteer is not found.
  const person = await findVolunteerContactInScope(tx, actor, volunteerId);
  if (!person) throw notFound();
  const created = await queries.insertApplication(tx, {
    tenantId: actor.tenantId,
    vacancyId,
    volunteerId,
    status: "invited",
  });
  if (!created)
    throw new AppError(409, "already_applied", `${person.name} heeft al gereageerd of is al uitgenodigd.`);
  await queries.insertApplicationChange(tx, {
    applicationId: created.id,
    toStatus: "invited",
    changedByUserId: actor.userId,
  });
  await logProcessing(tx, actor, {
    activity: "volunteers.manage",
    action: "create",
    subjectType: "person",
    subjectIds: [person.personId],
  });
  return { application: created, person, vacancy: v, publicUrl };
}

type Invited = Awaited<ReturnType<typeof invite>>;

async function mailInvitation(mailer: Mailer, tenantId: string, invited: Invited) {
  if (!invited.person.email) return;
  await mailer.send({
    tenantId,
    recipientUserId: invited.person.userId,
    to: invited.person.email,
    subject: `Uitnodiging: ${invited.vacancy.title}`,
    text: [
      `Beste ${invited.person.name},`,
      "",
      `${invited.vacancy.organisationName} denkt dat dit vrijwilligerswerk goed bij u past: ${invited.vacancy.title}.`,
      "Log in bij Inzet om de vacature te bekijken en te antwoorden.",
      "",
      `${invited.publicUrl}/mijn-profiel`,
    ].join("\n"),
  });
}

/** The coordinator invites a candidate; the volunteer gets an email and answers in the app. */
export async function inviteCandidate(
  db: Db,
  mailer: Mailer,
  actor: Actor,
  vacancyId: string,
  volunteerId: string,
  publicUrl: string,
) {
  const invited = await db.transaction((tx) => invite(tx, actor, vacancyId, volunteerId, publicUrl));
  await mailInvitation(mailer, actor.tenantId, invited);
  return { applicationId: invited.application.id, status: invited.application.status };
}

/** Confirms a (reviewed, possibly edited) batch: all invitations in one transaction, or none. */
export async function batchInvite(
  db: Db,
  mailer: Mailer,
  actor: Actor,
  pairs: { vacancyId: string; volunteerId: string }[],
  publicUrl: string,
) {
  const invited = await db.transaction(async (tx) => {
    const done: Invited[] = [];
    for (const pair of pairs) done.push(await invite(tx, actor, pair.vacancyId, pair.volunteerId, publicUrl));
    return done;
  });
  for (const item of invited) await mailInvitation(mailer, actor.tenantId, item);
  return { invited: invited.length };
}

/** The volunteer accepts or declines an invitation. */
export async function answerInvitation(db: Db, actor: Actor, applicationId: string, accept: boolean) {
  return db.transaction(async (tx) => {
    const volunteerId = await findOwnVolunteerId(tx, actor);
    const row = volunteerId ? await queries.findApplicationOfVolunteer(tx, volunteerId, applicationId) : null;
    if (!row) throw notFound();
    if (row.status !== "invited")
      throw new AppError(409, "not_invited", "U heeft deze uitnodiging al beantwoord.");
    const status = accept ? "responded" : "stopped";
    await queries.setApplicationStatus(tx, applicationId, status);
    await queries.insertApplicationChange(tx, {
      applicationId,
      fromStatus: "invited",
      toStatus: status,
      changedByUserId: actor.userId,
      note: accept ? "Uitnodiging aangenomen" : "Uitnodiging afgewezen",
    });
    const person = await findPersonOfUser(tx, actor.tenantId, actor.userId);
    await logProcessing(tx, actor, {
      activity: "volunteers.self",
      action: "update",
      subjectType: "person",
      subjectIds: person ? [person.id] : [],
    });
    return { id: applicationId, status };
  });
}

// --- Applications and placements (coordinator) ---

const statusMails: Partial<Record<ApplicationStatus, (title: string) => { subject: string; line: string }>> =
  {
    intake: (title) => ({
      subject: `Kennismaking: ${title}`,
      line: `De coördinator wil kennismaken over "${title}". U hoort snel wanneer.`,
    }),
    trial: (title) => ({
      subject: `Proefperiode: ${title}`,
      line: `U begint met een proefperiode bij "${title}".`,
    }),
    placed: (title) => ({ subject: `Geplaatst: ${title}`, line: `U bent geplaatst bij "${title}". Welkom!` }),
    finished: (title) => ({
      subject: `Afgerond: ${title}`,
      line: `Uw inzet bij "${title}" is afgerond. Dank u wel!`,
    }),
    stopped: (title) => ({
      subject: `Gestopt: ${title}`,
      line: `Uw reactie op of inzet bij "${title}" is gestopt.`,
    }),
  };

export async function listApplications(db: Db, actor: Actor, vacancyId: string) {
  return db.transaction(async (tx) => {
    await getVacancy(tx, actor, vacancyId);
    const rows = await queries.listApplicationsOfVacancy(tx, vacancyId);
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "read",
      subjectType: "person",
      subjectIds: rows.map((r) => r.personId),
    });
    return rows.map((row) => ({
      id: row.application.id,
      volunteerId: row.application.volunteerId,
      name: `${row.givenName} ${row.familyName}`.trim(),
      status: row.application.status,
      message: row.application.message,
      createdAt: row.application.createdAt.toISOString(),
      updatedAt: row.application.updatedAt.toISOString(),
    }));
  });
}

/**
 * Moves an application along the pipeline and mails the volunteer. Placing takes a lock on the
 * vacancy, so two coordinators (or two requests) cannot both fill its last place.
 */
export async function changeApplicationStatus(
  db: Db,
  mailer: Mailer,
  actor: Actor,
  vacancyId: string,
  applicationId: string,
  input: { status: ApplicationStatus; note: string },
) {
  const changed = await db.transaction(async (tx) => {
    const v = await getVacancy(tx, actor, vacancyId);
    if (input.status === "placed") await queries.lockVacancy(tx, vacancyId);
    const current = await queries.findApplication(tx, vacancyId, applicationId);
    if (!current) throw notFound();
    if (!applicationTransitions[current.status].includes(input.status)) {
      throw validationFailed(
        [{ path: "status", code: "invalid_transition", message: "Deze stap kan nu niet." }],
        "Deze stap kan nu niet.",
      );
    }
    if (input.status === "placed" && (await queries.countPlaced(tx, vacancyId)) >= v.places) {
      throw new AppError(409, "vacancy_full", `Alle ${v.places} plekken van "${v.title}" zijn al bezet.`);
    }
    await queries.setApplicationStatus(tx, applicationId, input.status);
    await queries.insertApplicationChange(tx, {
      applicationId,
      fromStatus: current.status,
      toStatus: input.status,
      changedByUserId: actor.userId,
      note: input.note,
    });
    const contact = await findVolunteerContact(tx, actor.tenantId, current.volunteerId);
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "update",
      subjectType: "person",
      subjectIds: contact ? [contact.personId] : [],
    });
    return { contact, title: v.title };
  });
  const mail = statusMails[input.status]?.(changed.title);
  if (mail && changed.contact?.email) {
    await mailer.send({
      tenantId: actor.tenantId,
      recipientUserId: changed.contact.userId,
      to: changed.contact.email,
      subject: mail.subject,
      text: [
        `Beste ${changed.contact.name},`,
        "",
        mail.line,
        ...(input.note ? ["", input.note] : []),
        "",
        "Met vriendelijke groet,",
        "Inzet",
      ].join("\n"),
    });
  }
  return { id: applicationId, status: input.status };
}

// --- Hours and allowances ---

const HOURS_STATUSES = ["placed", "finished"];

function presentHours(row: Awaited<ReturnType<typeof queries.listHours>>[number]) {
  return {
    id: row.entry.id,
    applicationId: row.applicationId,
    name: `${row.givenName} ${row.familyName}`.trim(),
    date: row.entry.date,
    hours: Number(row.entry.hours),
    note: row.entry.note,
    status: row.entry.status,
  };
}

/** Hours on a date that is a real working day of the placement: not before it started, not in the future. */
async function addHours(
  tx: DbOrTx,
  actor: Actor,
  applicationRow: { id: string; status: string },
  input: { date: string; hours: number; note: string },
) {
  if (!HOURS_STATUSES.includes(applicationRow.status)) {
    throw new AppError(409, "not_placed", "Uren schrijven kan pas als de vrijwilliger geplaatst is.");
  }
  const since = await queries.placedOn(tx, applicationRow.id);
  if (since && input.date < since) {
    throw validationFailed([
      {
        path: "date",
        code: "before_placement",
        message: `De plaatsing begon op ${since}; kies een latere datum.`,
      },
    ]);
  }
  if (input.date > isoDay(new Date())) {
    throw validationFailed([
      { path: "date", code: "future", message: "Uren kunnen niet in de toekomst liggen." },
    ]);
  }
  return queries.insertHours(tx, {
    applicationId: applicationRow.id,
    ...input,
    enteredByUserId: actor.userId,
  });
}

export async function logOwnHours(
  db: Db,
  actor: Actor,
  applicationId: string,
  input: { date: string; hours: number; note: string },
) {
  return db.transaction(async (tx) => {
    const volunteerId = await findOwnVolunteerId(tx, actor);
    const row = volunteerId ? await queries.findApplicationOfVolunteer(tx, volunteerId, applicationId) : null;
    if (!row) throw notFound();
    const entry = await addHours(tx, actor, row, input);
    const person = await findPersonOfUser(tx, actor.tenantId, actor.userId);
    await logProcessing(tx, actor, {
      activity: "volunteers.self",
      action: "create",
      subjectType: "person",
      subjectIds: person ? [person.id] : [],
    });
    return { id: entry.id, status: entry.status };
  });
}

export async function listOwnHours(db: DbOrTx, actor: Actor, applicationId: string) {
  const volunteerId = await findOwnVolunteerId(db, actor);
  const row = volunteerId ? await queries.findApplicationOfVolunteer(db, volunteerId, applicationId) : null;
  if (!row) throw notFound();
  return (await queries.listHours(db, { applicationId })).map(presentHours);
}

export async function logHoursFor(
  db: Db,
  actor: Actor,
  vacancyId: string,
  applicationId: string,
  input: { date: string; hours: number; note: string },
) {
  return db.transaction(async (tx) => {
    await getVacancy(tx, actor, vacancyId);
    const row = await queries.findApplication(tx, vacancyId, applicationId);
    if (!row) throw notFound();
    const entry = await addHours(tx, actor, row, input);
    const contact = await findVolunteerContact(tx, actor.tenantId, row.volunteerId);
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "create",
      subjectType: "person",
      subjectIds: contact ? [contact.personId] : [],
    });
    return { id: entry.id, status: entry.status };
  });
}

export async function listVacancyHours(db: Db, actor: Actor, vacancyId: string) {
  return db.transaction(async (tx) => {
    await getVacancy(tx, actor, vacancyId);
    const rows = await queries.listHours(tx, { vacancyId });
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "read",
      subjectType: "person",
      subjectIds: rows.map((r) => r.personId),
    });
    return rows.map(presentHours);
  });
}

export async function decideHours(
  db: Db,
  actor: Actor,
  vacancyId: string,
  entryId: string,
  approve: boolean,
) {
  return db.transaction(async (tx) => {
    await getVacancy(tx, actor, vacancyId);
    const decided = await queries.decideHours(
      tx,
      vacancyId,
      entryId,
      approve ? "approved" : "rejected",
      actor.userId,
    );
    if (!decided) throw notFound();
    const row = await queries.findApplication(tx, vacancyId, decided.applicationId);
    const contact = row ? await findVolunteerContact(tx, actor.tenantId, row.volunteerId) : null;
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "update",
      subjectType: "person",
      subjectIds: contact ? [contact.personId] : [],
    });
    return { id: entryId, status: approve ? "approved" : "rejected" };
  });
}

/** The limits a payment would exceed, counting what the volunteer got from every organisation. */
async function allowanceWarnings(
  tx: DbOrTx,
  actor: Actor,
  vacancyId: string,
  applicationId: string,
  input: { paidOn: string; amount: number; hours?: number },
) {
  await getVacancy(tx, actor, vacancyId);
  const row = await queries.findApplication(tx, vacancyId, applicationId);
  if (!row) throw notFound();
  const contact = await findVolunteerContact(tx, actor.tenantId, row.volunteerId);
  const month = input.paidOn.slice(0, 7);
  const monthEnd = isoDay(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)));
  const [paidThisMonth, paidThisYear] = await Promise.all([
    queries.paidBetween(tx, row.volunteerId, `${month}-01`, monthEnd),
    queries.paidBetween(
      tx,
      row.volunteerId,
      `${input.paidOn.slice(0, 4)}-01-01`,
      `${input.paidOn.slice(0, 4)}-12-31`,
    ),
  ]);
  const warnings = checkAllowance({
    paidOn: input.paidOn,
    amount: input.amount,
    hours: input.hours ?? null,
    age: ageOn(contact?.birthDate ?? null, input.paidOn),
    paidThisMonth,
    paidThisYear,
  });
  return { row, contact, warnings, paidThisMonth, paidThisYear };
}

export async function checkAllowanceFor(
  db: Db,
  actor: Actor,
  vacancyId: string,
  applicationId: string,
  input: { paidOn: string; amount: number; hours?: number },
) {
  return db.transaction(async (tx) => {
    const { contact, warnings, paidThisMonth, paidThisYear } = await allowanceWarnings(
      tx,
      actor,
      vacancyId,
      applicationId,
      input,
    );
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "read",
      subjectType: "person",
      subjectIds: contact ? [contact.personId] : [],
    });
    return { warnings, paidThisMonth, paidThisYear };
  });
}

/**
 * Records an allowance payment. When it would exceed a limit the coordinator is told which one and
 * nothing is stored, unless they confirm (`acceptWarnings`); the warnings are then kept with it.
 */
export async function payAllowance(
  db: Db,
  actor: Actor,
  vacancyId: string,
  applicationId: string,
  input: { paidOn: string; amount: number; hours?: number; acceptWarnings: boolean },
) {
  return db.transaction(async (tx) => {
    const { row, contact, warnings } = await allowanceWarnings(tx, actor, vacancyId, applicationId, input);
    if (warnings.length > 0 && !input.acceptWarnings) {
      throw new AppError(
        409,
        "allowance_limit",
        "Deze vergoeding gaat over een grens; boven een grens is het hele bedrag belast.",
        warnings.map((w) => ({ path: "amount", code: w.code, message: w.message })),
      );
    }
    const payment = await queries.insertPayment(tx, {
      tenantId: actor.tenantId,
      applicationId,
      volunteerId: row.volunteerId,
      paidOn: input.paidOn,
      amount: input.amount,
      hours: input.hours ?? null,
      warnings: warnings.map((w) => w.code),
      paidByUserId: actor.userId,
    });
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "create",
      subjectType: "person",
      subjectIds: contact ? [contact.personId] : [],
    });
    return { id: payment.id, warnings };
  });
}

/** Approved hours per volunteer, organisation, vacancy, district or month; as rows, CSV or XLSX. */
export async function hoursReport(
  db: Db,
  actor: Actor,
  query: { groupBy: (typeof queries.hoursGroups)[number]; from?: string; to?: string },
) {
  checkHoursGrouping(actor, query.groupBy);
  return db.transaction(async (tx) => {
    const rows = await queries.hoursReport(tx, scopeOf(actor), query.groupBy, query);
    // Per volunteer the report names people (the key carries the person id): a logged read.
    const split = rows.map((row) => {
      const [label, personId] = query.groupBy === "volunteer" ? row.key.split("|") : [row.key, undefined];
      return { key: label ?? row.key, personId, hours: Number(row.hours), entries: row.entries };
    });
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "read",
      subjectType: "person",
      subjectIds: split.flatMap((row) => (row.personId ? [row.personId] : [])),
    });
    return split.map(({ personId: _, ...row }) => row);
  });
}

export async function hoursReportFile(
  db: Db,
  actor: Actor,
  query: { groupBy: (typeof queries.hoursGroups)[number]; from?: string; to?: string },
  format: "csv" | "xlsx",
) {
  const rows = await hoursReport(db, actor, query);
  const table: (string | number)[][] = [
    ["Groep", "Uren", "Regels"],
    ...rows.map((r) => [r.key, r.hours, r.entries]),
  ];
  return exportTable(table, format);
}

// --- Calendar ---

/** The volunteer's placements (trial or placed), for the private calendar feed. */
export function placementsForCalendar(db: DbOrTx, volunteerId: string) {
  return queries.placementsOfVolunteer(db, volunteerId);
}

/** The first shift of a placement: the date of one-off work, or the first day part of recurring work. */
export function firstShift(
  v: {
    scheduleType: string;
    date: string | null;
    slots: number;
    startsOn: string | null;
    startTime: string | null;
  },
  placedOn: string,
): { day: string; time: string } | null {
  if (v.scheduleType === "oneOff")
    return v.date ? { day: v.date, time: v.startTime ?? dayPartTimes.morning[0] } : null;
  if (v.scheduleType !== "recurring") return null;
  const from = [v.startsOn, placedOn].filter(Boolean).sort().at(-1)!;
  const options = maskToSlots(v.slots).map((slot) => {
    const [dayName, part] = slot.split("-") as [string, string];
    const day = nextWeekday(from, ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(dayName));
    return { day, time: v.startTime ?? dayPartTimes[part as keyof typeof dayPartTimes][0] };
  });
  return options.sort((a, b) => `${a.day}${a.time}`.localeCompare(`${b.day}${b.time}`))[0] ?? null;
}

/**
 * Mails each newly placed volunteer once, when their first shift is within the next 48 hours: day,
 * time and place. Each reminder is claimed first, so it goes out once even with several instances.
 */
export async function sendFirstShiftReminders(db: Db, mailer: Mailer, now = new Date()) {
  let sent = 0;
  const today = isoDay(now);
  const until = isoDay(new Date(now.getTime() + 2 * 86_400_000));
  for (const { application: a, vacancy: v, organisationName } of await queries.placementsAwaitingReminder(
    db,
  )) {
    const shift = firstShift({ ...v }, isoDay(a.updatedAt));
    if (!shift || shift.day < today || shift.day > until) continue;
    const contact = await findVolunteerContact(db, a.tenantId, a.volunteerId);
    if (!contact?.email || !(await queries.claimFirstShiftReminder(db, a.id))) continue;
    const where =
      v.locationType === "remote"
        ? "op afstand"
        : [v.street, v.postcode, v.city].filter(Boolean).join(", ") || organisationName;
    await mailer.send({
      tenantId: a.tenantId,
      recipientUserId: contact.userId,
      to: contact.email,
      subject: `Herinnering: u begint bij ${v.title}`,
      text: [
        `Beste ${contact.name},`,
        "",
        `Uw eerste keer bij "${v.title}" (${organisationName}) is op ${shift.day} om ${shift.time}, ${where}.`,
        "Kunt u niet? Laat het de coördinator op tijd weten.",
        "",
        "Met vriendelijke groet,",
        "Inzet",
      ].join("\n"),
    });
    sent++;
  }
  return sent;
}

// --- Vacancies for a volunteer ---

/**
 * The published vacancies that fit a volunteer best (the same hard constraints and score as the
 * candidates of a vacancy, the other way round), with the parts of the score and what is missing.
 */
export async function vacanciesFor(db: Db, actor: Actor, volunteerId: string | null) {
  return db.transaction(async (tx) => {
    const profile = await matchProfileOf(tx, actor, volunteerId);
    if (!profile) throw notFound();
    const settings = await getSettings(tx, actor.tenantId);
    const { rows } = await queries.listVacancies(
      tx,
      { tenantId: actor.tenantId, organisationId: null },
      { status: "published" },
      { page: 1, pageSize: 1000 },
    );
    const applied = new Set(
      (await queries.listApplicationsOfVolunteer(tx, profile.id)).map((a) => a.application.vacancyId),
    );
    const today = isoDay(new Date());
    const ranked = rows
      .map(present)
      .filter((v) => v.placed < v.places && !applied.has(v.id))
      .filter(
        (v) => (!v.publishFrom || v.publishFrom <= today) && (!v.publishUntil || v.publishUntil >= today),
      )
      .filter((v) => v.requiredTrainings.every((t) => profile.validTrainings.includes(t)))
      .filter((v) => v.vogProfiles.every((p) => profile.validVogProfiles.includes(p)))
      .map((v) => {
        const match = {
          skills: v.skills,
          motives: v.motives,
          goals: v.goals,
          slotMask: slotMaskOf(v),
          districtId: v.locationType === "remote" ? null : v.districtId,
          point: v.locationType === "remote" ? null : v.point,
        };
        return { v, match };
      })
      .filter(({ match }) => match.slotMask === 0 || (match.slotMask & profile.availability) !== 0)
      .filter(({ match }) => placeFits(match, profile))
      .map(({ v, match }) => {
        const explained = matchScore(match, profile, settings.matchWeights);
        const km = travelKm(match, profile);
        return {
          vacancyId: v.id,
          title: v.title,
          organisationName: v.organisationName,
          score: explained.score,
          points: explained.points,
          distanceKm: km === null ? null : Math.round(km * 10) / 10,
          missing: {
            skills: v.skills.filter((s) => !profile.skills.includes(s)),
            slots: maskToSlots(match.slotMask & ~profile.availability),
            goals: v.goals.filter((g) => !profile.goals.includes(g)),
            motivesUnknown: profile.motiveScores === null,
          },
        };
      })
      .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title))
      .slice(0, 10);
    if (volunteerId) {
      await logProcessing(tx, actor, {
        activity: "volunteers.manage",
        action: "read",
        subjectType: "person",
        subjectIds: [profile.personId],
      });
    }
    return ranked;
  });
}
