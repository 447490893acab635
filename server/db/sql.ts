import { sql } from "drizzle-orm";

/** Escapes LIKE wildcards, so a search for "50%" finds "50%". */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A uuid[] literal from values, each a bound parameter (drizzle would expand a bare JS array). */
export function uuidArray(values: string[]) {
  return values.length === 0
    ? sql`'{}'::uuid[]`
    : sql`array[${sql.join(
        values.map((value) => sql`${value}::uuid`),
        sql`, `,
      )}]`;
}

/** A text[] literal from values, each a bound parameter (drizzle would expand a bare JS array). */
export function textArray(values: string[]) {
  return values.length === 0
    ? sql`'{}'::text[]`
    : sql`array[${sql.join(
        values.map((value) => sql`${value}`),
        sql`, `,
      )}]::text[]`;
}
