// One object per API endpoint (ADR 0017): the server registers it (server/platform/endpoint.ts), the web
// calls it with types inferred from it (web/api.ts `call`, `endpointQuery`), and the OpenAPI document is
// generated from the same schemas. Declare endpoints in shared/<feature>.ts or shared/<feature>/….
import type { ProcessingActivity } from "./privacy.ts";
import type { RoutePermission } from "./roles.ts";
import type { z } from "./zod.ts";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Schema = z.ZodType;

export type EndpointDefinition = {
  method: HttpMethod;
  /** Fastify-style path: `/api/referrals/:id/answer`. */
  path: `/${string}`;
  summary: string;
  tags: readonly string[];
  permission: RoutePermission;
  /** The processing activity logged when the route reads or changes personal data. */
  processing?: ProcessingActivity;
  /** The subject reads their own data: the read is not logged (the change still is). */
  processingNotLogged?: "self";
  /** For a file answer (no JSON response schema): does it carry personal data? */
  personalData?: boolean;
  params?: Schema;
  query?: Schema;
  body?: Schema;
  /** JSON answer; leave out for a file answer (CSV, PDF, iCal) or a 204. */
  response?: Schema;
  /** Success status: 200 (default), 201 for a created record, 202 for accepted (more follows), 204 for no content. */
  status?: 200 | 201 | 202 | 204;
};

/** Declares an endpoint; the literal types are kept so server and web infer params, body and answer. */
export function endpoint<const E extends EndpointDefinition>(definition: E): E {
  return definition;
}

type Infer<S, Fallback> = S extends Schema ? z.output<S> : Fallback;
type InferInput<S, Fallback> = S extends Schema ? z.input<S> : Fallback;

/** What the handler receives after validation. */
export type EndpointParams<E extends EndpointDefinition> = Infer<E["params"], Record<string, never>>;
export type EndpointQuery<E extends EndpointDefinition> = Infer<E["query"], Record<string, never>>;
export type EndpointBody<E extends EndpointDefinition> = Infer<E["body"], undefined>;
/** What the server answers (serialised through the response schema) and the web receives. */
export type EndpointResponse<E extends EndpointDefinition> = E["status"] extends 204
  ? undefined
  : Infer<E["response"], undefined>;
/** What the handler may return: the response schema's input, nothing for a 204, a body for a file. */
export type EndpointResult<E extends EndpointDefinition> = E["status"] extends 204
  ? undefined
  : InferInput<E["response"], unknown>;

type Part<Key extends string, S> = S extends Schema
  ? object extends z.input<S>
    ? { [K in Key]?: z.input<S> }
    : { [K in Key]: z.input<S> }
  : { [K in Key]?: never };

/** What a caller passes: params, query and body as the schemas accept them. */
export type EndpointInput<E extends EndpointDefinition> = Part<"params", E["params"]> &
  Part<"query", E["query"]> &
  Part<"body", E["body"]>;

/** `/api/x/:id` with `{ id: "a b" }` → `/api/x/a%20b`. */
export function pathOf(path: string, params: Record<string, unknown> = {}): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}
