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
