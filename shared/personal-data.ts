import { z } from "./zod.ts";

/**
 * Personal data in the API's response schemas. A field wrapped in `personal(...)` holds data about a
 * person (a name, an e-mail address, a phone number, an address, a note, signals from a visit). The
 * server walks every route's response schema at start-up: a route whose answer can hold personal data
 * must name its processing activity (`config.processing`), or the app does not start.
 * A separate registry, so the marking does not leak into the OpenAPI document.
 */
const personalData = z.registry<{ personal: true }>();

/** Marks a schema as personal data (clones such as `.min()` or `.describe()` inherit the mark). */
export function personal<T extends z.ZodType>(schema: T): T {
  personalData.add(schema, { personal: true });
  return schema;
}

export const isPersonal = (schema: z.ZodType) => personalData.get(schema)?.personal === true;

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  in?: z.ZodType;
  out?: z.ZodType;
  getter?: () => z.ZodType;
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schemas directly inside this one (object fields, array items, wrapped types, union options…). */
function children(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  switch (def.type) {
    case "object":
      return Object.values(def.shape ?? {});
    case "array":
    case "set":
      return def.element ? [def.element] : def.valueType ? [def.valueType] : [];
    case "record":
    case "map":
      return def.valueType ? [def.valueType] : [];
    case "tuple":
      return [...(def.items ?? []), ...(def.rest ? [def.rest] : [])];
    case "union":
      return def.options ?? [];
    case "intersection":
      return [def.left, def.right].filter((s): s is z.ZodType => Boolean(s));
    case "pipe":
      return [def.in, def.out].filter((s): s is z.ZodType => Boolean(s));
    case "lazy":
      return def.getter ? [def.getter()] : [];
    default:
      return def.innerType ? [def.innerType] : [];
  }
}

/** The paths of the personal fields in a schema (empty when it holds none), e.g. `items[].name`. */
export function personalFields(schema: z.ZodType): string[] {
  const found: string[] = [];
  const seen = new Set<z.ZodType>();
  const walk = (node: z.ZodType, path: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    if (isPersonal(node)) {
      found.push(path || "(answer)");
      return;
    }
    const def = defOf(node);
    if (def.type === "object") {
      for (const [key, child] of Object.entries(def.shape ?? {})) walk(child, path ? `${path}.${key}` : key);
      return;
    }
    const suffix = def.type === "array" ? "[]" : "";
    for (const child of children(node)) walk(child, `${path}${suffix}`);
  };
  walk(schema, "");
  return found;
}

/** Does this answer, read through its schema, actually hold a personal value (not null, not empty)? */
export function holdsPersonalValue(schema: z.ZodType, value: unknown, depth = 0): boolean {
  if (value === null || value === undefined || value === "" || depth > 30) return false;
  if (isPersonal(schema)) {
    if (Array.isArray(value)) return value.length > 0;
    if (typeof value === "object") return Object.keys(value).length > 0;
    return true;
  }
  const def = defOf(schema);
  if (def.type === "object") {
    if (typeof value !== "object") return false;
    const record = value as Record<string, unknown>;
    return Object.entries(def.shape ?? {}).some(([key, child]) =>
      holdsPersonalValue(child, record[key], depth + 1),
    );
  }
  if (def.type === "array" || def.type === "set") {
    const element = children(schema)[0];
    return Boolean(
      element && Array.isArray(value) && value.some((v) => holdsPersonalValue(element, v, depth + 1)),
    );
  }
  if (def.type === "record") {
    const inner = children(schema)[0];
    return Boolean(
      inner &&
        typeof value === "object" &&
        Object.values(value).some((v) => holdsPersonalValue(inner, v, depth + 1)),
    );
  }
  return children(schema).some((child) => holdsPersonalValue(child, value, depth + 1));
}
