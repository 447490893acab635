import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processingLog } from "../../platform/schema.ts";
import { as, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe("Logboek export", () => {
  it("exports one person's log in Logboek fields as JSON and CSV, within the tenant, and logs the export", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const subject = await createUser(tenant.id, "volunteer");
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    const read = await request({ method: "GET", url: `/api/users/${subject.userId}` });
    expect(read.statusCode).toBe(200);

    const json = await request({
      method: "GET",
      url: `/api/processing-log/logboek?subject=${subject.personId}`,
    });
    expect(json.statusCode, json.body).toBe(200);
    expect(json.headers["content-type"]).toContain("application/json");
    const records = json.json();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      trace_id: read.headers["x-trace-id"],
      status_code: "STATUS_CODE_OK",
      foreign_operation: null,
      attributes: {
        "dpl.core.processing_activity_id": "urn:inzet:verwerkingsactiviteit:accounts.manage",
        "dpl.core.data_subject_id": subject.personId,
        "dpl.core.data_subject_id_type": "person",
        "inzet.status": "success",
        "inzet.action": "read",
      },
    });
    expect(records[0].span_id).toMatch(/^[0-9a-f]{16}$/);

    // The export was itself logged, for the person it was about.
    const exported = await ctx.db
      .select()
      .from(processingLog)
      .where(and(eq(processingLog.traceId, String(json.headers["x-trace-id"]))));
    expect(exported).toMatchObject([
      {
        activity: "privacy.processingLog",
        action: "export",
        subjectId: subject.personId,
        tenantId: tenant.id,
      },
    ]);

    // CSV, per period: now the read and the first export.
    const csv = await request({
      method: "GET",
      url: `/api/processing-log/logboek?subject=${subject.personId}&from=${day(-1)}&to=${day(1)}&format=csv`,
    });
    expect(csv.headers["content-type"]).toContain("text/csv");
    const lines = csv.body.trim().split("\n");
    expect(lines[0]).toContain("trace_id;span_id;name;start_time;end_time;status_code");
    expect(lines[0]).toContain("dpl.core.data_subject_id");
    expect(lines).toHaveLength(3);

    // A period without entries, and another tenant's beheerder: nothing.
    const past = await request({
      method: "GET",
      url: `/api/processing-log/logboek?subject=${subject.personId}&from=2020-01-01&to=2020-01-31`,
    });
    expect(past.json()).toEqual([]);
    const other = await createTenant();
    const otherAdmin = await createUser(other.id, "admin");
    const asOther = as(ctx.app, await signIn(ctx.app, otherAdmin.email));
    const foreign = await asOther({
      method: "GET",
      url: `/api/processing-log/logboek?subject=${subject.personId}`,
    });
    expect(foreign.json()).toEqual([]);
  });

  it("asks for a person or a whole period, and a period that runs forward", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    const none = await request({ method: "GET", url: "/api/processing-log/logboek" });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields[0]).toMatchObject({ path: "querystring.subject" });
    const backwards = await request({
      method: "GET",
      url: "/api/processing-log/logboek?from=2026-02-01&to=2026-01-01",
    });
    expect(backwards.statusCode).toBe(400);
    const volunteer = await createUser(tenant.id, "volunteer");
    const asVolunteer = as(ctx.app, await signIn(ctx.app, volunteer.email));
    expect(
      (await asVolunteer({ method: "GET", url: `/api/processing-log/logboek?from=${day(0)}&to=${day(0)}` }))
        .statusCode,
    ).toBe(403);
  });

  it("shows a denied attempt with status denied", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    const unknown = crypto.randomUUID();
    expect((await request({ method: "GET", url: `/api/volunteers/${unknown}` })).statusCode).toBe(404);
    const records = (
      await request({ method: "GET", url: `/api/processing-log/logboek?subject=${unknown}` })
    ).json();
    expect(records).toMatchObject([
      {
        status_code: "STATUS_CODE_ERROR",
        attributes: { "inzet.status": "denied", "dpl.core.data_subject_id_type": "volunteer" },
      },
    ]);
  });
});
