import { pageNumber, searchParams, text } from "../../ui/search-params.ts";

/** The filters of the processing log live in the URL (Dutch names): a search can be shared and survives a reload. */
export const processingLogSearchSchema = searchParams({
  betrokkene: text(200),
  activiteit: text(200),
  vanaf: text(200),
  tot: text(200),
  pagina: pageNumber,
});

/** Only the page, for lists without filters. */
export const pageSearchSchema = searchParams({ pagina: pageNumber });
