import { z } from "./zod.ts";

/** Every field optional, nested objects too (arrays and other values are replaced as a whole). */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

function patchField(field: z.ZodType): z.ZodType {
  let inner = field;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  if (inner instanceof z.ZodObject) inner = patchObject(inner);
  return inner.optional();
}

function patchObject(schema: z.ZodObject): z.ZodObject {
  return z.object(Object.fromEntries(Object.entries(schema.shape).map(([key, f]) => [key, patchField(f)])));
}

/**
 * The body of a settings update: every field optional and WITHOUT its default, so a field left out
 * keeps its stored value. A schema with defaults as the body of an update turns "not sent" into
 * "reset to the default" (`{}` emptied every list). Check the merged result with the full schema
 * (`applyPatch`), which also runs its refinements.
 */
export function patchSchema<S extends z.ZodObject>(schema: S): z.ZodType<DeepPartial<z.output<S>>> {
  return patchObject(schema) as unknown as z.ZodType<DeepPartial<z.output<S>>>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `current` with the fields of `patch` laid over it, nested objects merged, arrays replaced. */
export function mergePatch<T>(current: T, patch: DeepPartial<T>): T {
  if (!isPlainObject(current) || !isPlainObject(patch)) return (patch === undefined ? current : patch) as T;
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    merged[key] = isPlainObject(value) && isPlainObject(merged[key]) ? mergePatch(merged[key], value) : value;
  }
  return merged as T;
}
