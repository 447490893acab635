import { once } from "node:events";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";
import { type Database, openPostgres } from "./db/client.ts";
import { jobRun, mailMessage } from "./db/schema.ts";
import { appJobs } from "./jobs.ts";
import { runDueJobs } from "./platform/jobs.ts";
import {
  cookieHeader,
  createTenant,
  createUser,
  TEST_ORIGIN,
  TEST_PASSWORD,
  testConfig,
} from "./test/harness.ts";
import { type PgCluster, requirePgCluster, startPgCluster } from "./test/pg-cluster.ts";

type Instance = Awaited<ReturnType<typeof buildApp>> & { database: Database; port: number };

/** A tiny round-robin proxy: request n goes to backend n mod 2, and says which one in x-backend. */
function roundRobinProxy(ports: number[]): Server {
  let next = 0;
  return createServer((req, res) => {
    const backend = next++ % ports.length;
    const upstream = httpRequest(
      { host: "127.0.0.1", port: ports[backend], method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-backend": String(backend) });
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
}

// Two Inzet processes' worth of app (own pool, own mailer, own job runner) on one PostgreSQL cluster.
describe.runIf(requirePgCluster())("two Inzet instances on one PostgreSQL behind a round-robin proxy", () => {
  let cluster: PgCluster;
  const instances: Instance[] = [];
  let proxy: Server;
  let base: string;

  beforeAll(async () => {
    cluster = await startPgCluster();
    cluster.createDatabase("inzet");
    for (let i = 0; i < 2; i++) {
      const database = await openPostgres(cluster.url("inzet"), 4);
      await database.migrate(); // both migrate at start; the advisory lock makes the second wait
      const built = await buildApp({ database, config: testConfig(), logger: false });
      await built.app.listen({ port: 0, host: "127.0.0.1" });
      instances.push({ ...built, database, port: (built.app.server.address() as AddressInfo).port });
    }
    proxy = roundRobinProxy(instances.map((i) => i.port));
    proxy.listen(0, "127.0.0.1");
    await once(proxy, "listening");
    base = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  }, 180_000); // a cluster and migrations: slow on a busy machine
  afterAll(async () => {
    proxy?.close();
    for (const instance of instances) {
      await instance.app.close();
      await instance.database.close();
    }
    cluster?.stop();
  });

  const send = (path: string, init: { method?: string; cookie?: string; body?: unknown } = {}) =>
    fetch(`${base}${path}`, {
      method: init.method ?? "GET",
      headers: {
        origin: TEST_ORIGIN,
        ...(init.cookie && { cookie: init.cookie }),
        ...(init.body !== undefined && { "content-type": "application/json" }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });

  it("keeps a session made on one instance on the other, and runs each job once per period", async () => {
    const database = instances[0]!.database;
    const tenant = await createTenant(undefined, database);
    const admin = await createUser(tenant.id, "admin", { database });

    const signIn = await send("/api/auth/sign-in/email", {
      method: "POST",
      body: { email: admin.email, password: TEST_PASSWORD },
    });
    expect(signIn.status).toBe(200);
    const cookie = cookieHeader(signIn.headers.getSetCookie());
    const signedInOn = signIn.headers.get("x-backend");

    const served: string[] = [];
    for (let i = 0; i < 4; i++) {
      const me = await send("/api/me", { cookie });
      expect(me.status).toBe(200);
      served.push(me.headers.get("x-backend")!);
    }
    // The requests alternate, so the session was used on the instance that did not create it.
    expect(new Set(served)).toEqual(new Set(["0", "1"]));
    expect(served).toContain(signedInOn === "0" ? "1" : "0");

    // A volunteer whose VOG renewal is due soon: one reminder is due.
    const email = `vog-${crypto.randomUUID()}@test.inzet.nl`;
    const created = await send("/api/volunteers", {
      method: "POST",
      cookie,
      body: { givenName: "Vera", familyName: "Vog", email, consent: true, channel: "persoonlijk" },
    });
    expect(created.status).toBe(201);
    const volunteer = (await created.json()) as { id: string };
    const issued = new Date(Date.now() - (3 * 365 - 20) * 86_400_000).toISOString().slice(0, 10);
    const vog = await send(`/api/volunteers/${volunteer.id}/vogs`, {
      method: "POST",
      cookie,
      body: { issuedOn: issued, receivedOn: issued },
    });
    expect(vog.status).toBeLessThan(300);

    // Both instances check the schedule for the same moment (as their minute timers would).
    const now = new Date();
    const outcomes = await Promise.all(
      instances.map((instance, i) =>
        runDueJobs(instance.database.db, appJobs(instance.database.db, instance.mailer), {
          now,
          instance: `instance-${i}`,
        }),
      ),
    );
    const jobs = appJobs(database.db, instances[0]!.mailer).map((job) => job.name);
    expect(
      outcomes
        .flat()
        .map((o) => o.job)
        .sort(),
    ).toEqual([...jobs].sort());
    const rows = await database.db.select().from(jobRun).where(inArray(jobRun.job, jobs));
    expect(rows).toHaveLength(jobs.length); // one job-run row per job for this period
    expect(rows.every((row) => row.status === "done")).toBe(true);
    const mails = await database.db.select().from(mailMessage).where(eq(mailMessage.to, email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Uw VOG moet binnenkort vernieuwd worden");
  });
});
