import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "../../shared/dates.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../test/harness.ts";
import { onQuery } from "./client.ts";
import { volunteer } from "./schema.ts";

/**
 * ADR 0004: every query on a tenant-owned table filters on tenant_id, also when it looks a child up by
 * id after a parent check elsewhere. This test hears every statement drizzle sends while a sample of
 * routes runs (volunteers, vacancies, applications, hours, outreach) and asks the database itself how
 * it would run each one (EXPLAIN): every scan of a table with a tenant_id column must carry a
 * condition on tenant_id — written in the query or derived by the planner from a join on tenant_id.
 * Reading plans instead of SQL text makes it independent of how the query was written.
 */

/**
 * Tables read across tenants on purpose, each with the reason. Only the sign-in machinery is here: it
 * finds the user's memberships before a tenant is chosen.
 */
const acrossTenants: Record<string, string> = {
  membership: "the policy hook finds the signed-in user's memberships to choose the active tenant",
};

type PlanNode = Record<string, unknown> & { Plans?: PlanNode[] };
type Statement = { query: string; params: unknown[] };
type Gap = { table: string; query: string };
type Explainer = { query: (text: string, params: unknown[]) => Promise<{ rows: unknown[] }> };
type Scan = { table: string; alias: string; conditions: string[] };

const conditionKeys = ["Filter", "Index Cond", "Recheck Cond"];
const joinKeys = ["Hash Cond", "Merge Cond", "Join Filter"];
const stringsOf = (node: PlanNode, keys: string[]) =>
  keys.map((k) => node[k]).filter((c): c is string => typeof c === "string");
const aliasesIn = (condition: string) =>
  new Set([...condition.matchAll(/\b([a-z_][a-z0-9_]*)\.[a-z_"]/g)].map((m) => m[1]!));

/** The scans of a plan (a bitmap heap scan with the conditions of its index scans) and its join conditions. */
function walk(node: PlanNode, scans: Scan[], joins: string[]) {
  const children = node.Plans ?? [];
  joins.push(...stringsOf(node, joinKeys));
  const table = node["Relation Name"];
  if (node["Node Type"] !== "ModifyTable" && typeof table === "string") {
    const bitmaps = children.filter((c) => c["Node Type"] === "Bitmap Index Scan");
    const conditions = [node, ...bitmaps].flatMap((n) => stringsOf(n, conditionKeys));
    scans.push({ table, alias: String(node.Alias ?? table), conditions });
  }
  for (const child of children) walk(child, scans, joins);
}

/**
 * The scans of tenant tables in a statement that are not scoped to a tenant. A scan is scoped when its
 * own conditions name tenant_id, or when it is reached from an anchor — a scan filtered on tenant_id,
 * or of a table read across tenants on purpose — by a join (on a foreign key), or by a value the
 * planner carried over from the anchor's join (`organisation.id = '…'` from `vacancy.organisation_id =
 * '…'`). A lookup by id alone, or a statement with no anchor, is a gap.
 */
function gapsIn(plan: PlanNode, tenantTables: Set<string>, query: string): Gap[] {
  const scans: Scan[] = [];
  const joins: string[] = [];
  walk(plan, scans, joins);
  const onTenant = scans.filter((s) => tenantTables.has(s.table));
  const anchors = scans.filter(
    (s) =>
      s.table in acrossTenants ||
      (tenantTables.has(s.table) && s.conditions.some((c) => /\btenant_id\b/.test(c))),
  );
  const values = /\$\d+|'[0-9a-f-]{36}'/g;
  const anchorParams = new Set(anchors.flatMap((s) => s.conditions.flatMap((c) => c.match(values) ?? [])));
  const reached = (s: Scan) =>
    joins.some((c) => {
      const aliases = aliasesIn(c);
      return aliases.has(s.alias) && aliases.size > 1;
    }) ||
    s.conditions.some(
      (c) =>
        [...aliasesIn(c)].some((a) => a !== s.alias && a !== "pg_catalog") ||
        (c.match(values) ?? []).some((p) => anchorParams.has(p)),
    );
  return onTenant
    .filter((s) => !anchors.includes(s) && (anchors.length === 0 || !reached(s)))
    .map((s) => ({ table: `${s.table} [${s.conditions.join(" · ")}]`, query }));
}

let ctx: Awaited<ReturnType<typeof testApp>>;
let tenantTables: Set<string>;
beforeAll(async () => {
  ctx = await testApp();
  const result = (await ctx.db.execute(
    sql`select table_name from information_schema.columns where column_name = 'tenant_id' and table_schema = current_schema()`,
  )) as unknown as { rows: { table_name: string }[] };
  tenantTables = new Set(result.rows.map((r) => r.table_name).filter((name) => !(name in acrossTenants)));
}, 300_000);
afterAll(() => ctx.app.close());

/** Every statement heard while `run` runs, with its parameters. */
async function heard(run: () => Promise<void>): Promise<Statement[]> {
  const statements: Statement[] = [];
  const stop = onQuery((query, params) => statements.push({ query, params }));
  try {
    await run();
  } finally {
    stop();
  }
  return statements;
}

async function tenantGaps(statements: Statement[]): Promise<Gap[]> {
  const gaps: Gap[] = [];
  const seen = new Set<string>();
  for (const { query, params } of statements) {
    if (!/^\s*(select|update|delete|with|insert)\b/i.test(query) || seen.has(query)) continue;
    seen.add(query);
    // The driver under drizzle (PGlite or a pg pool): both take the statement with its parameters.
    const client = (ctx.db as unknown as { $client: Explainer }).$client;
    const explained = await client.query(`explain (format json) ${query}`, params);
    const plan = (explained.rows[0] as Record<string, [{ Plan: PlanNode }]>)["QUERY PLAN"]![0].Plan;
    gaps.push(...gapsIn(plan, tenantTables, query));
  }
  return gaps;
}

describe("queries on tenant tables", () => {
  it("lists the tenant tables it checks", () => {
    expect([...tenantTables]).toEqual(
      expect.arrayContaining(["volunteer", "vacancy", "application", "hours_entry", "outreach_visit"]),
    );
  });

  it("filter on tenant_id in every route of the sample", async () => {
    const tenant = await createTenant();
    const org = await createOrganisation(tenant.id);
    const admin = as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, "admin")).email));
    const coordinator = as(
      ctx.app,
      await signIn(ctx.app, (await createUser(tenant.id, "coordinator", { organisationId: org.id })).email),
    );
    const volunteerUser = await createUser(tenant.id, "volunteer");
    await ctx.db
      .insert(volunteer)
      .values({ tenantId: tenant.id, personId: volunteerUser.personId, status: "active" });
    const asVolunteer = as(ctx.app, await signIn(ctx.app, volunteerUser.email));
    const today = amsterdamDay();
    const ok = async (response: Promise<{ statusCode: number; body: string; json: () => unknown }>) => {
      const r = await response;
      if (r.statusCode >= 400) throw new Error(`${r.statusCode} ${r.body}`);
      return r.json() as Record<string, never> & { id: string };
    };

    const statements = await heard(async () => {
      const v = await ok(
        admin({
          method: "POST",
          url: "/api/volunteers",
          payload: { givenName: "Tenant", familyName: "Filter", consent: true, channel: "persoonlijk" },
        }),
      );
      await ok(admin({ method: "GET", url: "/api/volunteers" }));
      await ok(admin({ method: "GET", url: `/api/volunteers/${v.id}` }));
      await ok(
        admin({ method: "POST", url: `/api/volunteers/${v.id}/vogs`, payload: { requestedOn: today } }),
      );
      const vacancy = await ok(
        admin({
          method: "POST",
          url: "/api/vacancies",
          payload: {
            organisationId: org.id,
            title: "Vacature voor de tenantfilter",
            description: "Een vacature om te kijken of elke vraag op tenant_id filtert.",
            locationType: "remote",
            scheduleType: "flexible",
            places: 2,
            status: "published",
          },
        }),
      );
      await ok(coordinator({ method: "GET", url: "/api/vacancies" }));
      await ok(coordinator({ method: "GET", url: `/api/vacancies/${vacancy.id}` }));
      await ok(coordinator({ method: "GET", url: `/api/vacancies/${vacancy.id}/candidates` }));
      const reaction = await ok(
        asVolunteer({
          method: "POST",
          url: "/api/me/applications",
          payload: { vacancyId: vacancy.id, message: "Ik help graag" },
        }),
      );
      await ok(asVolunteer({ method: "GET", url: "/api/me/applications" }));
      await ok(coordinator({ method: "GET", url: `/api/vacancies/${vacancy.id}/applications` }));
      await ok(
        coordinator({
          method: "POST",
          url: `/api/vacancies/${vacancy.id}/applications/${reaction.id}/status`,
          payload: { status: "placed" },
        }),
      );
      await ok(
        asVolunteer({
          method: "POST",
          url: `/api/me/applications/${reaction.id}/hours`,
          payload: { date: today, hours: 2 },
        }),
      );
      await ok(coordinator({ method: "GET", url: `/api/vacancies/${vacancy.id}/hours` }));
      await ok(coordinator({ method: "GET", url: "/api/vacancies/reports/hours?groupBy=vacancy" }));
      const campaign = await ok(
        admin({
          method: "POST",
          url: "/api/outreach/campaigns",
          payload: {
            name: "Filter",
            programme: "Filter",
            organisationId: org.id,
            optOutContact: "Bel ons als u geen bezoek wilt.",
            startsOn: today,
            endsOn: today,
            requiredTraining: "",
            professionalUserIds: [],
          },
        }),
      );
      await ok(
        admin({
          method: "POST",
          url: `/api/outreach/campaigns/${campaign.id}/addresses/import`,
          payload: {
            csv: "ID;STRAAT;HUISNUMMER;POSTCODE;WOONPLAATS;LAT;LON\n0363200000000001;Filterstraat;1;1016AA;Amsterdam;52.37;4.88\n",
          },
        }),
      );
      await ok(
        admin({ method: "POST", url: `/api/outreach/campaigns/${campaign.id}/walk-lists`, payload: {} }),
      );
      await ok(admin({ method: "GET", url: `/api/outreach/campaigns/${campaign.id}` }));
    });
    expect(statements.length).toBeGreaterThan(50);
    const gaps = await tenantGaps(statements);
    expect(gaps.map((g) => `${g.table}: ${g.query}`)).toEqual([]);
  }, 300_000);
});
