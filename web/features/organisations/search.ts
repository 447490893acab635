import { organisationTypes } from "../../../shared/organisations.ts";
import { z } from "../../../shared/zod.ts";

/** The filters of the organisations list, in the URL. */
export const organisationsSearchSchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  soort: z.enum(organisationTypes).optional().catch(undefined),
  wijk: z.uuid().optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).optional().catch(undefined),
});
