import { attachmentSchema, fileInputSchema } from "../attachments.ts";
import { endpoint } from "../endpoint.ts";
import type { MotiveFunction } from "../motives.ts";
import { personal } from "../personal-data.ts";
import { countSchema } from "../small-counts.ts";
import { idParamSchema } from "../validation.ts";
import { z } from "../zod.ts";

/**
 * The course "Slim inspelen op drijfveren" (source 003_…, SodaProducties/ISKB): three meetings of a day
 * about four weeks apart, homework built on the participant's own organisation's data in Inzet, and on
 * the third day an action plan on two levels. The curriculum is code; editions and homework are data.
 */
export type OwnData = "stakeholders" | "motiveMix" | "dropout" | "channels" | "actionPlan";
export type Exercise = {
  code: string;
  title: string;
  instructions: string;
  /** The motives (shared/motives.ts) the exercise works with. */
  motives: MotiveFunction[];
  /** Which data of the own organisation the exercise shows beside it. */
  uses: OwnData[];
  hours: number;
};
export type CourseModule = { meeting: 1 | 2 | 3; title: string; summary: string; exercises: Exercise[] };

export const drijfverenModules: CourseModule[] = [
  {
    meeting: 1,
    title: "Belanghebbenden, vrijwilligers en drijfveren",
    summary:
      "Met wie werkt uw organisatie samen, en waar kan meer vrijwillige inzet? Welke typen vrijwilligers zijn er al, en wat drijft hen?",
    exercises: [
      {
        code: "m1-belanghebbenden",
        title: "Breng uw belanghebbenden in beeld",
        instructions:
          "Schrijf op met welke partijen uw organisatie samenwerkt en bij welke activiteiten vrijwilligers meer kunnen doen.",
        motives: ["values", "social"],
        uses: ["stakeholders"],
        hours: 3,
      },
      {
        code: "m1-drijfveren",
        title: "De drijfveren van uw eigen vrijwilligers",
        instructions:
          "Kijk naar de mix van drijfveren en typen vrijwilligers in uw organisatie. Welke typen ontbreken? Voor wie zou uw organisatie interessant kunnen zijn?",
        motives: ["values", "understanding", "social", "career", "protective", "enhancement"],
        uses: ["motiveMix"],
        hours: 6,
      },
    ],
  },
  {
    meeting: 2,
    title: "Do's en don'ts",
    summary:
      "Wat werkt bij het werven en binden van vrijwilligers met verschillende drijfveren? Eerst uw vaardigheden, dan de randvoorwaarden in de organisatie.",
    exercises: [
      {
        code: "m2-verloop",
        title: "Verloop per type en kanaal",
        instructions:
          "Bekijk welke vrijwilligers stoppen, per type en per wervingskanaal. Wat zegt dat over de binding? Noem per type één do en één don't.",
        motives: ["career", "social", "protective"],
        uses: ["dropout", "channels"],
        hours: 5,
      },
      {
        code: "m2-beleid",
        title: "Beleid en praktijk in uw organisatie",
        instructions:
          "Beschrijf het beleid voor vrijwillige inzet en hoe het in de praktijk gaat. Formuleer doelen voor werving, selectie en binding.",
        motives: ["values", "enhancement"],
        uses: ["channels"],
        hours: 4,
      },
    ],
  },
  {
    meeting: 3,
    title: "Een concreet plan van aanpak",
    summary:
      "U maakt een actieplan op twee niveaus: welke vrijwilligers u benadert en hoe, en welke randvoorwaarden de organisatie regelt. Uw manager tekent het af.",
    exercises: [
      {
        code: "m3-actieplan",
        title: "Uw actieplan op twee niveaus",
        instructions:
          "Schrijf per type vrijwilliger hoe u hen benadert, en welke randvoorwaarden in de organisatie nodig zijn. Het plan komt in het actieplan werving & binding van uw organisatie.",
        motives: ["values", "understanding", "social", "career", "protective", "enhancement"],
        uses: ["motiveMix", "actionPlan"],
        hours: 3,
      },
    ],
  },
];

export const exerciseCodes = drijfverenModules.flatMap((m) => m.exercises.map((e) => e.code));
export const COURSE_MEETINGS = 3;

/** The edition's state for sign-ups: below the minimum, open, or full (new sign-ups go to the waitlist). */
export function editionState(
  enrolled: number,
  edition: { minParticipants: number; maxParticipants: number },
) {
  if (enrolled >= edition.maxParticipants) return "full" as const;
  if (enrolled < edition.minParticipants) return "notEnough" as const;
  return "open" as const;
}

const day = z.iso.date({ message: "Gebruik een datum als 2026-01-31." });

export const editionInputSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(3, { message: "Geef de leergang een naam (minstens 3 tekens)." })
      .max(160, { message: "Hoogstens 160 tekens." }),
    minParticipants: z.number().int().min(2, { message: "Minstens 2." }).max(30).default(8),
    maxParticipants: z
      .number()
      .int()
      .min(2, { message: "Minstens 2." })
      .max(30, { message: "Hoogstens 30." })
      .default(12),
  })
  .refine((e) => e.minParticipants <= e.maxParticipants, {
    message: "Het maximum is lager dan het minimum.",
    path: ["maxParticipants"],
  });

/** Three meetings about four weeks apart (3 to 6 weeks allowed), in order. */
export const meetingsInputSchema = z.object({
  days: z
    .array(day)
    .length(COURSE_MEETINGS, { message: "Kies drie datums, één per bijeenkomst." })
    .superRefine((days, ctx) => {
      for (let i = 1; i < days.length; i++) {
        const gap =
          (Date.parse(`${days[i]}T12:00:00Z`) - Date.parse(`${days[i - 1]}T12:00:00Z`)) / 86_400_000;
        if (gap < 21 || gap > 42)
          ctx.addIssue({
            code: "custom",
            path: [i],
            message: "Houd tussen twee bijeenkomsten ongeveer vier weken (3 tot 6 weken).",
          });
      }
    }),
});

export const enrolmentStatuses = ["enrolled", "waitlisted"] as const;

export const editionSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  minParticipants: z.number().int(),
  maxParticipants: z.number().int(),
  meetingDays: z.array(z.string()).nullable(),
  enrolled: z.number().int(),
  waitlisted: z.number().int(),
  state: z.enum(["notEnough", "open", "full"]),
  /** The signed-in user's place: enrolled, on the waitlist, or not signed up. */
  myStatus: z.enum(enrolmentStatuses).nullable(),
  can: z.object({ enrol: z.boolean(), setMeetings: z.boolean() }),
});
export type CourseEdition = z.infer<typeof editionSchema>;

export const enrolmentSchema = z.object({
  id: z.uuid(),
  name: personal(z.string()),
  organisationName: z.string().nullable(),
  status: z.enum(enrolmentStatuses),
  enrolledAt: z.string(),
});

export const submissionInputSchema = z.object({
  text: z
    .string()
    .trim()
    .min(10, { message: "Schrijf minstens 10 tekens." })
    .max(20_000, { message: "Hoogstens 20.000 tekens." }),
});

/** Homework files: a report, a filled-in sheet, a photo of a flip-over. Open formats (ODF) as well. */
export const homeworkFileTypes = [
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.oasis.opendocument.spreadsheet",
  "image/png",
  "image/jpeg",
] as const;
export const MAX_HOMEWORK_FILE_BYTES = 2_000_000;
export const MAX_HOMEWORK_FILES = 5;
export const homeworkFileInputSchema = fileInputSchema(homeworkFileTypes, MAX_HOMEWORK_FILE_BYTES);

const homeworkFileSchema = attachmentSchema.extend({ addedAt: z.string(), late: z.boolean() });

const countRow = z.object({
  key: z.string(),
  label: z.string(),
  volunteers: countSchema,
  stopped: countSchema,
});

export const homeworkSchema = z.object({
  edition: editionSchema,
  modules: z.array(
    z.object({
      meeting: z.number().int(),
      title: z.string(),
      summary: z.string(),
      /** The day this meeting's homework is due (the next meeting); null until dates are set. */
      dueOn: z.string().nullable(),
      exercises: z.array(
        z.object({
          code: z.string(),
          title: z.string(),
          instructions: z.string(),
          motives: z.array(z.string()),
          uses: z.array(z.string()),
          hours: z.number(),
          submission: z
            .object({
              text: z.string(),
              submittedAt: z.string(),
              late: z.boolean(),
              files: z.array(homeworkFileSchema),
            })
            .nullable(),
        }),
      ),
    }),
  ),
  /** The own organisation's figures the homework is built on (as its coordinator sees them). */
  ownData: z.object({
    organisationName: z.string().nullable(),
    byMotiveType: z.array(countRow),
    byChannel: z.array(countRow),
  }),
});

const exerciseParams = z.object({
  id: z.uuid({ message: "Ongeldige id." }),
  code: z.enum(exerciseCodes as [string, ...string[]], { message: "Onbekende opdracht." }),
});

const fileParams = z.object({
  id: z.uuid({ message: "Ongeldige id." }),
  fileId: z.uuid({ message: "Ongeldige id." }),
});

const tags = ["leergang"];
export const courseEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/learning/courses",
    tags,
    summary: "Leergangen Drijfveren met aanmeldingen en wachtlijst",
    permission: "courses.read",
    response: z.array(editionSchema),
  }),
  create: endpoint({
    method: "POST",
    path: "/api/learning/courses",
    tags,
    summary: "Nieuwe leergang (8 tot 12 deelnemers)",
    permission: "courses.manage",
    body: editionInputSchema,
    response: editionSchema,
    status: 201,
  }),
  enrol: endpoint({
    method: "POST",
    path: "/api/learning/courses/:id/enrol",
    tags,
    summary: "Aanmelden; boven het maximum op de wachtlijst",
    permission: "courses.enrol",
    processing: "learning.courses",
    params: idParamSchema,
    response: editionSchema,
  }),
  setMeetings: endpoint({
    method: "PUT",
    path: "/api/learning/courses/:id/meetings",
    tags,
    summary: "Datums van de drie bijeenkomsten (pas als er genoeg aanmeldingen zijn)",
    permission: "courses.manage",
    params: idParamSchema,
    body: meetingsInputSchema,
    response: editionSchema,
  }),
  participants: endpoint({
    method: "GET",
    path: "/api/learning/courses/:id/participants",
    tags,
    summary: "Deelnemers en wachtlijst van een leergang",
    permission: "courses.manage",
    processing: "learning.courses",
    params: idParamSchema,
    response: z.array(enrolmentSchema),
  }),
  homework: endpoint({
    method: "GET",
    path: "/api/learning/courses/:id/homework",
    tags,
    summary: "Mijn huiswerk per bijeenkomst, met de cijfers van mijn eigen organisatie",
    permission: "courses.enrol",
    params: idParamSchema,
    response: homeworkSchema,
  }),
  submit: endpoint({
    method: "PUT",
    path: "/api/learning/courses/:id/homework/:code",
    tags,
    summary: "Huiswerk inleveren (na de deadline mag, maar het wordt gemarkeerd als te laat)",
    permission: "courses.enrol",
    params: exerciseParams,
    body: submissionInputSchema,
    response: homeworkSchema,
  }),
  addFile: endpoint({
    method: "POST",
    path: "/api/learning/courses/:id/homework/:code/files",
    tags,
    summary:
      "Een bijlage bij ingeleverd huiswerk (PDF, Word, OpenDocument, Excel of foto; na de deadline gemarkeerd)",
    permission: "courses.enrol",
    params: exerciseParams,
    body: homeworkFileInputSchema,
    bodyLimit: 3 * 1024 * 1024,
    response: homeworkSchema,
    status: 201,
  }),
  file: endpoint({
    method: "GET",
    path: "/api/learning/courses/:id/files/:fileId",
    tags,
    summary: "Een bijlage van mijn huiswerk",
    permission: "courses.enrol",
    personalData: false,
    params: fileParams,
  }),
  removeFile: endpoint({
    method: "DELETE",
    path: "/api/learning/courses/:id/files/:fileId",
    tags,
    summary: "Een bijlage van mijn huiswerk weghalen",
    permission: "courses.enrol",
    params: fileParams,
    response: homeworkSchema,
  }),
};
