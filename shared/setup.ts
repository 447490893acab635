import { gemeenteCodeSchema } from "./tenancy.ts";
import { emailSchema } from "./validation.ts";
import { z } from "./zod.ts";

/** How long the set-password link of `npm run create-admin` works. */
export const FIRST_ADMIN_LINK_HOURS = 24;

/** Input of `npm run create-admin -- --email … --tenant "Gemeente …" [--code GM…] [--name "…"]`. */
export const firstAdminSchema = z.object({
  email: emailSchema,
  tenant: z
    .string({ message: 'Geef de gemeente op met --tenant "Gemeente …".' })
    .trim()
    .min(2, { message: 'Geef de gemeente op met --tenant "Gemeente …" (minstens 2 tekens).' })
    .max(120, { message: "De naam van de gemeente mag hoogstens 120 tekens hebben." }),
  code: gemeenteCodeSchema.optional(),
  name: z.string().trim().min(1, { message: "Vul een naam in met --name." }).max(200).optional(),
});
export type FirstAdminInput = z.input<typeof firstAdminSchema>;
