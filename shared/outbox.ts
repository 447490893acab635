import { endpoint } from "./endpoint.ts";
import { pageOf, pageQuerySchema } from "./paging.ts";
import { z } from "./zod.ts";

export const mailViewSchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  transport: z.enum(["smtp", "outbox", "log-only"]),
  error: z.string().nullable(),
  createdAt: z.string(),
});
export type MailView = z.infer<typeof mailViewSchema>;

export const outboxEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/outbox",
    tags: ["beheer"],
    summary: "Verzonden e-mail, zonder links met een geheim (wachtwoord, bevestiging)",
    permission: "outbox.read",
    processing: "outbox.read",
    query: pageQuerySchema,
    response: pageOf(mailViewSchema),
  }),
};
