import { z } from "../../../shared/zod.ts";

/** The filters of the caseload list, in the URL (bookmarkable, the back button works). */
export const caseloadSearchSchema = z.object({
  zoek: z.string().max(100).optional().catch(undefined),
  zonderActiviteit: z.literal("ja").optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).optional().catch(undefined),
});
