import { availabilitySlots, screeningFilters, volunteerStatuses } from "../../../shared/volunteers.ts";
import { z } from "../../../shared/zod.ts";

const text = z.string().max(200).optional().catch(undefined);
const id = z.uuid().optional().catch(undefined);

/** The filters and page of the volunteers list, in the URL (bookmarkable, the back button works). */
export const volunteersSearchSchema = z.object({
  q: text,
  status: z.enum(volunteerStatuses).optional().catch(undefined),
  organisationId: id,
  skill: text,
  districtId: id,
  motiveType: text,
  available: z.enum(availabilitySlots).optional().catch(undefined),
  screening: z.enum(screeningFilters).optional().catch(undefined),
  sort: z.enum(["name", "signedUpAt", "-signedUpAt", "status"]).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type VolunteersSearch = z.infer<typeof volunteersSearchSchema>;
