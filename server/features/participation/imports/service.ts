import { and, eq } from "drizzle-orm";
import Papa from "papaparse";
import type { FieldError } from "../../../../shared/errors.ts";
import { clientCsvRowSchema } from "../../../../shared/participation/clients.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { person } from "../../accounts/schema.ts";
import * as queries from "../queries.ts";
import { participationClient } from "../schema.ts";
import { personFor } from "../service.ts";

const MAX_ROWS = 20_000;
const COLUMNS = ["klantnummer", "voornaam", "achternaam", "geboortedatum", "klantmanager"];
type Row = z.output<typeof clientCsvRowSchema>;

/** Reads the CSV; every row is checked first, and any error means nothing is written. */
function parseRows(csv: string, caseworkers: Map<string, string>) {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toLowerCase(),
    transform: (v) => v.trim(),
  });
  const errors: FieldError[] = [];
  const missing = COLUMNS.filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length > 0)
    return {
      rows: [],
      errors: [
        { path: "csv", code: "missing_columns", message: `Deze kolommen ontbreken: ${missing.join(", ")}.` },
      ],
    };
  if (parsed.data.length > MAX_ROWS)
    return {
      rows: [],
      errors: [{ path: "csv", code: "too_many_rows", message: `Maximaal ${MAX_ROWS} regels per keer.` }],
    };
  const rows: Row[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((raw, index) => {
    const line = index + 2;
    const result = clientCsvRowSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues)
        errors.push({
          path: `rows.${line}.${issue.path.join(".")}`,
          code: issue.code,
          message: `Regel ${line}: ${issue.message}`,
        });
      return;
    }
    const row = result.data;
    if (!caseworkers.has(row.klantmanager))
      errors.push({
        path: `rows.${line}.klantmanager`,
        code: "unknown_caseworker",
        message: `Regel ${line}: geen klantmanager met e-mailadres ${row.klantmanager}.`,
      });
    const earlier = seen.get(row.klantnummer);
    if (earlier)
      errors.push({
        path: `rows.${line}.klantnummer`,
        code: "duplicate",
        message: `Regel ${line}: klantnummer staat ook op regel ${earlier}.`,
      });
    seen.set(row.klantnummer, line);
    rows.push(row);
  });
  return { rows, errors };
}

/**
 * Imports a caseload: a known client number is updated (name, contact, date of birth, klantmanager,
 * language if the optional `taal` column has one), a
 * new one added and linked to the person of the tenant with the same e-mail address, if there is one.
 * A dry run checks everything and writes nothing.
 */
export async function importClients(db: Db, actor: Actor, input: { csv: string; dryRun: boolean }) {
  const caseworkers = await queries.caseworkersByEmail(db, actor.tenantId);
  const { rows, errors } = parseRows(input.csv, caseworkers);
  const result = {
    dryRun: input.dryRun,
    rows: rows.length,
    created: 0,
    updated: 0,
    errors: errors.map(({ path, message }) => ({
      row: Number(path.split(".")[1]) || 0,
      field: path.split(".").slice(2).join(".") || "csv",
      message,
    })),
  };
  if (errors.length > 0) return result;
  await db.transaction(async (tx) => {
    const ids: string[] = [];
    for (const row of rows) {
      const existing = await queries.findClientByNumber(tx, actor.tenantId, row.klantnummer);
      const caseworkerUserId = caseworkers.get(row.klantmanager)!;
      if (existing) {
        result.updated++;
        if (input.dryRun) continue;
        await tx
          .update(participationClient)
          .set({
            birthDate: row.geboortedatum,
            caseworkerUserId,
            ...(row.taal ? { language: row.taal } : {}),
            updatedAt: new Date(),
          })
          .where(
            and(eq(participationClient.tenantId, actor.tenantId), eq(participationClient.id, existing.id)),
          );
        await tx
          .update(person)
          .set({
            givenName: row.voornaam,
            familyName: row.achternaam,
            email: row.email ?? null,
            phone: row.telefoon ?? null,
            updatedAt: new Date(),
          })
          .where(and(eq(person.tenantId, actor.tenantId), eq(person.id, existing.personId)));
        ids.push(existing.id);
        continue;
      }
      result.created++;
      if (input.dryRun) continue;
      const personId = await personFor(tx, actor.tenantId, {
        givenName: row.voornaam,
        familyName: row.achternaam,
        email: row.email,
        phone: row.telefoon,
      });
      const [made] = await tx
        .insert(participationClient)
        .values({
          tenantId: actor.tenantId,
          personId,
          clientNumber: row.klantnummer,
          birthDate: row.geboortedatum,
          caseworkerUserId,
          language: row.taal ?? "nl",
        })
        .returning({ id: participationClient.id });
      ids.push(made!.id);
    }
    await logProcessing(tx, actor, {
      activity: "participation",
      action: "create",
      subjectType: "participation_client",
      subjectIds: ids,
    });
  });
  return result;
}
