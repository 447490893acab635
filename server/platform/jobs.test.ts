import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../test/harness.ts";
import { duePeriod } from "./job-schedule.ts";
import { type Job, runDueJobs } from "./jobs.ts";
import { jobRun } from "./jobs-schema.ts";

const utc = (y: number, mo: number, d: number, h: number, mi = 0) => new Date(Date.UTC(y, mo - 1, d, h, mi));
const minutes = (date: Date, n: number) => new Date(date.getTime() + n * 60_000);

describe("job schedule in Europe/Amsterdam", () => {
  it("runs a daily job from 07:00 local time, in winter and in summer time", () => {
    const daily = { kind: "daily", at: "07:00" } as const;
    // Winter: 07:00 Amsterdam is 06:00 UTC.
    expect(duePeriod(daily, utc(2026, 1, 15, 5, 59))).toBe("2026-01-14");
    expect(duePeriod(daily, utc(2026, 1, 15, 6, 0))).toBe("2026-01-15");
    // Summer: 07:00 Amsterdam is 05:00 UTC.
    expect(duePeriod(daily, utc(2026, 7, 15, 4, 59))).toBe("2026-07-14");
    expect(duePeriod(daily, utc(2026, 7, 15, 5, 0))).toBe("2026-07-15");
    // 23:30 UTC on 15 July is 01:30 on 16 July in Amsterdam: before 07:00, so still the 15th's run.
    expect(duePeriod(daily, utc(2026, 7, 15, 23, 30))).toBe("2026-07-15");
    expect(duePeriod({ kind: "daily", at: "01:00" }, utc(2026, 7, 15, 23, 30))).toBe("2026-07-16");
  });

  it("cuts hours into local slots, and the doubled hour in October is one period", () => {
    expect(duePeriod({ kind: "hourly", minute: 5 }, utc(2026, 1, 15, 9, 4))).toBe("2026-01-15T09");
    expect(duePeriod({ kind: "hourly", minute: 5 }, utc(2026, 1, 15, 9, 5))).toBe("2026-01-15T10");
    expect(duePeriod({ kind: "every-hours", hours: 6 }, utc(2026, 1, 15, 4, 59))).toBe("2026-01-15T00");
    expect(duePeriod({ kind: "every-hours", hours: 6 }, utc(2026, 1, 15, 5, 0))).toBe("2026-01-15T06");
    expect(duePeriod({ kind: "every-hours", hours: 6 }, utc(2026, 1, 14, 22, 0))).toBe("2026-01-14T18");
    // 25 October 2026: 02:00–03:00 local happens twice (00:xx and 01:xx UTC).
    const hourly = { kind: "hourly" } as const;
    expect(duePeriod(hourly, utc(2026, 10, 25, 0, 30))).toBe(duePeriod(hourly, utc(2026, 10, 25, 1, 30)));
  });
});

describe("running due jobs", () => {
  beforeAll(() => testDatabase()); // migrating takes a while: in the hook, not in the first test
  const job = (name: string, run: Job["run"]): Job => ({
    name,
    schedule: { kind: "daily", at: "07:00" },
    run,
  });

  it("runs a period once when two instances look at the same moment, and again next period", async () => {
    const { db } = await testDatabase();
    const name = `test.once.${crypto.randomUUID()}`;
    let runs = 0;
    const jobs = [job(name, async () => ++runs)];
    const now = utc(2026, 3, 2, 7, 0);
    const [a, b] = await Promise.all([
      runDueJobs(db, jobs, { now, instance: "a" }),
      runDueJobs(db, jobs, { now, instance: "b" }),
    ]);
    expect(runs).toBe(1);
    expect([...a, ...b]).toHaveLength(1);
    expect(await runDueJobs(db, jobs, { now: minutes(now, 60), instance: "a" })).toHaveLength(0);
    await runDueJobs(db, jobs, { now: minutes(now, 24 * 60), instance: "b" });
    expect(runs).toBe(2);
    const rows = await db.select().from(jobRun).where(eq(jobRun.job, name));
    expect(rows.map((r) => [r.period, r.status]).sort()).toEqual([
      ["2026-03-02", "done"],
      ["2026-03-03", "done"],
    ]);
  });

  it("retries a failed run after a wait, at most three times", async () => {
    const { db } = await testDatabase();
    const name = `test.retry.${crypto.randomUUID()}`;
    let runs = 0;
    const jobs = [
      job(name, async () => {
        runs++;
        throw new Error("SMTP weg");
      }),
    ];
    const now = utc(2026, 3, 2, 7, 0);
    expect(await runDueJobs(db, jobs, { now, instance: "a" })).toMatchObject([{ ok: false, attempt: 1 }]);
    expect(await runDueJobs(db, jobs, { now: minutes(now, 0.5), instance: "b" })).toHaveLength(0); // not yet
    expect(await runDueJobs(db, jobs, { now: minutes(now, 1), instance: "b" })).toMatchObject([
      { attempt: 2 },
    ]);
    expect(await runDueJobs(db, jobs, { now: minutes(now, 7), instance: "a" })).toMatchObject([
      { attempt: 3 },
    ]);
    expect(await runDueJobs(db, jobs, { now: minutes(now, 600), instance: "a" })).toHaveLength(0);
    expect(runs).toBe(3);
    const [row] = await db.select().from(jobRun).where(eq(jobRun.job, name));
    expect(row).toMatchObject({ status: "failed", attempts: 3, lastError: "SMTP weg" });
  });

  it("retries a failed period even after the next period has begun", async () => {
    const { db } = await testDatabase();
    const name = `test.late.${crypto.randomUUID()}`;
    let fail = true;
    const periods: string[] = [];
    const jobs = [
      job(name, async (at) => {
        periods.push(duePeriod({ kind: "daily", at: "07:00" }, at));
        if (fail) throw new Error("kapot");
      }),
    ];
    const now = utc(2026, 3, 2, 7, 0);
    await runDueJobs(db, jobs, { now, instance: "a" });
    fail = false;
    const next = await runDueJobs(db, jobs, { now: minutes(now, 24 * 60), instance: "a" });
    expect(next.map((o) => [o.period, o.ok]).sort()).toEqual([
      ["2026-03-02", true],
      ["2026-03-03", true],
    ]);
  });

  it("takes over a run whose instance died (lease ran out)", async () => {
    const { db } = await testDatabase();
    const name = `test.lease.${crypto.randomUUID()}`;
    const now = utc(2026, 3, 2, 7, 0);
    await db.insert(jobRun).values({
      job: name,
      period: "2026-03-02",
      status: "running",
      claimedBy: "dead",
      claimedAt: now,
      leaseUntil: minutes(now, 30),
    });
    let runs = 0;
    const jobs = [job(name, async () => ++runs)];
    expect(await runDueJobs(db, jobs, { now: minutes(now, 10), instance: "b" })).toHaveLength(0);
    expect(await runDueJobs(db, jobs, { now: minutes(now, 31), instance: "b" })).toMatchObject([
      { ok: true },
    ]);
    expect(runs).toBe(1);
  });
});
