import { z } from "./zod.ts";

export const fieldErrorSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});

/** The body of every 4xx/5xx answer. `code` is stable and machine-readable; `message` is Dutch. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(fieldErrorSchema).optional(),
    traceId: z.string().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** The message of an import refused as a whole: "1 fout" or "3 fouten". */
export const nothingImportedMessage = (errorCount: number) =>
  `Er is niets geïmporteerd: ${errorCount === 1 ? "1 fout" : `${errorCount} fouten`} in het bestand.`;
