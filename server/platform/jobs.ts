import type { FastifyInstance } from "fastify";

export type Job = { name: string; everyMs: number; firstAfterMs?: number; run: () => Promise<unknown> };

/**
 * Runs periodic jobs inside the app process and stops them when the app closes. Each job must be
 * idempotent (safe to run twice, or from two instances at once) — see ADR 0007 for why this is not
 * pg-boss yet.
 */
export function startJobs(app: FastifyInstance, jobs: Job[]) {
  const timers: NodeJS.Timeout[] = [];
  for (const job of jobs) {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        const result = await job.run();
        app.log.info({ job: job.name, result }, "job done");
      } catch (error) {
        app.log.error({ job: job.name, err: error }, "job failed");
      } finally {
        running = false;
      }
    };
    const first = setTimeout(() => void tick(), job.firstAfterMs ?? 60_000);
    const every = setInterval(() => void tick(), job.everyMs);
    first.unref();
    every.unref();
    timers.push(first, every);
  }
  app.addHook("onClose", async () => {
    for (const timer of timers) clearTimeout(timer);
  });
}
