import { vacancyStatuses } from "../../../shared/vacancies.ts";
import { availabilitySlots } from "../../../shared/volunteers.ts";
import { z } from "../../../shared/zod.ts";

// The filters of the vacancy pages, in the URL (bookmarkable, the back button works). Kept apart from
// the pages so the route table does not pull them into the first chunk.

/** The public search (/vacatures). */
export const vacancySearchSchema = z.object({
  werkgebied: z.string().optional(),
  q: z.string().optional(),
  wijk: z.string().optional(),
  dagdeel: z.enum(availabilitySlots).optional().catch(undefined),
  soort: z.enum(["oneOff", "regular"]).optional().catch(undefined),
  thema: z.string().optional(),
  afstand: z.literal("ja").optional().catch(undefined),
  postcode: z.string().optional(),
  km: z.string().optional(),
  pagina: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type VacancySearch = z.infer<typeof vacancySearchSchema>;

/** One published vacancy (/vacatures/$id). */
export const vacancyPublicSearchSchema = z.object({ werkgebied: z.string().optional() });

/** The coordinator's list (/vacaturebeheer). */
export const vacanciesManageSearchSchema = z.object({
  q: z.string().optional().catch(undefined),
  status: z.enum(vacancyStatuses).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).optional().catch(undefined),
});
