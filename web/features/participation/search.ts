import { oneOf, pageNumber, searchParams, text } from "../../ui/search-params.ts";

/** The filters of the caseload list, in the URL (bookmarkable, the back button works). */
export const caseloadSearchSchema = searchParams({
  zoek: text(100),
  zonderActiviteit: oneOf(["ja"]),
  pagina: pageNumber,
});
