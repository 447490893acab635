import { endpoint } from "../endpoint.ts";
import { pageOf } from "../paging.ts";
import { can, type Role } from "../roles.ts";
import { idParamSchema } from "../validation.ts";
import { z } from "../zod.ts";

/**
 * A learning trajectory (leertraject) in the template of the Utrecht ervaringsonderzoek (source 000_…):
 * eleven questions, "meer weten" links and themes. It holds no personal data. Its werkgebied may share
 * it with the library that every werkgebied on this installation can read (opt-in per trajectory).
 */
export const trajectoryFields = [
  "experienceQuestion",
  "howGathered",
  "sharedValues",
  "councilRole",
  "municipalityRole",
  "workedWell",
  "disappointed",
  "surprised",
  "result",
  "lessons",
  "nextSteps",
] as const;
export type TrajectoryField = (typeof trajectoryFields)[number];

/** The questions as the template asks them (B1 Dutch). */
export const trajectoryQuestions: Record<TrajectoryField, string> = {
  experienceQuestion: "Welke ervaringsvraag?",
  howGathered: "Hoe opgehaald?",
  sharedValues: "Welke gedeelde waarden?",
  councilRole: "Welke rol had de cliëntenraad?",
  municipalityRole: "Welke rol had de gemeente?",
  workedWell: "Wat werkte goed?",
  disappointed: "Wat viel tegen?",
  surprised: "Wat was verrassend?",
  result: "Wat was het resultaat?",
  lessons: "Wat hebben jullie vooral geleerd?",
  nextSteps: "Hoe nu verder?",
};

const answer = z.string().trim().max(4000, { message: "Hoogstens 4000 tekens." }).default("");

const themeSchema = z
  .string()
  .trim()
  .min(2, { message: "Een thema heeft minstens 2 tekens." })
  .max(60, { message: "Een thema heeft hoogstens 60 tekens." });

export const linkSchema = z.object({
  label: z.string().trim().min(1, { message: "Vul een naam voor de link in." }).max(120),
  url: z
    .url({ protocol: /^https?$/, message: "Vul een webadres in dat begint met https://." })
    .max(500, { message: "Hoogstens 500 tekens." }),
});

export const trajectoryInputSchema = z.object({
  title: z
    .string()
    .trim()
    .min(3, { message: "Geef het leertraject een titel (minstens 3 tekens)." })
    .max(160, { message: "Hoogstens 160 tekens." }),
  ...(Object.fromEntries(trajectoryFields.map((f) => [f, answer])) as Record<TrajectoryField, typeof answer>),
  links: z.array(linkSchema).max(10, { message: "Hoogstens 10 links." }).default([]),
  themes: z
    .array(themeSchema)
    .max(10, { message: "Hoogstens 10 thema's." })
    .default([])
    .transform((themes) => [...new Set(themes.map((t) => t.toLowerCase()))]),
});
export type TrajectoryInput = z.output<typeof trajectoryInputSchema>;

export const trajectorySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  ...(Object.fromEntries(trajectoryFields.map((f) => [f, z.string()])) as Record<
    TrajectoryField,
    z.ZodString
  >),
  links: z.array(linkSchema),
  themes: z.array(z.string()),
  /** Shared with the library of all werkgebieden, since. */
  sharedAt: z.string().nullable(),
  /** The werkgebied it comes from (for the library). */
  tenantName: z.string(),
  updatedAt: z.string(),
  can: z.object({ edit: z.boolean(), share: z.boolean() }),
});
export type Trajectory = z.infer<typeof trajectorySchema>;

export const trajectoryQuerySchema = z.object({
  theme: z.string().trim().max(60).optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const shareSchema = z.object({ shared: z.boolean({ message: "Kies delen of niet delen." }) });

const tags = ["leren"];
export const trajectoryEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/learning/trajectories",
    tags,
    summary: "Leertrajecten van dit werkgebied (filter op thema of tekst)",
    permission: "learning.read",
    query: trajectoryQuerySchema,
    response: pageOf(trajectorySchema),
  }),
  library: endpoint({
    method: "GET",
    path: "/api/learning/library",
    tags,
    summary: "Bibliotheek: gedeelde leertrajecten van alle werkgebieden (filter op thema of tekst)",
    permission: "learning.read",
    query: trajectoryQuerySchema,
    response: pageOf(trajectorySchema),
  }),
  get: endpoint({
    method: "GET",
    path: "/api/learning/trajectories/:id",
    tags,
    summary: "Eén leertraject (van dit werkgebied, of gedeeld in de bibliotheek)",
    permission: "learning.read",
    params: idParamSchema,
    response: trajectorySchema,
  }),
  create: endpoint({
    method: "POST",
    path: "/api/learning/trajectories",
    tags,
    summary: "Leertraject vastleggen",
    permission: "learning.manage",
    body: trajectoryInputSchema,
    response: trajectorySchema,
    status: 201,
  }),
  update: endpoint({
    method: "PUT",
    path: "/api/learning/trajectories/:id",
    tags,
    summary: "Leertraject bijwerken",
    permission: "learning.manage",
    params: idParamSchema,
    body: trajectoryInputSchema,
    response: trajectorySchema,
  }),
  share: endpoint({
    method: "POST",
    path: "/api/learning/trajectories/:id/share",
    tags,
    summary: "Leertraject wel of niet delen met de bibliotheek van alle werkgebieden",
    permission: "learning.manage",
    params: idParamSchema,
    body: shareSchema,
    response: trajectorySchema,
  }),
};

/** A trajectory is edited and shared by its own werkgebied's council, policy officer or beheerder only. */
export function canEditTrajectory(actor: { role: Role; tenantId: string }, trajectory: { tenantId: string }) {
  return can(actor.role, "learning.manage") && actor.tenantId === trajectory.tenantId;
}
