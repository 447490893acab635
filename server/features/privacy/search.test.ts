import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailMessage, processingLog } from "../../db/schema.ts";
import { as, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

async function twoTenants() {
  const a = await createTenant();
  const b = await createTenant();
  const admin = await createUser(a.id, "admin");
  return { a, b, request: as(ctx.app, await signIn(ctx.app, admin.email)) };
}

describe("q searches the processing log and the outbox (tenant-scoped, wildcards literal)", () => {
  it("finds processing log entries by activity, subject or trace id, never another tenant's", async () => {
    const { a, b, request } = await twoTenants();
    const entry = (tenantId: string, activity: string, subjectId: string, traceId: string) => ({
      tenantId,
      traceId,
      activity,
      action: "read" as const,
      subjectType: "person",
      subjectId,
    });
    await ctx.db
      .insert(processingLog)
      .values([
        entry(a.id, "volunteers.manage", "zoek-mij-1", "trace-aaa"),
        entry(a.id, "outreach.visit", "iets-anders", "trace-50%-korting"),
        entry(b.id, "volunteers.manage", "zoek-mij-2", "trace-bbb"),
      ]);
    const search = async (q: string, url = "/api/processing-log") => {
      const response = await request({ method: "GET", url, query: { q, pageSize: "200" } });
      expect(response.statusCode, response.body).toBe(200);
      return response;
    };
    const ids = async (q: string) =>
      (await search(q)).json().items.map((e: { subjectId: string }) => e.subjectId);
    expect(await ids("ZOEK-mij")).toEqual(["zoek-mij-1"]);
    expect(await ids("outreach.visit")).toEqual(["iets-anders"]);
    expect(await ids("50%")).toEqual(["iets-anders"]);
    expect(await ids("trace-_aa")).toEqual([]); // "_" is a character, not a wildcard
    // Reading the log is logged too (about the same subject), so count what was found, not one row.
    const found = (await search("zoek-mij")).json();
    expect(found.items.map((e: { subjectId: string }) => e.subjectId)).toContain("zoek-mij-1");
    expect(found.items.every((e: { subjectId: string }) => e.subjectId === "zoek-mij-1")).toBe(true);
    expect(found.total).toBe(found.items.length);
    const csv = (await search("zoek-mij", "/api/processing-log/export")).body;
    expect(csv).toContain("zoek-mij-1");
    expect(csv).not.toContain("iets-anders");
    expect(csv).not.toContain("zoek-mij-2");
  });

  it("finds mails in the outbox by address or subject, never another tenant's", async () => {
    const { a, b, request } = await twoTenants();
    const mail = (tenantId: string, to: string, subject: string) => ({
      tenantId,
      to,
      subject,
      text: "Beste,",
      transport: "outbox" as const,
    });
    await ctx.db
      .insert(mailMessage)
      .values([
        mail(a.id, "anna@voorbeeld.nl", "Uitnodiging: Taalmaatje"),
        mail(a.id, "bram@voorbeeld.nl", "Geplaatst: 100% inzet"),
        mail(b.id, "anna@andere.nl", "Uitnodiging: Taalmaatje"),
      ]);
    const to = async (q: string) => {
      const response = await request({ method: "GET", url: "/api/outbox", query: { q } });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().items.map((m: { to: string }) => m.to);
    };
    expect(await to("ANNA@")).toEqual(["anna@voorbeeld.nl"]);
    expect(await to("taalmaatje")).toEqual(["anna@voorbeeld.nl"]);
    expect(await to("100%")).toEqual(["bram@voorbeeld.nl"]);
    expect(await to("_")).toEqual([]);
  });
});
