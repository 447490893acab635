import { endpoint } from "../endpoint.ts";
import { personal } from "../personal-data.ts";
import { idParamSchema } from "../validation.ts";
import { z } from "../zod.ts";
import { hoursReportSchema } from "./agreements.ts";

/** Who reported the hours of a week. */
export const reporters = ["client", "organisation", "caseworker"] as const;

/**
 * The organisation's side of a participation agreement (ADR 0018): the coordinator of the place sees
 * a placement only when the client chose to tell the organisation that it is a participation
 * agreement, and then only the name, the activity, the agreed hours and the hours reported per week.
 * No client number, date of birth, letters, goals or the klantmanager's notes.
 */
export const placementSchema = z.object({
  id: z.uuid(),
  name: personal(z.string()),
  description: z.string(),
  hoursPerWeek: z.number(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  /** The weeks reported so far, newest first (at most 12). */
  weeks: z.array(z.object({ week: z.string(), hours: z.number(), reportedBy: z.enum(reporters) })),
});
export type Placement = z.infer<typeof placementSchema>;

const tags = ["participatie"];
export const placementEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/participation/placements",
    tags,
    summary: "Lopende participatieplaatsingen bij mijn organisatie (alleen als de klant het heeft verteld)",
    permission: "participation.organisation",
    processing: "participation.organisation",
    response: z.object({ items: z.array(placementSchema) }),
  }),
  hours: endpoint({
    method: "POST",
    path: "/api/participation/placements/:id/hours",
    tags,
    summary: "Uren van een week doorgeven namens de organisatie",
    permission: "participation.organisation",
    processing: "participation.organisation",
    params: idParamSchema,
    body: hoursReportSchema,
    response: placementSchema,
  }),
};
