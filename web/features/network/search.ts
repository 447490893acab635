import { z } from "../../../shared/zod.ts";

const page = z.coerce.number().int().min(1).optional().catch(undefined);

/** The public directory's search, in the URL (a search can be shared). */
export const directorySearchSchema = z.object({
  werkgebied: z.string().max(100).optional().catch(undefined),
  q: z.string().max(200).optional().catch(undefined),
  wijk: z.uuid().optional().catch(undefined),
  pagina: page,
});

/** The staff view's filters. */
export const networkSearchSchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  verouderd: z.literal("ja").optional().catch(undefined),
  pagina: page,
});

const day = z.iso.date().optional().catch(undefined);

/** The referral matrix's period, in the URL. */
export const matrixSearchSchema = z.object({ van: day, tot: day });
