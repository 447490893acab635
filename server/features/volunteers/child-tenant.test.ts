import { eq, getTableColumns, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant, testApp } from "../../test/harness.ts";
import * as recruitmentSchema from "../recruitment/schema.ts";
import * as core from "./queries.ts";
import * as schema from "./schema.ts";
import * as screening from "./screening/queries.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

describe("tenant of the volunteers' child records", () => {
  it("every table of volunteers and recruitment has a tenant_id", () => {
    const tables = Object.entries({ ...schema, ...recruitmentSchema }).filter(([, t]) => is(t, PgTable));
    expect(tables.length).toBeGreaterThan(8);
    const without = tables.filter(([, t]) => !("tenantId" in getTableColumns(t as PgTable))).map(([n]) => n);
    expect(without).toEqual([]);
  });

  it("fills tenant_id from the volunteer and finds a child record only within its tenant", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const p = await core.insertPerson(ctx.db, {
      tenantId: tenant.id,
      givenName: "Ada",
      familyName: "Jansen",
    });
    const v = await core.insertVolunteer(ctx.db, {
      tenantId: tenant.id,
      personId: p.id,
      signedUpAt: new Date(),
    });
    // Inserted without a tenant (as other features' tests do): the database takes the volunteer's.
    const [vog] = await ctx.db
      .insert(schema.vogRecord)
      .values({ volunteerId: v.id, issuedOn: "2026-01-05" })
      .returning();
    expect(vog!.tenantId).toBe(tenant.id);
    // Even a wrong tenant given on insert cannot make a child record disagree with its volunteer.
    const [training] = await ctx.db
      .insert(schema.trainingRecord)
      .values({ tenantId: other.id, volunteerId: v.id, training: "ehbo", completedOn: "2026-01-05" })
      .returning();
    expect(training!.tenantId).toBe(tenant.id);

    expect(await screening.listVogs(ctx.db, other.id, v.id)).toEqual([]);
    expect(await screening.updateVog(ctx.db, other.id, v.id, vog!.id, { note: "x" })).toBeNull();
    expect(await screening.deleteTraining(ctx.db, other.id, v.id, training!.id)).toBe(false);
    expect(await screening.listVogs(ctx.db, tenant.id, v.id)).toHaveLength(1);
    const [kept] = await ctx.db.select().from(schema.vogRecord).where(eq(schema.vogRecord.id, vog!.id));
    expect(kept!.note).toBe("");
  });
});
