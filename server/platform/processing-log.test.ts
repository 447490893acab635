import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createTenant, createUser, signIn, testApp } from "../test/harness.ts";
import { processingLog } from "./schema.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

describe("processing log", () => {
  it("gets an entry from every route that declares a processing activity", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const subject = await createUser(tenant.id, "volunteer");
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    // Mail to the subject so the outbox holds personal data.
    await ctx.mailer.send({
      to: subject.email,
      subject: "Test",
      text: "Hallo",
      tenantId: tenant.id,
      recipientUserId: subject.userId,
    });

    /** A valid request for each route that touches personal data. A new such route must be added here. */
    const samples: Record<
      string,
      () => { method: "GET" | "POST" | "DELETE"; url: string; payload?: object }
    > = {
      "GET /api/users": () => ({ method: "GET", url: "/api/users" }),
      "GET /api/users/:userId": () => ({ method: "GET", url: `/api/users/${subject.userId}` }),
      "POST /api/users": () => ({
        method: "POST",
        url: "/api/users",
        payload: {
          givenName: "Nieuw",
          familyName: "Persoon",
          email: `nieuw-${crypto.randomUUID()}@test.inzet.nl`,
          role: "volunteer",
        },
      }),
      "POST /api/users/:userId/memberships": () => ({
        method: "POST",
        url: `/api/users/${subject.userId}/memberships`,
        payload: { role: "participant" },
      }),
      "DELETE /api/users/:userId/memberships/:membershipId": () => ({
        method: "DELETE",
        url: `/api/users/${subject.userId}/memberships/${subject.membershipId}`,
      }),
      "GET /api/outbox": () => ({ method: "GET", url: "/api/outbox" }),
    };

    const declared = ctx.routes.filter((r) => r.config.processing && r.method !== "HEAD");
    expect(declared.length).toBeGreaterThan(0);
    for (const route of declared) {
      const key = `${route.method} ${route.url}`;
      const sample = samples[key];
      expect(sample, `no sample request for ${key}`).toBeDefined();
      const response = await request(sample!());
      expect(response.statusCode, `${key}: ${response.body}`).toBeLessThan(300);
      const traceId = String(response.headers["x-trace-id"]);
      const entries = await ctx.db.select().from(processingLog).where(eq(processingLog.traceId, traceId));
      expect(entries.length, `${key} wrote no processing log entry`).toBeGreaterThan(0);
      expect(
        entries.every(
          (e) =>
            e.activity === route.config.processing &&
            e.tenantId === tenant.id &&
            e.actorUserId === admin.userId,
        ),
      ).toBe(true);
    }
  });

  it("lets a beheerder search and export, and a person see who processed their data", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const subject = await createUser(tenant.id, "volunteer");
    const asAdmin = as(ctx.app, await signIn(ctx.app, admin.email));
    await asAdmin({ method: "GET", url: `/api/users/${subject.userId}` });

    const search = await asAdmin({ method: "GET", url: `/api/processing-log?subjectId=${subject.personId}` });
    expect(search.json().total).toBe(1);
    expect(search.json().items[0]).toMatchObject({
      actorName: "Test admin",
      activity: "accounts.manage",
      action: "read",
    });

    const csv = await asAdmin({
      method: "GET",
      url: `/api/processing-log/export?subjectId=${subject.personId}`,
    });
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body.trim().split("\n")).toHaveLength(2);
    expect(csv.body).toContain(subject.personId);

    const asSubject = as(ctx.app, await signIn(ctx.app, subject.email));
    const mine = await asSubject({ method: "GET", url: "/api/me/processing-log" });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.map((i: { actorName: string }) => i.actorName)).toEqual(["Test admin"]);
  });

  it("is append-only for the application", async () => {
    await expect(ctx.db.execute(sql`update processing_log set action = 'delete'`)).rejects.toThrow();
    await expect(ctx.db.delete(processingLog)).rejects.toThrow();
  });
});
