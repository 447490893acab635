import { referralStatuses } from "../../../shared/referral-statuses.ts";
import { z } from "../../../shared/zod.ts";

/** The filters of the referrals list, in the URL (bookmarkable, the back button works). */
export const referralsSearchSchema = z.object({
  status: z.enum(referralStatuses).optional().catch(undefined),
  achterstallig: z.literal("ja").optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).optional().catch(undefined),
});
