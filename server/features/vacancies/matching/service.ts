import { matchScore, oneOffMask, placeFits, travelKm } from "../../../../shared/matching.ts";
import type { MotiveScores } from "../../../../shared/motives.ts";
import type { Vacancy } from "../../../../shared/vacancies.ts";
import { maskToSlots, slotsToMask } from "../../../../shared/volunteers.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { AppError, notFound } from "../../../platform/errors.ts";
import type { Mailer } from "../../../platform/mail.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { organisationScope } from "../../../platform/scope.ts";
import {
  findVolunteerContactInScope,
  getSettings,
  isoDay,
  matchProfileOf,
} from "../../volunteers/service.ts";
import * as applicationsQueries from "../applications/queries.ts";
import * as manageQueries from "../manage/queries.ts";
import { getVacancy, present } from "../manage/service.ts";
import * as queries from "./queries.ts";

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
    ...organisationScope(actor),
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
  const created = await applicationsQueries.insertApplication(tx, {
    tenantId: actor.tenantId,
    vacancyId,
    volunteerId,
    status: "invited",
  });
  if (!created)
    throw new AppError(409, "already_applied", `${person.name} heeft al gereageerd of is al uitgenodigd.`);
  await applicationsQueries.insertApplicationChange(tx, {
    tenantId: actor.tenantId,
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
    const { rows } = await manageQueries.listVacancies(
      tx,
      { tenantId: actor.tenantId, organisationId: null },
      { status: "published" },
      { page: 1, pageSize: 1000 },
    );
    const applied = new Set(
      (await applicationsQueries.listApplicationsOfVolunteer(tx, actor.tenantId, profile.id)).map(
        (a) => a.application.vacancyId,
      ),
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
