import { getTableColumns, getTableName, is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "./schema.ts";

/**
 * ADR 0004: every table with personal data has tenant_id (and every query filters on it). A table holds
 * personal data when a column points at a person — a volunteer, user, person, participant, client or
 * caseworker id (also as "changedByUserId", "coachVolunteerId", "professionalUserIds") or a household or
 * e-mail address — or when it has a foreign key to one of the tables that are a person.
 */
const personColumn = /(volunteer|user|person|participant|client|caseworker)Ids?$|^household$|email$/i;
const personTables = new Set([
  "auth_user",
  "person",
  "volunteer",
  "circle_participant",
  "participation_client",
  "research_participant",
  "course_enrolment",
]);

/** Tables with personal data that have no tenant_id, each with the reason. Nothing else may lack it. */
const withoutTenant: Record<string, string> = {
  auth_user: "a sign-in account is one per person across werkgebieden; memberships tie it to tenants",
  auth_account: "the account's credentials (better-auth), one per sign-in account, not per tenant",
  auth_session: "a session belongs to the sign-in account; the active membership chooses the tenant",
  auth_two_factor: "the two-step secret belongs to the sign-in account, used in every tenant",
  totp_used_step: "replay guard for the sign-in account's two-step codes, kept for a minute",
  sign_in_failure: "lockout counter per e-mail address, before any tenant is known",
  sso_provider: "better-auth's provider table; the tenant link is tenant_sso (which has tenant_id)",
};

/** Tables with personal data whose tenant_id may be empty, each with the reason. */
const nullableTenant: Record<string, string> = {
  mail_message: "the copy of every mail sent (platform/mail.ts), also mail that belongs to no tenant",
};

const tables: PgTable[] = (Object.values(schema) as unknown[]).filter((t): t is PgTable => is(t, PgTable));

function holdsPersonalData(table: PgTable) {
  const columns = Object.keys(getTableColumns(table));
  const references = getTableConfig(table).foreignKeys.map((fk) => getTableName(fk.reference().foreignTable));
  return (
    personTables.has(getTableName(table)) ||
    columns.some((column) => personColumn.test(column)) ||
    references.some((name) => personTables.has(name))
  );
}

describe("tenant_id on every table with personal data", () => {
  const personal = tables.filter(holdsPersonalData);

  it("finds the tables with personal data, child tables included", () => {
    const names = personal.map((t) => getTableName(t));
    expect(names).toEqual(
      expect.arrayContaining([
        "application_status_change",
        "hours_entry",
        "referral",
        "referral_status_change",
        "outreach_visit",
        "vog_record",
        "participation_agreement",
        "course_submission",
        "coaching_trajectory",
      ]),
    );
    expect(names).not.toContain("district");
  });

  it("has tenant_id on each, except the sign-in tables listed with a reason", () => {
    const lacking = personal
      .filter((t) => !("tenantId" in getTableColumns(t)))
      .map((t) => getTableName(t))
      .sort();
    // Both ways: a new table without tenant_id fails, and so does an exception that no longer applies.
    expect(lacking).toEqual(Object.keys(withoutTenant).sort());
  });

  it("requires tenant_id, except where the reason is listed", () => {
    const optional = personal
      .filter((t) => {
        const column = getTableColumns(t).tenantId;
        return column && !column.notNull;
      })
      .map((t) => getTableName(t))
      .sort();
    expect(optional).toEqual(Object.keys(nullableTenant).sort());
  });
});
