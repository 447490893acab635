import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../../shared/roles.ts";
import { outreachAddress } from "../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const csv = [
  "ID;STRAAT;HUISNUMMER;POSTCODE;WOONPLAATS;LAT;LON",
  "0363200000000001;Dorpsstraat;1;1016AA;Amsterdam;52.370;4.880",
  "0363200000000002;Dorpsstraat;3;1016AA;Amsterdam;52.371;4.881",
].join("\n");

/** A campaign with two doors; at the first a conversation took place (so a follow-up is due). */
async function setup() {
  const tenant = await createTenant();
  const org = await createOrganisation(tenant.id, { name: "Welzijn" });
  const onCall = await createUser(tenant.id, "professional", { organisationId: org.id });
  const coordinator = as(
    ctx.app,
    await signIn(ctx.app, (await createUser(tenant.id, "coordinator", { organisationId: org.id })).email),
  );
  const campaign = (
    await coordinator({
      method: "POST",
      url: "/api/outreach/campaigns",
      payload: {
        name: "Huisbezoeken",
        programme: "Vroegsignalering",
        startsOn: day(-30),
        endsOn: day(60),
        professionalUserIds: [onCall.userId],
      },
    })
  ).json();
  await coordinator({
    method: "POST",
    url: `/api/outreach/campaigns/${campaign.id}/addresses/import`,
    payload: { csv },
  });
  await ctx.db
    .update(outreachAddress)
    .set({ followUpDue: day(30) })
    .where(eq(outreachAddress.bagId, "0363200000000001"));
  const signedIn = async (role: Role, organisationId: string | null = org.id) =>
    as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, role, { organisationId })).email));
  const professional = as(ctx.app, await signIn(ctx.app, onCall.email));
  return { campaign, coordinator, professional, signedIn };
}

const detailUrls = (id: string) => [
  `/api/outreach/campaigns/${id}/addresses`,
  `/api/outreach/campaigns/${id}/walk-lists`,
  `/api/outreach/campaigns/${id}/shifts`,
  `/api/outreach/campaigns/${id}/visits`,
];

describe("outreach: per role only what the role needs", () => {
  it("gives the policy officer the campaign and the monitor's counts, no doors, lists, rosters or visits", async () => {
    const { campaign, signedIn } = await setup();
    const policy = await signedIn("policyOfficer", null);
    expect((await policy({ method: "GET", url: `/api/outreach/campaigns/${campaign.id}` })).statusCode).toBe(
      200,
    );
    const monitor = await policy({ method: "GET", url: `/api/outreach/campaigns/${campaign.id}/monitor` });
    expect(monitor.statusCode).toBe(200);
    for (const url of detailUrls(campaign.id))
      expect((await policy({ method: "GET", url })).statusCode, url).toBe(403);
  });

  it("shows which households had a conversation (follow-up due) only to the coordinator and the professional on call", async () => {
    const { campaign, coordinator, professional, signedIn } = await setup();
    const due = async (who: typeof coordinator) => {
      const response = await who({ method: "GET", url: `/api/outreach/campaigns/${campaign.id}/addresses` });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().items.map((a: { followUpDue: string | null }) => a.followUpDue);
    };
    expect((await due(coordinator)).filter(Boolean)).toEqual([day(30)]);
    expect((await due(professional)).filter(Boolean)).toEqual([day(30)]);
    // The beheerder manages doors and lists, but sees only that a visit took place.
    expect(await due(await signedIn("admin", null))).toEqual([null, null]);
  });

  it("keeps a professional who is not on call out of the campaign altogether", async () => {
    const { campaign, signedIn } = await setup();
    const other = await signedIn("professional");
    expect((await other({ method: "GET", url: "/api/outreach/campaigns" })).json()).toEqual([]);
    for (const url of [`/api/outreach/campaigns/${campaign.id}`, ...detailUrls(campaign.id)])
      expect((await other({ method: "GET", url })).statusCode, url).toBe(404);
  });
});
