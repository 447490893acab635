import { endpoint } from "./endpoint.ts";
import { z } from "./zod.ts";

/** A volunteer's private calendar feed (server/features/calendar). */
export const calendarEndpoints = {
  feed: endpoint({
    method: "GET",
    path: "/api/public/calendar/:file",
    tags: ["agenda"],
    summary: "Privé-agenda van een vrijwilliger (iCalendar, Europe/Amsterdam); de link is het geheim",
    permission: "public",
    processing: "volunteers.self",
    personalData: true,
    processingNotLogged: "self",
    params: z.object({ file: z.string().max(100) }),
  }),
};
