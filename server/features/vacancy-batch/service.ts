import { assignOptimal } from "../../../shared/assignment.ts";
import type { FieldError } from "../../../shared/errors.ts";
import {
  FAR_KM,
  type MatchVacancy,
  type MatchVolunteer,
  type MatchWeights,
  matchScore,
  NEAR_KM,
  oneOffMask,
  popcount,
} from "../../../shared/matching.ts";
import type { MotiveScores } from "../../../shared/motives.ts";
import { MAX_BATCH_VACANCIES } from "../../../shared/vacancy-batch.ts";
import { maskToSlots, slotsToMask } from "../../../shared/volunteers.ts";
import type { Db, DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { validationFailed } from "../../platform/errors.ts";
import { logProcessing } from "../../platform/processing-log.ts";
import { organisationScope } from "../../platform/scope.ts";
import { getSettings } from "../volunteers/service.ts";
import * as queries from "./queries.ts";

const CANDIDATES_PER_VACANCY = 50;

type OpenVacancy = { id: string; title: string; openPlaces: number; match: MatchVacancy } & Pick<
  queries.BatchVacancyRow,
  "requiredTrainings" | "vogProfiles"
>;

function openVacancyOf(row: queries.BatchVacancyRow): OpenVacancy {
  const remote = row.locationType === "remote";
  const slotMask =
    row.scheduleType === "recurring"
      ? slotsToMask(maskToSlots(row.slots))
      : row.scheduleType === "oneOff" && row.date
        ? oneOffMask(row.date, row.startTime)
        : 0;
  return {
    id: row.id,
    title: row.title,
    openPlaces: row.places - Number(row.placed),
    requiredTrainings: row.requiredTrainings,
    vogProfiles: row.vogProfiles,
    match: {
      skills: row.skills,
      motives: row.motives as MatchVacancy["motives"],
      goals: row.goals,
      slotMask,
      districtId: remote ? null : row.districtId,
      point: remote || row.lat === null || row.lon === null ? null : { lat: row.lat, lon: row.lon },
    },
  };
}

/**
 * The open vacancies of the batch: the given ids (each must be a published vacancy in scope with an open
 * place, else a field error names it) or all open ones, at most MAX_BATCH_VACANCIES.
 */
async function openVacancies(tx: DbOrTx, actor: Actor, ids: string[] | undefined) {
  const wanted = ids ? [...new Set(ids)] : null;
  const rows = await queries.listBatchVacancies(
    tx,
    organisationScope(actor),
    wanted,
    wanted ? wanted.length : MAX_BATCH_VACANCIES + 1,
  );
  const open = rows.map(openVacancyOf).filter((v) => v.openPlaces > 0);
  if (wanted) {
    const found = new Set(open.map((v) => v.id));
    const fields: FieldError[] = (ids ?? []).flatMap((id, i) =>
      found.has(id)
        ? []
        : [
            {
              path: `vacancyIds.${i}`,
              code: "not_open",
              message: `Vacature ${id} bestaat niet, is niet gepubliceerd, heeft geen open plek of valt buiten uw organisatie.`,
            },
          ],
    );
    if (fields.length > 0) throw validationFailed(fields);
  } else if (rows.length > MAX_BATCH_VACANCIES && open.length > MAX_BATCH_VACANCIES) {
    throw validationFailed(
      [
        {
          path: "vacancyIds",
          code: "too_many",
          message: "Er zijn meer dan 1.000 open vacatures. Kies er maximaal 1.000.",
        },
      ],
      "Te veel vacatures voor één voorstel.",
    );
  }
  return open;
}

type Candidate = { volunteerId: string; personId: string; name: string; score: number };

/**
 * The best `limit` candidates of each vacancy, from one read of everyone who can be a candidate.
 * The same list as the single-vacancy ranking (findCandidates in the vacancies feature): the same hard
 * constraints, and the score computed with the same operations as its SQL (PostgreSQL evaluates the
 * constant parts, such as `w * 0.8`, exactly as numeric), so that ties order by id alike.
 */
export async function rankForVacancies(
  tx: DbOrTx,
  actor: Actor,
  vacancies: OpenVacancy[],
  weights: MatchWeights,
  limit: number,
) {
  const pool = await queries.listCandidatePool(tx, organisationScope(actor), {
    trainings: vacancies.some((v) => v.requiredTrainings.length > 0),
    vogs: vacancies.some((v) => v.vogProfiles.length > 0),
  });
  const reacted = new Map<string, Set<string>>();
  for (const row of await queries.listReacted(
    tx,
    vacancies.map((v) => v.id),
  )) {
    if (!reacted.has(row.vacancy_id)) reacted.set(row.vacancy_id, new Set());
    reacted.get(row.vacancy_id)!.add(row.volunteer_id);
  }
  const people = pool.map(volunteerOf).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ranked = new Map<string, Candidate[]>();
  for (const v of vacancies) {
    const score = scorerFor(v.match, weights);
    const reactedHere = reacted.get(v.id);
    const distinctTrainings = new Set(v.requiredTrainings).size === v.requiredTrainings.length;
    // People are in id order, so among equal scores the first kept has the smallest id.
    const top: { score: number; person: (typeof people)[number] }[] = [];
    for (const person of people) {
      const m = person.match;
      if (v.match.slotMask !== 0 && (m.availability & v.match.slotMask) === 0) continue;
      const d = v.match.districtId;
      if (
        d !== null &&
        m.districtId !== d &&
        !m.preferredDistrictIds.includes(d) &&
        m.preferredDistrictIds.length !== 0
      )
        continue;
      const km = v.match.point && m.point ? score.km(m.point) : null;
      if (km !== null && m.maxTravelKm !== null && !(km <= m.maxTravelKm)) continue;
      if (reactedHere?.has(person.id)) continue;
      if (
        v.requiredTrainings.length > 0 &&
        !(distinctTrainings && v.requiredTrainings.every((t) => person.trainings.has(t)))
      )
        continue;
      if (
        v.vogProfiles.length > 0 &&
        !person.vogs.some((codes) => v.vogProfiles.every((c) => codes.includes(c)))
      )
        continue;
      const s = score.of(person, km);
      if (top.length === limit && s <= top[top.length - 1]!.score) continue;
      let at = top.length;
      while (at > 0 && top[at - 1]!.score < s) at--;
      top.splice(at, 0, { score: s, person });
      if (top.length > limit) top.pop();
    }
    ranked.set(
      v.id,
      top.map(({ person }) => ({
        volunteerId: person.id,
        personId: person.personId,
        name: person.name,
        score: matchScore(v.match, person.match, weights).score,
      })),
    );
  }
  return ranked;
}

function volunteerOf(row: queries.PoolRow) {
  const motiveScores = (
    typeof row.motive_scores === "string" ? JSON.parse(row.motive_scores) : row.motive_scores
  ) as MotiveScores | null;
  const vogs = (typeof row.vogs === "string" ? JSON.parse(row.vogs) : row.vogs) as string[][] | null;
  const match: MatchVolunteer = {
    skills: row.skills,
    goals: row.goals,
    availability: row.availability,
    districtId: row.district_id,
    preferredDistrictIds: row.preferred_district_ids,
    motiveScores,
    point: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
    maxTravelKm: row.max_travel_km,
  };
  return {
    id: row.id,
    personId: row.person_id,
    name: `${row.given_name} ${row.family_name}`.trim(),
    match,
    trainings: new Set(row.trainings ?? []),
    vogs: vogs ?? [],
  };
}

/**
 * The ranking score of findCandidates, operation for operation. A part whose SQL is a constant
 * (`1.0`, or the district's `1.0/0.8/0.4`) is a numeric there: exact, and only rounded to float8 when
 * it meets a float8 part. Those parts are kept here as exact fifths of a weight point.
 */
function scorerFor(v: MatchVacancy, w: MatchWeights) {
  const total = w.skills + w.motives + w.availability + w.location + w.goals || 1;
  const slots = popcount(v.slotMask);
  const cos = v.point ? Math.cos((v.point.lat * Math.PI) / 180) : 0;
  const km = (p: { lat: number; lon: number }) => {
    const dLat = (p.lat - v.point!.lat) * 111.195;
    const dLon = (p.lon - v.point!.lon) * 111.195 * cos;
    return Math.sqrt(dLat * dLat + dLon * dLon);
  };
  const share = (wanted: string[], have: string[]) => {
    let n = 0;
    for (const x of wanted) if (have.includes(x)) n++;
    return n / wanted.length;
  };
  const byDistrictFifths = (m: MatchVolunteer) =>
    v.districtId === null || m.districtId === v.districtId
      ? 5
      : m.preferredDistrictIds.includes(v.districtId)
        ? 4
        : 2;
  // The sum so far: exact (a numeric, in fifths) until the first float8 part, then a float8.
  const acc = { exact: true, fifths: 0, sum: 0 };
  const numeric = (fifths: number) => {
    if (acc.exact) acc.fifths += fifths;
    else acc.sum += fifths / 5;
  };
  const float = (x: number) => {
    acc.sum = acc.exact ? acc.fifths / 5 + x : acc.sum + x;
    acc.exact = false;
  };
  const of = (person: { match: MatchVolunteer }, distance: number | null) => {
    const m = person.match;
    acc.exact = true;
    acc.fifths = 0;
    acc.sum = 0;
    if (v.skills.length === 0) numeric(5 * w.skills);
    else float(w.skills * share(v.skills, m.skills));
    if (v.motives.length === 0) numeric(5 * w.motives);
    else float(w.motives * motivesOf(v, m));
    if (v.slotMask === 0) numeric(5 * w.availability);
    else float(w.availability * (popcount(m.availability & v.slotMask) / slots));
    if (!v.point) numeric(w.location * byDistrictFifths(m));
    else
      float(
        w.location *
          (distance === null
            ? byDistrictFifths(m) / 5
            : Math.max(0.4, Math.min(1, 1 - (0.6 * (distance - NEAR_KM)) / (FAR_KM - NEAR_KM)))),
      );
    if (v.goals.length === 0) numeric(5 * w.goals);
    else float(w.goals * share(v.goals, m.goals));
    return acc.exact ? acc.fifths / (5 * total) : acc.sum / total;
  };
  return { of, km };
}

function motivesOf(v: MatchVacancy, m: MatchVolunteer) {
  if (m.motiveScores === null) return 0.5;
  let sum = 0;
  for (const fn of v.motives) {
    const value = (m.motiveScores as Record<string, number | undefined>)[fn];
    if (value === undefined || value === null) return 0.5;
    sum += Number(value);
  }
  return (sum - v.motives.length) / (6 * v.motives.length);
}

/**
 * Proposes the assignment of candidates to the open places of the coordinator's published vacancies
 * that maximises the total match score (exact, min-cost flow), at most `maxPerVolunteer` each.
 * Reads the settings, the vacancies and everyone who can be a candidate once, whatever the number of
 * vacancies (see docs/adr/0016-batch-proposal.md).
 */
export async function batchProposal(
  db: Db,
  actor: Actor,
  input: { vacancyIds?: string[]; maxPerVolunteer: number },
) {
  return db.transaction(async (tx) => {
    const settings = await getSettings(tx, actor.tenantId);
    const open = await openVacancies(tx, actor, input.vacancyIds);
    const ranked = await rankForVacancies(tx, actor, open, settings.matchWeights, CANDIDATES_PER_VACANCY);
    const edges: { volunteerId: string; vacancyId: string; score: number }[] = [];
    const names = new Map<string, { name: string; personId: string }>();
    for (const v of open) {
      for (const c of ranked.get(v.id) ?? []) {
        edges.push({ volunteerId: c.volunteerId, vacancyId: v.id, score: c.score });
        names.set(c.volunteerId, { name: c.name, personId: c.personId });
      }
    }
    const result = assignOptimal({
      volunteers: [...names.keys()].map((id) => ({ id, capacity: input.maxPerVolunteer })),
      vacancies: open.map((v) => ({ id: v.id, capacity: v.openPlaces })),
      edges,
    });
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "read",
      subjectType: "person",
      subjectIds: result.pairs.map((p) => names.get(p.volunteerId)!.personId),
    });
    const titles = new Map(open.map((v) => [v.id, v.title]));
    return {
      total: result.total,
      vacancies: open.length,
      candidates: names.size,
      pairs: result.pairs.map((p) => ({
        ...p,
        volunteerName: names.get(p.volunteerId)!.name,
        vacancyTitle: titles.get(p.vacancyId)!,
      })),
    };
  });
}

/** For tests: the open vacancies of a batch and each one's best candidates, as the proposal sees them. */
export async function batchCandidates(db: Db, actor: Actor, vacancyIds: string[] | undefined, limit: number) {
  return db.transaction(async (tx) => {
    const settings = await getSettings(tx, actor.tenantId);
    const open = await openVacancies(tx, actor, vacancyIds);
    return rankForVacancies(tx, actor, open, settings.matchWeights, limit);
  });
}
