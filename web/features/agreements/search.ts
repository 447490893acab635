import { ideaStatuses } from "../../../shared/agreements/idea-statuses.ts";
import { z } from "../../../shared/zod.ts";

/** The moderation queue's filter, in the URL. */
export const ideasSearchSchema = z.object({
  status: z.enum(ideaStatuses).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).optional().catch(undefined),
});
/** The public board: which werkgebied (as for the vacancy search). */
export const publicBoardSearchSchema = z.object({
  werkgebied: z.string().max(100).optional().catch(undefined),
});
