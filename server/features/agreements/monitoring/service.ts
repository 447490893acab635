import type { Activity, AgreementContent } from "../../../../shared/agreements/agreement.ts";
import {
  defaultGuardSettings,
  type GuardSettings,
  type GuardSignal,
  lightOf,
  type Measure,
  monthsBetween,
} from "../../../../shared/agreements/monitoring.ts";
import { addDays, amsterdamDay, amsterdamInstant, weekdayOf } from "../../../../shared/dates.ts";
import { hidesSmallCounts, SMALL_COUNT } from "../../../../shared/small-counts.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { notFound } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import * as indicatorValues from "../indicator-values/queries.ts";
import { noticesOf } from "../off-track/queries.ts";
import { seesVolunteerName } from "../policy.ts";
import * as agreementQueries from "../queries.ts";
import { requireTrajectory } from "../service.ts";
import * as queries from "./queries.ts";

export async function getGuardSettings(db: DbOrTx, tenantId: string): Promise<GuardSettings> {
  const row = await queries.guardSettings(db, tenantId);
  return row
    ? { weeklyHours: row.weeklyHours, weeks: row.weeks, driftPercent: row.driftPercent }
    : defaultGuardSettings;
}

export async function saveGuardSettings(db: DbOrTx, actor: Actor, input: GuardSettings) {
  await queries.saveGuardSettings(db, actor.tenantId, input);
  return getGuardSettings(db, actor.tenantId);
}

const presentTask = (r: Awaited<ReturnType<typeof queries.listTasks>>[number]) => ({
  vacancyId: r.vacancyId,
  title: r.title,
  organisationName: r.organisationName,
  districtName: r.districtName,
  professionalOnly: r.marked !== null,
});

export async function listTasks(db: DbOrTx, actor: Actor) {
  return { items: (await queries.listTasks(db, actor.tenantId)).map(presentTask) };
}

export async function markTask(db: Db, actor: Actor, vacancyId: string, professionalOnly: boolean) {
  return db.transaction(async (tx) => {
    const [row] = await queries.listTasks(tx, actor.tenantId, vacancyId);
    if (!row) throw notFound();
    await queries.markTask(tx, actor.tenantId, vacancyId, actor.userId, professionalOnly);
    return presentTask((await queries.listTasks(tx, actor.tenantId, vacancyId))[0]!);
  });
}

const name = (r: { givenName: string; familyName: string }) => `${r.givenName} ${r.familyName}`.trim();
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The guard's signals for a wijk: volunteer hours on professional-only tasks (last 8 weeks) and
 * volunteers over the weekly hours for the set number of weeks in a row. Names only for their own
 * coordinator (and those reads are logged).
 */
async function wijkSignals(
  tx: DbOrTx,
  actor: Actor,
  districtId: string,
  settings: GuardSettings,
  today: string,
) {
  const signals: (GuardSignal & { volunteerId?: string })[] = [];
  const thisMonday = addDays(today, -weekdayOf(today));
  for (const r of await queries.hoursOnProfessionalTasks(
    tx,
    actor.tenantId,
    districtId,
    addDays(thisMonday, -56),
  )) {
    const shown = seesVolunteerName(actor, r.organisationId);
    signals.push({
      kind: "professionalTask",
      subject: r.vacancyTitle,
      volunteerName: shown ? name(r) : null,
      volunteerId: shown ? r.volunteerId : undefined,
      hours: round(r.hours),
      detail: "Vrijwilligersuren op een taak die alleen voor professionals is.",
    });
  }
  // Complete weeks only: the N weeks before this one.
  const since = addDays(thisMonday, -7 * settings.weeks);
  const weeks = await queries.weeklyHoursOfWijkVolunteers(tx, actor.tenantId, districtId, since);
  const byVolunteer = new Map<string, typeof weeks>();
  for (const w of weeks.filter((w) => w.week < thisMonday))
    byVolunteer.set(w.volunteerId, [...(byVolunteer.get(w.volunteerId) ?? []), w]);
  for (const [volunteerId, rows] of byVolunteer) {
    if (rows.length < settings.weeks || !rows.every((w) => w.hours > settings.weeklyHours)) continue;
    const shown = rows.some((w) => (w.organisationIds ?? []).some((o) => seesVolunteerName(actor, o)));
    signals.push({
      kind: "overHours",
      subject: `${settings.weeks} weken op rij meer dan ${settings.weeklyHours} uur per week`,
      volunteerName: shown ? name(rows[0]!) : null,
      volunteerId: shown ? volunteerId : undefined,
      hours: round(rows.reduce((sum, w) => sum + w.hours, 0) / rows.length),
      detail: "Gemiddeld aantal uren per week.",
    });
  }
  return signals;
}

/**
 * The guard reads the wijk's volunteer hours (logged against the trajectory), and names only for the
 * volunteers' own coordinator (logged per volunteer).
 */
async function logNames(tx: DbOrTx, actor: Actor, trajectoryId: string, signals: { volunteerId?: string }[]) {
  await logProcessing(tx, actor, {
    activity: "agreements.guard",
    action: "read",
    subjectType: "trajectory",
    subjectIds: [trajectoryId],
  });
  await logProcessing(tx, actor, {
    activity: "agreements.guard",
    action: "read",
    subjectType: "volunteer",
    subjectIds: signals.flatMap((s) => (s.volunteerId ? [s.volunteerId] : [])),
  });
}
const strip = (signals: (GuardSignal & { volunteerId?: string })[]) =>
  signals.map(({ volunteerId: _, ...s }) => s);

export async function trajectoryGuard(db: Db, actor: Actor, trajectoryId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const trajectory = await requireTrajectory(tx, actor, trajectoryId);
    const settings = await getGuardSettings(tx, actor.tenantId);
    const signals = await wijkSignals(
      tx,
      actor,
      trajectory.trajectory.districtId,
      settings,
      amsterdamDay(now),
    );
    await logNames(tx, actor, trajectoryId, signals);
    return { items: strip(signals), settings };
  });
}

type Series = { month: string; value: number; people: number | null }[];

/** A month's value as shown: hidden for the aggregate-only roles when it describes 1–4 people. */
const measure = (actor: Actor, value: number, people: number | null): Measure =>
  hidesSmallCounts(actor.role) && value > 0 && (people ?? value) < SMALL_COUNT
    ? { hidden: "small" }
    : { shown: value };

async function seriesOf(
  tx: DbOrTx,
  actor: Actor,
  districtId: string,
  source: string,
  activity: Activity,
  period: { from: string; to: string },
  manual?: { agreementId: string; indicatorKey: string },
): Promise<Series | null> {
  if (source === "manual" && manual)
    // A number measured outside Inzet is not a count of people here: the small-count rule does not apply.
    return (
      await indicatorValues.indicatorValuesByMonth(
        tx,
        actor.tenantId,
        { agreementId: manual.agreementId, activityKey: activity.key, indicatorKey: manual.indicatorKey },
        period.from.slice(0, 7),
        period.to.slice(0, 7),
      )
    ).map((r) => ({ month: r.month, value: round(r.value), people: Number.POSITIVE_INFINITY }));
  if (source === "volunteerHours")
    return (
      await queries.volunteerHoursByMonth(
        tx,
        actor.tenantId,
        { districtId, vacancyIds: activity.vacancyIds },
        period.from,
        period.to,
      )
    ).map((r) => ({ month: r.month, value: round(r.hours), people: r.volunteers }));
  if (source === "outreachVisits" || source === "outreachConversations")
    return (
      await queries.visitsByMonth(
        tx,
        actor.tenantId,
        districtId,
        amsterdamInstant(period.from),
        amsterdamInstant(addDays(period.to, 1)),
        source === "outreachConversations",
      )
    ).map((r) => ({ month: r.month, value: r.visits, people: null }));
  return null;
}

function indicatorResult(
  actor: Actor,
  months: string[],
  indicator: AgreementContent["activities"][number]["indicators"][number],
  series: Series | null,
) {
  const targetSoFar = indicator.target * months.length;
  if (!series)
    return {
      ...indicator,
      targetPerMonth: indicator.target,
      months: [],
      total: { shown: 0 },
      targetSoFar,
      light: "unknown" as const,
    };
  const perMonth = months.map((m) => {
    const row = series.find((s) => s.month === m);
    return { month: m, actual: measure(actor, row?.value ?? 0, row?.people ?? null) };
  });
  // A total next to a hidden month would give the hidden month away: hide it too.
  const total: Measure = perMonth.some((m) => "hidden" in m.actual)
    ? { hidden: "small" }
    : { shown: round(series.filter((s) => months.includes(s.month)).reduce((sum, s) => sum + s.value, 0)) };
  return {
    key: indicator.key,
    name: indicator.name,
    source: indicator.source,
    targetPerMonth: indicator.target,
    months: perMonth,
    total,
    targetSoFar,
    light: lightOf(total, targetSoFar),
  };
}

/** Per activity of a version: each indicator's actual against target over the months, and mix drift. */
export async function activityResults(
  tx: DbOrTx,
  actor: Actor,
  districtId: string,
  id: string,
  content: AgreementContent,
  { from, to }: { from: string; to: string },
  settings: GuardSettings,
) {
  const months = to < from ? [] : monthsBetween(from, to);
  const drift: GuardSignal[] = [];
  const activities = [];
  for (const a of content.activities) {
    const indicators = [];
    for (const indicator of a.indicators)
      indicators.push(
        indicatorResult(
          actor,
          months,
          indicator,
          await seriesOf(
            tx,
            actor,
            districtId,
            indicator.source,
            a,
            { from, to },
            {
              agreementId: id,
              indicatorKey: indicator.key,
            },
          ),
        ),
      );
    const hours = await seriesOf(tx, actor, districtId, "volunteerHours", a, { from, to });
    const limit = a.volunteerHoursPerMonth * (1 + settings.driftPercent / 100);
    for (const h of hours ?? [])
      if (a.professionalHoursPerMonth > 0 && h.value > limit)
        drift.push({
          kind: "mixDrift",
          subject: a.title,
          volunteerName: null,
          hours: h.value,
          detail: `${h.month}: meer vrijwilligersuren dan afgesproken (${a.volunteerHoursPerMonth} per maand).`,
        });
    activities.push({
      key: a.key,
      title: a.title,
      ownerPartyName: content.parties.find((p) => p.key === a.ownerPartyKey)?.name ?? "",
      agreedVolunteerHoursPerMonth: a.volunteerHoursPerMonth,
      agreedProfessionalHoursPerMonth: a.professionalHoursPerMonth,
      indicators,
      offTrack: indicators.some((i) => i.light === "red"),
    });
  }
  return { activities, drift };
}

/** Actual against target per indicator of the version in force, from Inzet's own data for the wijk. */
export async function monitorAgreement(
  db: Db,
  actor: Actor,
  id: string,
  query: { from?: string; to?: string },
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const found = await agreementQueries.findAgreement(tx, actor.tenantId, id);
    if (!found) throw notFound();
    const trajectory = await requireTrajectory(tx, actor, found.trajectoryId);
    const districtId = trajectory.trajectory.districtId;
    const versions = await agreementQueries.versionsOf(tx, actor.tenantId, [id]);
    const version = versions.find((v) => v.status === "active") ?? versions.at(-1)!;
    const content = version.content;
    const today = amsterdamDay(now);
    const from = query.from ?? content.validFrom;
    // biome-ignore lint/complexity/useMathMinMax: these are yyyy-mm-dd strings, not numbers
    const to = query.to ?? (content.validUntil < today ? content.validUntil : today);
    const settings = await getGuardSettings(tx, actor.tenantId);
    const { activities, drift } = await activityResults(
      tx,
      actor,
      districtId,
      id,
      content,
      { from, to },
      settings,
    );
    const notices = await noticesOf(tx, actor.tenantId, id);
    const signals = await wijkSignals(tx, actor, districtId, settings, today);
    await logNames(tx, actor, found.trajectoryId, signals);
    return {
      agreementId: id,
      versionNumber: version.number,
      title: content.title,
      from,
      to,
      activities: activities.map((a) => ({
        ...a,
        signalled: notices
          .filter((n) => n.activityKey === a.key)
          .map((n) => ({ month: n.month, sentAt: n.sentAt.toISOString(), recipients: n.recipients })),
      })),
      signals: [...strip(signals), ...drift],
    };
  });
}
