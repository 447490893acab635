import { vacancyStatuses } from "../../../shared/vacancy-statuses.ts";
import { availabilitySlots } from "../../../shared/volunteers/statuses.ts";
import { oneOf, pageNumber, type SearchOf, searchParams, text } from "../../ui/search-params.ts";

// The filters of the vacancy pages, in the URL (bookmarkable, the back button works). Kept apart from
// the pages, and free of zod, so the route table does not pull schemas into the first chunk.

const vacancySearch = {
  werkgebied: text(100),
  q: text(200),
  wijk: text(100),
  dagdeel: oneOf(availabilitySlots),
  soort: oneOf(["oneOff", "regular"]),
  thema: text(100),
  afstand: oneOf(["ja"]),
  postcode: text(10),
  km: text(10),
  pagina: pageNumber,
};
/** The public search (/vacatures). */
export const vacancySearchSchema = searchParams(vacancySearch);
export type VacancySearch = SearchOf<typeof vacancySearch>;

/** One published vacancy (/vacatures/$id). */
export const vacancyPublicSearchSchema = searchParams({ werkgebied: text(100) });

/** The coordinator's list (/vacaturebeheer). */
export const vacanciesManageSearchSchema = searchParams({
  q: text(200),
  status: oneOf(vacancyStatuses),
  pagina: pageNumber,
});
