import { isoDay, searchParams } from "../../ui/search-params.ts";

/** The monitor's period, in the URL (a view can be shared). */
export const monitorSearchSchema = searchParams({ van: isoDay, tot: isoDay });
