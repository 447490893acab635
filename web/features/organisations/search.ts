import { organisationTypes } from "../../../shared/organisation-types.ts";
import { oneOf, pageNumber, searchParams, text, uuid } from "../../ui/search-params.ts";

/** The filters of the organisations list, in the URL. */
export const organisationsSearchSchema = searchParams({
  q: text(200),
  soort: oneOf(organisationTypes),
  wijk: uuid,
  pagina: pageNumber,
});
