import type { FastifyInstance, FastifyRequest } from "fastify";
import type { FieldError } from "../../shared/errors.ts";
import type { Config } from "./config.ts";
import { AppError, validationFailed } from "./errors.ts";

/**
 * What every request passes at the edge, before a feature sees it: the CSRF origin check, the
 * protective response headers, and the refusal of text PostgreSQL cannot store. Decisions are made on
 * the routed path, never on the raw URL string (`/%61pi/...` routes to `/api/...`).
 */

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isStateChanging(method: string) {
  return STATE_CHANGING.has(method.toUpperCase());
}

/** The raw path as the router sees it: percent-decoded, without empty and dot segments, lower case. */
export function normalisePath(url: string): string {
  const raw = url.split("?")[0] ?? "";
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {}
  const segments: string[] = [];
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join("/")}`.toLowerCase();
}

const underApi = (path: string | undefined, prefix = "/api") =>
  path !== undefined && (path === prefix || path.startsWith(`${prefix}/`));

/**
 * Is this an API request? True when the matched route is an /api route, and also when the normalised
 * raw path is (a catch-all like the web app's `/*` may have matched, or no route at all). Used for
 * protections, so in doubt it says yes.
 */
export function isApiRequest(request: FastifyRequest) {
  return underApi(request.routeOptions.url) || underApi(normalisePath(request.url));
}

/** Is this one of swagger-ui's own routes? Only the matched route counts (used for an exception). */
function isDocsRoute(request: FastifyRequest) {
  return underApi(request.routeOptions.url, "/api/docs");
}

/** One policy for the app and the API documentation (swagger-ui loads only its own files). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

export const HSTS = "max-age=31536000; includeSubDomains";

export function registerEdge(app: FastifyInstance, config: Config) {
  const httpsPublicUrl = config.publicUrl.startsWith("https://");
  const production = config.NODE_ENV === "production";

  // CSRF: browsers send Origin on cross-site state-changing requests; only our own origin may change state.
  app.addHook("onRequest", async (request) => {
    if (!isStateChanging(request.method) || !isApiRequest(request)) return;
    const origin = request.headers.origin;
    const site = request.headers["sec-fetch-site"];
    if ((origin && !config.trustedOrigins.includes(origin)) || site === "cross-site") {
      throw new AppError(403, "csrf", "Dit verzoek komt niet van Inzet zelf en is geweigerd.");
    }
  });

  app.addHook("onSend", async (request, reply) => {
    reply.header("x-trace-id", String(request.id));
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "same-origin");
    reply.header("x-frame-options", "DENY");
    reply.header("content-security-policy", CONTENT_SECURITY_POLICY);
    // request.protocol honours X-Forwarded-Proto only when TRUST_PROXY is on.
    if (production && (httpsPublicUrl || request.protocol === "https")) {
      reply.header("strict-transport-security", HSTS);
    }
    if (isApiRequest(request) && !isDocsRoute(request)) reply.header("cache-control", "no-store");
  });
}

/**
 * Refuses, for every route, input with a NUL or a lone surrogate anywhere (path, query, body) with a
 * 400 and the field. Register after the policy hook: a forbidden caller still gets 401/403 first.
 */
export function registerTextGuard(app: FastifyInstance) {
  app.addHook("preValidation", async (request) => {
    const fields = [
      ...badText(request.params, "params."),
      ...badText(request.query, "querystring."),
      ...badText(request.body, ""),
    ];
    if (fields.length > 0) throw validationFailed(fields);
  });
}

const INVALID_TEXT_MESSAGE = "Deze tekst bevat een teken dat niet is toegestaan (zoals een nulteken).";
// A NUL, or half of a UTF-16 surrogate pair: PostgreSQL stores neither.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasInvalidText(value: string) {
  return value.includes("\u0000") || LONE_SURROGATE.test(value);
}

/** Every string (values and keys) in parsed input that cannot be stored, with its field path. */
export function badText(value: unknown, prefix: string, depth = 0): FieldError[] {
  const field = (path: string): FieldError => ({
    path: path.replace(/\.$/, ""),
    code: "invalid_characters",
    message: INVALID_TEXT_MESSAGE,
  });
  if (typeof value === "string") return hasInvalidText(value) ? [field(prefix)] : [];
  if (value === null || typeof value !== "object" || depth > 32) return [];
  const found: FieldError[] = [];
  for (const [key, item] of Object.entries(value)) {
    const path = `${prefix}${key}`;
    if (hasInvalidText(key)) found.push(field(prefix));
    else found.push(...badText(item, `${path}.`, depth + 1));
    if (found.length >= 20) break;
  }
  return found;
}
