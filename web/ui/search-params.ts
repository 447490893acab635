// URL filters without zod: the route table validates every search with these few functions, so the
// first chunk needs no schema library (zod loads with the pages that use it). A value that does not fit
// is dropped (undefined), as `.optional().catch(undefined)` would.

type Parser<T> = (value: unknown) => T | undefined;

/** A string of at most `max` characters (the router gives numbers for `?q=12`; they count as text). */
export const text =
  (max = 200): Parser<string> =>
  (value) => {
    const string = typeof value === "number" ? String(value) : value;
    return typeof string === "string" && string.length <= max ? string : undefined;
  };

/** One of the given values. */
export const oneOf =
  <const T extends string>(values: readonly T[]): Parser<T> =>
  (value) =>
    typeof value === "string" && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** A page number: a whole number from 1. */
export const pageNumber: Parser<number> = (value) => {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) && number >= 1 ? number : undefined;
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An id (UUID). */
export const uuid: Parser<string> = (value) =>
  typeof value === "string" && uuidPattern.test(value) ? value : undefined;

/** A calendar day, yyyy-mm-dd, that exists. */
export const isoDay: Parser<string> = (value) => {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
};

type Shape = Record<string, Parser<unknown>>;
export type SearchOf<S extends Shape> = { [K in keyof S]?: ReturnType<S[K]> };

/** A `validateSearch` function: only the known keys, each kept when it fits; the rest leaves the URL. */
export function searchParams<S extends Shape>(shape: S): (search: Record<string, unknown>) => SearchOf<S> {
  return (search) => {
    const result: Record<string, unknown> = {};
    for (const [key, parse] of Object.entries(shape)) {
      const value = parse(search[key]);
      if (value !== undefined) result[key] = value;
    }
    return result as SearchOf<S>;
  };
}
