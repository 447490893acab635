import { amsterdamDay } from "../dates.ts";
import { emailSchema, isoDateSchema, optional, phoneSchema, postcodeSchema } from "../validation.ts";
import { z } from "../zod.ts";
import { termCode } from "./settings-schema.ts";

/** Volunteers: signing up, on the public form or assisted by a coordinator. */

// --- Sign-up ---

export const personName = (label: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `Vul uw ${label} in.` })
    .max(100, { message: "Maximaal 100 tekens." });

export const birthDateSchema = isoDateSchema.refine(
  (value) => {
    const year = Number(value.slice(0, 4));
    return year >= 1900 && value <= amsterdamDay();
  },
  { message: "Vul een geboortedatum in het verleden in." },
);

/** The public sign-up form (no account needed). */
export const signupInputSchema = z.object({
  givenName: personName("voornaam"),
  familyName: personName("achternaam"),
  email: emailSchema,
  phone: optional(phoneSchema),
  postcode: optional(postcodeSchema),
  birthDate: optional(birthDateSchema),
  organisationId: optional(z.uuid({ message: "Kies een organisatie." })),
  /** Every sign-up records how the person heard of us (werving per kanaal). */
  channel: z
    .string({ message: "Kies hoe u van ons hoorde." })
    .trim()
    .min(1, { message: "Kies hoe u van ons hoorde." })
    .pipe(termCode),
  campaignId: optional(z.uuid()),
  motivation: z.string().trim().max(2000, { message: "Maximaal 2000 tekens." }).default(""),
  consent: z.literal(true, { message: "Geef toestemming om uw gegevens te gebruiken voor uw aanmelding." }),
});
export type SignupInput = z.input<typeof signupInputSchema>;

/** A coordinator enters a sign-up for someone who came in person (email optional: assisted access). */
export const assistedSignupSchema = signupInputSchema.omit({ email: true, consent: true }).extend({
  email: optional(emailSchema),
  consent: z.literal(true, { message: "Vraag toestemming en vink dit aan." }),
});

export const confirmSignupSchema = z.object({ token: z.string().min(10).max(200) });
export const confirmSignupResultSchema = z.object({
  merged: z.boolean(),
  tenantName: z.string(),
  passwordMailSent: z.boolean(),
});
