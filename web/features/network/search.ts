import { isoDay, oneOf, pageNumber, searchParams, text, uuid } from "../../ui/search-params.ts";

/** The public directory's search, in the URL (a search can be shared). */
export const directorySearchSchema = searchParams({
  werkgebied: text(100),
  q: text(200),
  wijk: uuid,
  pagina: pageNumber,
});

/** The staff view's filters. */
export const networkSearchSchema = searchParams({
  q: text(200),
  verouderd: oneOf(["ja"]),
  pagina: pageNumber,
});

/** The referral matrix's period, in the URL. */
export const matrixSearchSchema = searchParams({ van: isoDay, tot: isoDay });
