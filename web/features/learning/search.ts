import { oneOf, pageNumber, searchParams, text } from "../../ui/search-params.ts";

/** The filters of the learning page, in the URL: own trajectories or the library, theme, text, page. */
export const learningSearchSchema = searchParams({
  bron: oneOf(["eigen", "bibliotheek"]),
  thema: text(60),
  zoek: text(200),
  pagina: pageNumber,
});
