import { z } from "../../../shared/zod.ts";

const page = z.coerce.number().int().min(1).optional().catch(undefined);
const text = z.string().max(200).optional().catch(undefined);

/** The filters of the processing log live in the URL (Dutch names): a search can be shared and survives a reload. */
export const processingLogSearchSchema = z.object({
  betrokkene: text,
  activiteit: text,
  vanaf: text,
  tot: text,
  pagina: page,
});

/** Only the page, for lists without filters. */
export const pageSearchSchema = z.object({ pagina: page });
