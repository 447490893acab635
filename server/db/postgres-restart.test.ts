import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.ts";
import { createTenant, createUser, signIn, testConfig } from "../test/harness.ts";
import { type PgCluster, requirePgCluster, startPgCluster } from "../test/pg-cluster.ts";
import { type Database, openPostgres } from "./client.ts";

// Runs its own PostgreSQL cluster (not the shared test database) because it restarts it.
describe.runIf(requirePgCluster())("PostgreSQL restart while Inzet runs", () => {
  let cluster: PgCluster;
  let database: Database;
  const poolErrors: Error[] = [];

  beforeAll(async () => {
    cluster = await startPgCluster();
    cluster.createDatabase("inzet");
    database = await openPostgres(cluster.url("inzet"), 4, (error) => poolErrors.push(error));
    await database.migrate();
  }, 180_000); // a cluster and migrations: slow on a busy machine
  afterAll(async () => {
    await database?.close().catch(() => {});
    cluster?.stop();
  });

  it("answers 503 with Retry-After and a Dutch message during the outage, and 200 again after", async () => {
    const { app } = await buildApp({ database, config: testConfig(), logger: false });
    await app.ready();
    try {
      // The rows go into this cluster, not the shared test database.
      const tenant = await createTenant(undefined, database);
      const user = await createUser(tenant.id, "coordinator", { database });
      const cookie = await signIn(app, user.email);
      const me = () => app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
      expect((await me()).statusCode).toBe(200);

      // Requests in flight while the server goes down, with idle pooled connections that it drops.
      const during = Array.from({ length: 8 }, () => me());
      await cluster.halt();
      const signInDuringOutage = await app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        payload: { email: user.email, password: user.password },
      });
      const outage = [...(await Promise.all(during)), await me(), signInDuringOutage];
      const failed = outage.filter((response) => response.statusCode !== 200);
      expect(failed.length).toBeGreaterThan(0);
      expect(signInDuringOutage.statusCode).toBe(503);
      for (const response of failed) {
        expect(response.statusCode).toBe(503);
        expect(response.headers["retry-after"]).toMatch(/^\d+$/);
        expect(response.json().error).toMatchObject({
          code: "database_unavailable",
          message: expect.stringContaining("database even niet bereiken"),
        });
      }

      await cluster.start();
      // Same app, same pool: no restart of Inzet.
      expect((await me()).statusCode).toBe(200);
      expect((await app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it("survives pg_ctl restart mid-load with dropped idle connections (no crash)", async () => {
    const { app } = await buildApp({ database, config: testConfig(), logger: false });
    await app.ready();
    try {
      const health = () => app.inject({ method: "GET", url: "/api/health" });
      await Promise.all([health(), health(), health(), health()]); // fill the pool
      // Requests keep coming while the server restarts (the restart runs beside them, not blocking).
      const answers: { statusCode: number; headers: Record<string, unknown> }[] = [];
      let restarting = true;
      const load = (async () => {
        while (restarting) answers.push(await health());
      })();
      await cluster.restart();
      restarting = false;
      await load;
      expect(answers.length).toBeGreaterThan(0);
      for (const response of answers) {
        expect([200, 503]).toContain(response.statusCode);
        if (response.statusCode === 503) expect(response.headers["retry-after"]).toMatch(/^\d+$/);
      }
      expect((await health()).statusCode).toBe(200);
      // Whether idle connections were still open at the moment of the restart (and so reported on the
      // pool's error handler) depends on timing; that they did not end the process is what counts here.
    } finally {
      await app.close();
    }
  });
});
