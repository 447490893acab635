import { and, eq, inArray, lt, lte, or, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { Db } from "../db/client.ts";
import { duePeriod, type Schedule } from "./job-schedule.ts";
import { jobRun } from "./jobs-schema.ts";

export type Job = {
  name: string;
  schedule: Schedule;
  run: (now: Date) => Promise<unknown>;
  /** Tries per period, the first included (default 3). */
  maxAttempts?: number;
};

/** How long a claim holds before another instance may take the run over (its instance died). */
const LEASE_MS = 30 * 60_000;
/** Wait before retry n (1-based): 1, 5, 25 … minutes. */
const retryDelayMs = (attempt: number) => 60_000 * 5 ** (attempt - 1);
/** How often each instance looks for due work. */
const TICK_MS = 60_000;

export type JobOutcome = { job: string; period: string; attempt: number; ok: boolean; result?: unknown };

/**
 * Claims a run of `job` for `period`: a new row, or a failed run whose retry is due, or a running one
 * whose lease ran out. One statement, so of two instances at the same moment exactly one gets it.
 */
async function claim(db: Db, job: Job, period: string, instance: string, now: Date) {
  const max = job.maxAttempts ?? 3;
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  const [row] = await db
    .insert(jobRun)
    .values({ job: job.name, period, status: "running", claimedBy: instance, claimedAt: now, leaseUntil })
    .onConflictDoUpdate({
      target: [jobRun.job, jobRun.period],
      set: {
        status: "running",
        claimedBy: instance,
        claimedAt: now,
        leaseUntil,
        attempts: sql`${jobRun.attempts} + 1`,
      },
      setWhere: and(
        lt(jobRun.attempts, max),
        or(
          and(eq(jobRun.status, "failed"), lte(jobRun.nextAttemptAt, now)),
          and(eq(jobRun.status, "running"), lt(jobRun.leaseUntil, now)),
        ),
      ),
    })
    .returning({ attempts: jobRun.attempts });
  return row?.attempts;
}

/** Runs every job whose period is due at `now` and not yet claimed, plus due retries. Safe on many instances. */
export async function runDueJobs(
  db: Db,
  jobs: Job[],
  { now = new Date(), instance }: { now?: Date; instance: string },
): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (const job of jobs) {
    const retries = await db
      .select({ period: jobRun.period })
      .from(jobRun)
      .where(
        and(
          eq(jobRun.job, job.name),
          inArray(jobRun.status, ["failed", "running"]),
          lt(jobRun.attempts, job.maxAttempts ?? 3),
          or(lte(jobRun.nextAttemptAt, now), lt(jobRun.leaseUntil, now)),
        ),
      );
    const periods = new Set([duePeriod(job.schedule, now), ...retries.map((r) => r.period)]);
    for (const period of periods) {
      const attempt = await claim(db, job, period, instance, now);
      if (attempt === undefined) continue; // done, running elsewhere, or out of tries
      const key = and(eq(jobRun.job, job.name), eq(jobRun.period, period), eq(jobRun.claimedBy, instance));
      try {
        const result = (await job.run(now)) ?? null;
        await db.update(jobRun).set({ status: "done", finishedAt: new Date(), result }).where(key);
        outcomes.push({ job: job.name, period, attempt, ok: true, result });
      } catch (error) {
        await db
          .update(jobRun)
          .set({
            status: "failed",
            finishedAt: new Date(),
            lastError: String((error as Error)?.message ?? error).slice(0, 2000),
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempt)),
          })
          .where(key);
        outcomes.push({ job: job.name, period, attempt, ok: false, result: String(error) });
      }
    }
  }
  return outcomes;
}

/**
 * Looks for due jobs every minute inside the app process and stops when the app closes. Every
 * instance does this; the claim in `job_run` makes each period run once (ADR 0012).
 */
export function startJobs(app: FastifyInstance, db: Db, jobs: Job[], instance = defaultInstanceName()) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      for (const outcome of await runDueJobs(db, jobs, { instance })) {
        if (outcome.ok) app.log.info(outcome, "job done");
        else app.log.error(outcome, "job failed, will retry");
      }
    } catch (error) {
      app.log.warn({ err: error }, "job schedule not checked (database unavailable?)");
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), 10_000);
  const every = setInterval(() => void tick(), TICK_MS);
  first.unref();
  every.unref();
  app.addHook("onClose", async () => {
    clearTimeout(first);
    clearInterval(every);
  });
}

export function defaultInstanceName() {
  return `${process.env.HOSTNAME ?? "inzet"}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`;
}
