import { z } from "../../../shared/zod.ts";

/** The filters of the learning page, in the URL: own trajectories or the library, theme, text, page. */
export const learningSearchSchema = z.object({
  bron: z.enum(["eigen", "bibliotheek"]).optional().catch(undefined),
  thema: z.string().max(60).optional().catch(undefined),
  zoek: z.string().max(200).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).optional().catch(undefined),
});
