import { roles } from "../../../shared/roles.ts";
import { z } from "../../../shared/zod.ts";

/** The filters of the users list, in the URL. */
export const usersSearchSchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  rol: z.enum(roles).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).optional().catch(undefined),
});
