import {
  availabilitySlots,
  screeningFilters,
  volunteerStatuses,
} from "../../../shared/volunteers/statuses.ts";
import { oneOf, pageNumber, type SearchOf, searchParams, text, uuid } from "../../ui/search-params.ts";

const volunteersSearch = {
  q: text(200),
  status: oneOf(volunteerStatuses),
  organisationId: uuid,
  skill: text(200),
  districtId: uuid,
  motiveType: text(200),
  available: oneOf(availabilitySlots),
  screening: oneOf(screeningFilters),
  sort: oneOf(["name", "signedUpAt", "-signedUpAt", "status"]),
  pagina: pageNumber,
};
/** The filters and page of the volunteers list, in the URL (bookmarkable, the back button works). */
export const volunteersSearchSchema = searchParams(volunteersSearch);
export type VolunteersSearch = SearchOf<typeof volunteersSearch>;

/** The parts of a volunteer's page, one at a time (`?deel=`), so one form is open at a time. */
export const volunteerParts = ["overzicht", "status", "screening", "gesprekken", "profiel"] as const;
export type VolunteerPart = (typeof volunteerParts)[number];
export const volunteerDetailSearchSchema = searchParams({ deel: oneOf(volunteerParts) });
