import { endpoint } from "../endpoint.ts";
import { personal } from "../personal-data.ts";
import { actionInputSchema, actionSchema } from "../recruitment.ts";
import type { PolicyActor } from "../roles.ts";
import { idParamSchema, isoDateSchema } from "../validation.ts";
import { z } from "../zod.ts";

/**
 * The course's intake call, the action plan of meeting 3 and its sign-off by the participant's manager,
 * the certificate and the follow-up three months later (ADR 0022). The plan's lines are written into the
 * organisation's recruitment action plan (werving & binding), so they live on with owners and due dates.
 */

/** The manager is a coordinator of the participant's own organisation, and not the participant. */
export const canSignOffPlan = (
  actor: PolicyActor & { userId: string },
  enrolment: { organisationId: string | null; userId: string },
) =>
  actor.role === "coordinator" &&
  enrolment.organisationId !== null &&
  actor.organisationId === enrolment.organisationId &&
  actor.userId !== enrolment.userId;

/** How long after the manager's sign-off the "how is the plan going?" mail goes out. */
export const FOLLOW_UP_MONTHS = 3;

export const intakeInputSchema = z.object({
  day: isoDateSchema,
  held: z.boolean().default(false),
  notes: z.string().trim().max(2000, { message: "Hoogstens 2000 tekens." }).default(""),
});

/** The two-level plan: at least one line about which volunteers to approach and how, one about conditions. */
export const planInputSchema = z.object({
  actions: z
    .array(actionInputSchema.omit({ organisationId: true, status: true }))
    .min(2, { message: "Schrijf minstens twee acties op: één per niveau." })
    .max(20, { message: "Hoogstens 20 acties." })
    .refine(
      (lines) => lines.some((a) => a.level === "approach") && lines.some((a) => a.level === "conditions"),
      {
        message:
          "Een actieplan heeft twee niveaus: wie u benadert en hoe, en welke randvoorwaarden nodig zijn.",
      },
    ),
});

export const progressSchema = z.object({
  enrolmentId: z.uuid(),
  intake: z.object({ day: z.string(), held: z.boolean(), notes: personal(z.string()) }).nullable(),
  plan: z
    .object({
      submittedAt: z.string(),
      actions: z.array(actionSchema),
      signedOff: z.object({ byName: z.string(), at: z.string() }).nullable(),
    })
    .nullable(),
  homeworkDone: z.number().int(),
  homeworkTotal: z.number().int(),
  /** Intake held, all homework in, plan signed off: the certificate can be downloaded. */
  completed: z.boolean(),
  /** What is still needed for the certificate, in plain words. */
  missing: z.array(z.string()),
  /** The day the follow-up mail goes out (three months after the sign-off), and whether it went. */
  followUp: z.object({ on: z.string(), sent: z.boolean() }).nullable(),
});
export type CourseProgress = z.infer<typeof progressSchema>;

export const planToSignSchema = z.object({
  enrolmentId: z.uuid(),
  name: personal(z.string()),
  editionTitle: z.string(),
  submittedAt: z.string(),
  actions: z.array(actionSchema),
  signedOff: z.object({ byName: z.string(), at: z.string() }).nullable(),
});

const tags = ["leergang"];
export const coursePlanEndpoints = {
  intake: endpoint({
    method: "PUT",
    path: "/api/learning/courses/enrolments/:id/intake",
    tags,
    summary: "Intakegesprek van een deelnemer plannen of vastleggen",
    permission: "courses.manage",
    processing: "learning.courses",
    params: idParamSchema,
    body: intakeInputSchema,
    response: progressSchema,
  }),
  progress: endpoint({
    method: "GET",
    path: "/api/learning/courses/:id/progress",
    tags,
    processing: "learning.courses",
    processingNotLogged: "self",
    summary: "Mijn voortgang: intake, huiswerk, actieplan, aftekening, certificaat",
    permission: "courses.enrol",
    params: idParamSchema,
    response: progressSchema,
  }),
  plan: endpoint({
    method: "PUT",
    path: "/api/learning/courses/:id/plan",
    tags,
    processing: "learning.courses",
    processingNotLogged: "self",
    summary: "Actieplan op twee niveaus indienen; het komt in het actieplan werving & binding",
    permission: "courses.enrol",
    params: idParamSchema,
    body: planInputSchema,
    response: progressSchema,
  }),
  plans: endpoint({
    method: "GET",
    path: "/api/learning/courses/plans",
    tags,
    summary: "Actieplannen van deelnemers uit mijn organisatie, om af te tekenen",
    permission: "courses.signOff",
    processing: "learning.courses",
    response: z.array(planToSignSchema),
  }),
  signOff: endpoint({
    method: "POST",
    path: "/api/learning/courses/enrolments/:id/sign-off",
    tags,
    summary: "Het actieplan van een deelnemer aftekenen als manager",
    permission: "courses.signOff",
    processing: "learning.courses",
    params: idParamSchema,
    response: planToSignSchema,
  }),
  certificate: endpoint({
    method: "GET",
    path: "/api/learning/courses/:id/certificate",
    tags,
    summary: "Certificaat van de leergang (PDF), als alles af is",
    permission: "courses.enrol",
    processing: "learning.courses",
    processingNotLogged: "self",
    personalData: true,
    params: idParamSchema,
  }),
};
