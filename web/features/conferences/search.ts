import { z } from "../../../shared/zod.ts";

/** The conference list has no filters yet; the schema keeps the URL clean. */
export const conferenceSearchSchema = z.object({});
