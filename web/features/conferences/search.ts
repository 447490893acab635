import { searchParams } from "../../ui/search-params.ts";

/** The conference list has no filters yet; the schema keeps the URL clean. */
export const conferenceSearchSchema = searchParams({});
