import { endpoint } from "../endpoint.ts";
import type { FieldError } from "../errors.ts";
import { idParamSchema } from "../validation.ts";
import { z } from "../zod.ts";
import { trajectoryIdParams } from "./trajectories.ts";

/**
 * The mind map of a wijk: needs → possible solutions → conditions (randvoorwaarden), a tree. Solutions go
 * through the funnel to realistic options: raised → clustered → checked for feasibility → chosen or not
 * chosen (with a reason). A duplicate is merged into another solution ("merged"), with an audit trail.
 */
export const nodeKinds = ["need", "solution", "condition"] as const;
export type NodeKind = (typeof nodeKinds)[number];
/** The kind a node's parent must have (a need is a root). */
export const parentKindOf: Record<NodeKind, NodeKind | null> = {
  need: null,
  solution: "need",
  condition: "solution",
};

export const funnelStages = ["raised", "clustered", "checked", "chosen", "notChosen", "merged"] as const;
export type FunnelStage = (typeof funnelStages)[number];
export const funnelTransitions: Record<FunnelStage, FunnelStage[]> = {
  raised: ["clustered", "checked", "notChosen"],
  clustered: ["checked", "notChosen"],
  checked: ["chosen", "notChosen", "clustered"],
  chosen: ["notChosen"],
  notChosen: ["raised"],
  merged: [],
};
export const performers = ["volunteer", "professional", "mixed"] as const;

export const nodeInputSchema = z.object({
  kind: z.enum(nodeKinds, { message: "Kies: behoefte, oplossing of randvoorwaarde." }),
  parentId: z.uuid({ message: "Kies waar dit onder hoort." }).nullable().default(null),
  title: z
    .string()
    .trim()
    .min(2, { message: "Schrijf een korte titel (minstens 2 tekens)." })
    .max(160, { message: "Hoogstens 160 tekens." }),
  note: z.string().trim().max(2000, { message: "Hoogstens 2000 tekens." }).default(""),
  /** An idea from the board placed into the map. */
  ideaId: z.uuid({ message: "Ongeldig idee." }).optional(),
});
export type NodeInput = z.output<typeof nodeInputSchema>;

export const nodeUpdateSchema = z.object({
  title: nodeInputSchema.shape.title.optional(),
  note: z.string().trim().max(2000, { message: "Hoogstens 2000 tekens." }).optional(),
  parentId: z.uuid({ message: "Kies waar dit onder hoort." }).nullable().optional(),
  /** Place on the drawing (the list view ignores it). */
  x: z.number().min(0).max(10_000).optional(),
  y: z.number().min(0).max(10_000).optional(),
});

export const stageInputSchema = z.object({
  stage: z.enum(funnelStages, { message: "Kies een stap." }),
  reason: z.string().trim().max(1000, { message: "Hoogstens 1000 tekens." }).default(""),
  cost: z.coerce.number({ message: "Vul een bedrag in." }).min(0, { message: "Niet negatief." }).optional(),
  who: z.string().trim().max(200, { message: "Hoogstens 200 tekens." }).optional(),
  performer: z.enum(performers, { message: "Kies: vrijwilligers, professionals of samen." }).optional(),
});
export type StageInput = z.output<typeof stageInputSchema>;

export const mergeInputSchema = z.object({
  intoId: z.uuid({ message: "Kies de oplossing waarin u deze samenvoegt." }),
  reason: z.string().trim().max(1000, { message: "Hoogstens 1000 tekens." }).default(""),
});

/** What a stage change needs besides an allowed step: a reason to drop, the feasibility to check. */
export function stageProblems(from: FunnelStage, input: StageInput): FieldError[] {
  if (input.stage === "merged")
    return [{ path: "stage", code: "use_merge", message: "Samenvoegen doet u met ‘Samenvoegen’." }];
  if (!funnelTransitions[from].includes(input.stage))
    return [
      {
        path: "stage",
        code: "invalid_transition",
        message: "Deze stap kan nu niet; kies een volgende stap.",
      },
    ];
  const problems: FieldError[] = [];
  if (input.stage === "notChosen" && input.reason.length < 5)
    problems.push({
      path: "reason",
      code: "reason_required",
      message: "Schrijf waarom niet (minstens 5 tekens).",
    });
  if (input.stage === "checked") {
    if (input.cost === undefined)
      problems.push({ path: "cost", code: "required", message: "Vul in wat het ongeveer kost." });
    if (!input.who) problems.push({ path: "who", code: "required", message: "Vul in wie het doet." });
    if (!input.performer)
      problems.push({
        path: "performer",
        code: "required",
        message: "Kies: vrijwilligers, professionals of samen.",
      });
  }
  return problems;
}

export const nodeSchema = z.object({
  id: z.uuid(),
  kind: z.enum(nodeKinds),
  parentId: z.uuid().nullable(),
  title: z.string(),
  note: z.string(),
  /** Funnel stage; for needs and conditions always "raised". */
  stage: z.enum(funnelStages),
  reason: z.string(),
  feasibility: z
    .object({ cost: z.number().nullable(), who: z.string(), performer: z.enum(performers).nullable() })
    .nullable(),
  mergedIntoId: z.uuid().nullable(),
  ideaIds: z.array(z.uuid()),
  x: z.number().nullable(),
  y: z.number().nullable(),
});
export type MindMapNode = z.infer<typeof nodeSchema>;

export const nodeEventSchema = z.object({
  id: z.uuid(),
  kind: z.enum(["created", "stage", "merged", "mergedFrom", "moved"]),
  fromStage: z.enum(funnelStages).nullable(),
  toStage: z.enum(funnelStages).nullable(),
  reason: z.string(),
  otherNodeTitle: z.string().nullable(),
  at: z.string(),
});

const tags = ["wijkaanpak"];
const mapResponse = z.object({ nodes: z.array(nodeSchema) });
export const mindMapEndpoints = {
  get: endpoint({
    method: "GET",
    path: "/api/agreements/trajectories/:trajectoryId/mind-map",
    tags,
    summary: "De mindmap van de wijk: behoeften, oplossingen en randvoorwaarden",
    permission: "agreements.read",
    params: trajectoryIdParams,
    response: mapResponse,
  }),
  svg: endpoint({
    method: "GET",
    path: "/api/agreements/trajectories/:trajectoryId/mind-map.svg",
    tags,
    summary: "De mindmap als SVG-afbeelding",
    permission: "agreements.read",
    personalData: false,
    params: trajectoryIdParams,
  }),
  pdf: endpoint({
    method: "GET",
    path: "/api/agreements/trajectories/:trajectoryId/mind-map.pdf",
    tags,
    summary: "De mindmap als PDF (vectortekening, tekst doorzoekbaar)",
    permission: "agreements.read",
    personalData: false,
    params: trajectoryIdParams,
  }),
  add: endpoint({
    method: "POST",
    path: "/api/agreements/trajectories/:trajectoryId/nodes",
    tags,
    summary: "Een behoefte, oplossing of randvoorwaarde toevoegen (ook vanuit een idee)",
    permission: "dialogue.manage",
    params: trajectoryIdParams,
    body: nodeInputSchema,
    response: nodeSchema,
    status: 201,
  }),
  update: endpoint({
    method: "PATCH",
    path: "/api/agreements/nodes/:id",
    tags,
    summary: "Titel, toelichting, plek of bovenliggende tak wijzigen",
    permission: "dialogue.manage",
    params: idParamSchema,
    body: nodeUpdateSchema,
    response: nodeSchema,
  }),
  stage: endpoint({
    method: "POST",
    path: "/api/agreements/nodes/:id/stage",
    tags,
    summary: "Een oplossing door de trechter: geclusterd, getoetst, gekozen of niet gekozen",
    permission: "dialogue.manage",
    params: idParamSchema,
    body: stageInputSchema,
    response: nodeSchema,
  }),
  merge: endpoint({
    method: "POST",
    path: "/api/agreements/nodes/:id/merge",
    tags,
    summary: "Een dubbele oplossing samenvoegen met een andere",
    permission: "dialogue.manage",
    params: idParamSchema,
    body: mergeInputSchema,
    response: mapResponse,
  }),
  history: endpoint({
    method: "GET",
    path: "/api/agreements/nodes/:id/history",
    tags,
    summary: "Wat er met een oplossing gebeurde (trechter en samenvoegingen)",
    permission: "agreements.read",
    params: idParamSchema,
    response: z.object({ items: z.array(nodeEventSchema) }),
  }),
};
