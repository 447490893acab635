import { type DeepPartial, mergePatch } from "../../shared/patch.ts";
import type { z } from "../../shared/zod.ts";
import { fieldsFromZod, validationFailed } from "./errors.ts";

/**
 * A partial update (see shared/patch.ts): the stored value with the sent fields laid over it, checked
 * as a whole with the full schema (field errors as 400). A field left out is never reset.
 */
export function applyPatch<S extends z.ZodObject>(
  schema: S,
  current: z.output<S>,
  patch: DeepPartial<z.output<S>>,
): z.output<S> {
  const result = schema.safeParse(mergePatch(current, patch));
  if (!result.success) throw validationFailed(fieldsFromZod(result.error));
  return result.data;
}
