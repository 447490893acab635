import { referralStatuses } from "../../../shared/referral-statuses.ts";
import { oneOf, pageNumber, searchParams } from "../../ui/search-params.ts";

/** The filters of the referrals list, in the URL (bookmarkable, the back button works). */
export const referralsSearchSchema = searchParams({
  status: oneOf(referralStatuses),
  achterstallig: oneOf(["ja"]),
  pagina: pageNumber,
});
