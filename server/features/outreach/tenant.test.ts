import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outreachAddress, walkList } from "../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";
import { findAddressById } from "./addresses/queries.ts";
import { addressesOfList, listWalkLists } from "./walk-lists/queries.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const childTables = [
  "walk_list",
  "outreach_address",
  "outreach_shift",
  "outreach_shift_member",
  "outreach_visit",
];

describe("outreach: every child table carries the tenant", () => {
  it("has a required tenant_id on walk lists, addresses, shifts, shift members and visits", async () => {
    const result = (await ctx.db.execute(sql`
      select table_name, is_nullable from information_schema.columns
      where table_schema = current_schema() and column_name = 'tenant_id'
        and table_name in (${sql.join(
          childTables.map((t) => sql`${t}`),
          sql`, `,
        )})`)) as unknown as { rows: { table_name: string; is_nullable: string }[] };
    expect(Object.fromEntries(result.rows.map((r) => [r.table_name, r.is_nullable]))).toEqual(
      Object.fromEntries(childTables.map((t) => [t, "NO"])),
    );
  });

  it("stores the campaign's tenant on what it makes, and finds nothing with another tenant's id", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const org = await createOrganisation(tenant.id);
    const coordinator = as(
      ctx.app,
      await signIn(ctx.app, (await createUser(tenant.id, "coordinator", { organisationId: org.id })).email),
    );
    const campaign = (
      await coordinator({
        method: "POST",
        url: "/api/outreach/campaigns",
        payload: { name: "Huisbezoeken", programme: "Vroegsignalering", startsOn: day(-3), endsOn: day(30) },
      })
    ).json();
    const csv = [
      "ID;STRAAT;HUISNUMMER;POSTCODE;WOONPLAATS;LAT;LON",
      "0363200000000011;Kade;1;1016AA;Amsterdam;52.370;4.880",
      "0363200000000012;Kade;3;1016AA;Amsterdam;52.371;4.881",
    ].join("\n");
    const url = `/api/outreach/campaigns/${campaign.id}`;
    expect(
      (await coordinator({ method: "POST", url: `${url}/addresses/import`, payload: { csv } })).statusCode,
    ).toBe(200);
    expect((await coordinator({ method: "POST", url: `${url}/walk-lists`, payload: {} })).statusCode).toBe(
      200,
    );

    const addresses = await ctx.db
      .select()
      .from(outreachAddress)
      .where(eq(outreachAddress.campaignId, campaign.id));
    const lists = await ctx.db.select().from(walkList).where(eq(walkList.campaignId, campaign.id));
    expect(addresses.map((a) => a.tenantId)).toEqual([tenant.id, tenant.id]);
    expect(lists.map((l) => l.tenantId)).toEqual([tenant.id]);

    const address = addresses[0]!;
    const list = lists[0]!;
    expect((await findAddressById(ctx.db, tenant.id, address.id))?.id).toBe(address.id);
    expect(await findAddressById(ctx.db, other.id, address.id)).toBeNull();
    expect(await listWalkLists(ctx.db, tenant.id, campaign.id)).toHaveLength(1);
    expect(await listWalkLists(ctx.db, other.id, campaign.id)).toEqual([]);
    expect(await addressesOfList(ctx.db, tenant.id, list.id)).toHaveLength(2);
    expect(await addressesOfList(ctx.db, other.id, list.id)).toEqual([]);
  });
});
