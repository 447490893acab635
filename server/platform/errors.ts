import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { ZodError } from "zod";
import type { ErrorResponse, FieldError } from "../../shared/errors.ts";

/** An error meant for the client: a status, a stable code and a Dutch message. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
  }
}

export const notFound = () =>
  new AppError(404, "not_found", "Dit bestaat niet, of u heeft er geen toegang toe.");
export const forbidden = (message = "U mag dit niet doen.") => new AppError(403, "forbidden", message);
export const conflict = (code: string, message: string) => new AppError(409, code, message);

export function validationFailed(fields: FieldError[], message = "Controleer de invoer.") {
  return new AppError(400, "validation_failed", message, fields);
}

export function fieldsFromZod(error: ZodError, prefix = ""): FieldError[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join("."),
    code: issue.code,
    message: issue.message,
  }));
}

const statusMessages: Record<number, [string, string]> = {
  400: ["bad_request", "Het verzoek klopt niet."],
  401: ["unauthenticated", "U bent niet ingelogd."],
  403: ["forbidden", "U mag dit niet doen."],
  404: ["not_found", "Dit bestaat niet, of u heeft er geen toegang toe."],
  405: ["method_not_allowed", "Deze methode kan hier niet."],
  413: ["payload_too_large", "Het verzoek is te groot."],
  415: ["unsupported_media_type", "Dit soort inhoud kan Inzet niet lezen."],
  429: ["too_many_requests", "Te veel pogingen. Wacht even en probeer het opnieuw."],
};

export function errorBody(statusCode: number, traceId?: string, override?: Partial<ErrorResponse["error"]>) {
  const [code, message] = statusMessages[statusCode] ?? ["internal_error", "Er ging iets mis aan onze kant."];
  return { error: { code, message, traceId, ...override } } satisfies ErrorResponse;
}

/** Network errors of the driver and SQLSTATEs that mean "the database is (re)starting or unreachable". */
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01", // admin_shutdown: terminating connection due to administrator command
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: the database system is starting up / shutting down
  "53300", // too_many_connections
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

/** True when the error (or one it wraps, e.g. drizzle's DrizzleQueryError) says the database cannot be reached now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, message, cause, errors } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)) return true;
    if (Array.isArray(errors) && errors.some(isDatabaseUnavailable)) return true; // AggregateError (IPv4 + IPv6)
    current = cause;
  }
  return false;
}

/** Seconds a client should wait before trying again while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Turns every error into the same JSON shape; never leaks a stack trace. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const traceId = String(request.id);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const location = error.validationContext === "body" ? "" : `${error.validationContext}.`;
      const fields = error.validation.map((issue) => ({
        path: `${location}${issue.instancePath.slice(1).replaceAll("/", ".")}`.replace(/\.$/, ""),
        code: issue.keyword,
        message: issue.message ?? "Ongeldige waarde.",
      }));
      return reply
        .status(400)
        .send(
          errorBody(400, traceId, { code: "validation_failed", message: "Controleer de invoer.", fields }),
        );
    }
    if (error instanceof AppError) {
      return reply.status(error.statusCode).send(
        errorBody(error.statusCode, traceId, {
          code: error.code,
          message: error.message,
          fields: error.fields,
        }),
      );
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code =
        error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error instanceof SyntaxError
          ? "invalid_json"
          : undefined;
      const message = code ? "De inhoud is geen geldige JSON." : undefined;
      return reply
        .status(status)
        .send(errorBody(status, traceId, { ...(code && { code }), ...(message && { message }) }));
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, "database unavailable");
      return reply
        .status(503)
        .header("retry-after", String(DATABASE_RETRY_AFTER_SECONDS))
        .send(
          errorBody(503, traceId, {
            code: "database_unavailable",
            message: "Inzet kan de database even niet bereiken. Probeer het over een paar seconden opnieuw.",
          }),
        );
    }
    request.log.error({ err: error }, "unhandled error");
    return reply
      .status(500)
      .send(
        errorBody(500, traceId, { message: "Er ging iets mis aan onze kant. Probeer het later opnieuw." }),
      );
  });
}
