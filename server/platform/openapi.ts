import type { FastifyDynamicSwaggerOptions, SwaggerOptions } from "@fastify/swagger";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import * as accounts from "../../shared/accounts.ts";
import * as allowances from "../../shared/allowances.ts";
import * as assignment from "../../shared/assignment.ts";
import * as dates from "../../shared/dates.ts";
import * as errors from "../../shared/errors.ts";
import * as geo from "../../shared/geo.ts";
import * as matching from "../../shared/matching.ts";
import * as motives from "../../shared/motives.ts";
import * as organisations from "../../shared/organisations.ts";
import * as outbox from "../../shared/outbox.ts";
import * as outreachEndpoints from "../../shared/outreach/endpoints.ts";
import * as outreach from "../../shared/outreach.ts";
import * as outreachMonitor from "../../shared/outreach-monitor.ts";
import * as paging from "../../shared/paging.ts";
import * as privacy from "../../shared/privacy.ts";
import * as recruitment from "../../shared/recruitment.ts";
import * as recruitmentReports from "../../shared/recruitment-reports.ts";
import * as referrals from "../../shared/referrals.ts";
import * as roles from "../../shared/roles.ts";
import * as setup from "../../shared/setup.ts";
import * as smallCounts from "../../shared/small-counts.ts";
import * as sso from "../../shared/sso.ts";
import * as tenancy from "../../shared/tenancy.ts";
import * as vacancies from "../../shared/vacancies.ts";
import * as validation from "../../shared/validation.ts";
import * as volunteers from "../../shared/volunteers.ts";
import { z } from "../../shared/zod.ts";
import type { Config } from "./config.ts";

/**
 * The OpenAPI document, made in one place rather than per route (ADR 0001 names the lint):
 * - every `xxxSchema` exported from shared/ is a named component (`Xxx`, and `XxxInput` for its input side),
 * - every operation gets a stable operationId from method and path (`config.operationId` overrides it),
 * - every /api operation answers the shared error body on 400/404, signed-in ones also on 401/403,
 *   public writes also on 429 (the public write limits),
 * - public operations (`config.permission === "public"`) have `security: []`,
 * - the better-auth operations the web app uses are described by hand (the proxy route is hidden).
 */

declare module "fastify" {
  interface FastifyContextConfig {
    /** Overrides the operationId derived from method and path in the OpenAPI document. */
    operationId?: string;
  }
}

const sharedModules: Record<string, unknown>[] = [
  accounts,
  allowances,
  assignment,
  dates,
  errors,
  geo,
  matching,
  motives,
  organisations,
  outbox,
  outreach,
  outreachMonitor,
  outreachEndpoints,
  paging,
  privacy,
  recruitment,
  recruitmentReports,
  referrals,
  roles,
  setup,
  smallCounts,
  sso,
  tenancy,
  vacancies,
  validation,
  volunteers,
];

const pascal = (words: string) =>
  words
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("");

/** Gives every exported shared `xxxSchema` the component name `Xxx` in zod's global registry. */
export function registerSharedSchemas() {
  const named = new Map<string, z.ZodType>();
  for (const module of sharedModules) {
    for (const [name, value] of Object.entries(module)) {
      if (!(value instanceof z.ZodType) || !/^[a-z][a-zA-Z0-9]*Schema$/.test(name)) continue;
      if ([...named.values()].includes(value)) continue;
      named.set(pascal(name.slice(0, -"Schema".length)), value);
    }
  }
  for (const [name, schema] of named) {
    // The input side of a component gets the suffix `Input` anyway: `fooInputSchema` is `Foo`
    // (its input side `FooInput`), or `FooBody` when there is a `fooSchema` too.
    const base = name.endsWith("Input") ? name.slice(0, -"Input".length) : name;
    const id = base === name ? name : named.has(base) ? `${base}Body` : base;
    const meta = z.globalRegistry.get(schema);
    if (meta?.id === id) continue;
    z.globalRegistry.add(schema, { ...meta, id });
  }
}

/** `GET /api/vacancies/:id/applications` → `getVacanciesByIdApplications`. */
export function operationIdOf(method: string, url: string) {
  const parts = url
    .replace(/^\/api(\/|$)/, "/")
    .split("/")
    .filter((part) => part && part !== "*")
    .map((part) => (part.startsWith(":") ? `By${pascal(part.slice(1))}` : pascal(part)));
  return method.toLowerCase() + (parts.join("") || "Root");
}

const errorRef = { $ref: "#/components/schemas/ErrorResponse" };
const errorDescriptions: Record<number, string> = {
  400: "De invoer klopt niet (`fields` per veld).",
  401: "Niet ingelogd.",
  403: "Geen recht op deze handeling.",
  404: "Niet gevonden, of niet zichtbaar voor u.",
  409: "Botst met de huidige toestand.",
  429: "Te veel verzoeken; probeer het later opnieuw.",
};
const errorResponse = (status: number) => ({
  description: errorDescriptions[status]!,
  content: { "application/json": { schema: errorRef } },
});

type RouteLike = { method: string | string[]; url: string; config?: unknown };
type SchemaLike = Record<string, unknown> & { response?: Record<string, unknown> };

let components: { count: number; schemas: Record<string, unknown> } | undefined;
/** The JSON schemas of the named shared schemas, as jsonSchemaTransformObject makes them. */
function componentSchemas() {
  const count = z.globalRegistry._idmap.size;
  if (components?.count !== count) {
    const document = jsonSchemaTransformObject({ openapiObject: { openapi: "3.1.0" } } as never) as {
      components?: { schemas?: Record<string, unknown> };
    };
    components = { count, schemas: document.components?.schemas ?? {} };
  }
  return components.schemas;
}

function inlineRefs(value: unknown, schemas: Record<string, unknown>, seen: string[] = []): unknown {
  if (Array.isArray(value)) return value.map((item) => inlineRefs(item, schemas, seen));
  if (!value || typeof value !== "object") return value;
  const { $ref, ...rest } = value as Record<string, unknown>;
  if (typeof $ref === "string" && $ref.startsWith("#/components/schemas/")) {
    const name = $ref.slice("#/components/schemas/".length);
    if (!seen.includes(name) && schemas[name])
      return { ...(inlineRefs(schemas[name], schemas, [...seen, name]) as object), ...rest };
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, inlineRefs(child, schemas, seen)]),
  );
}

const transform: NonNullable<FastifyDynamicSwaggerOptions["transform"]> = (input) => {
  const { schema, url, route } = input as unknown as { schema?: SchemaLike; url: string; route: RouteLike };
  if (!schema || schema.hide) return jsonSchemaTransform(input as never);
  const result = jsonSchemaTransform(input as never) as { schema: SchemaLike; url: string };
  // @fastify/swagger splits query/params/headers into parameters and cannot follow a `$ref` to a
  // component there: inline the named shared schemas in those parts.
  for (const key of ["querystring", "params", "headers"] as const) {
    if (result.schema[key]) result.schema[key] = inlineRefs(result.schema[key], componentSchemas());
  }
  const config = (route.config ?? {}) as { permission?: string; operationId?: string };
  const method = Array.isArray(route.method) ? route.method[0]! : route.method;
  const out: SchemaLike = { ...result.schema };
  out.operationId = config.operationId ?? operationIdOf(method, url);
  if (!url.startsWith("/api")) return { ...result, schema: out };
  const isPublic = config.permission === "public";
  if (isPublic) out.security = [];
  const statuses = [
    400,
    404,
    ...(isPublic ? [] : [401, 403]),
    ...(isPublic && method !== "GET" ? [429] : []),
  ];
  const response = { ...(out.response ?? {}) };
  // Routes without a JSON answer (a file, or nothing: they answer 204) declare no 2xx themselves.
  if (!Object.keys(response).some((status) => status.startsWith("2"))) {
    if (method === "PUT" || method === "DELETE") response[204] = { description: "Gelukt; geen inhoud." };
    else response[200] = { description: "Een bestand (CSV, PDF, iCalendar of foto); geen JSON." };
  }
  for (const status of statuses) response[status] ??= errorResponse(status);
  out.response = response;
  return { ...result, schema: out };
};

function ref(id: string) {
  return { $ref: `#/components/schemas/${id}` };
}

function authOperation(
  operationId: string,
  summary: string,
  body: string | null,
  ok: string,
  errorsFor: number[],
  security?: [],
) {
  return {
    post: {
      tags: ["inloggen"],
      operationId,
      summary,
      ...(security && { security }),
      ...(body && {
        requestBody: { required: true, content: { "application/json": { schema: ref(body) } } },
      }),
      responses: {
        200: { description: ok, content: { "application/json": { schema: { type: "object" } } } },
        ...Object.fromEntries(errorsFor.map((status) => [status, errorResponse(status)])),
      },
    },
  };
}

/** The better-auth operations the web app uses; the /api/auth/* proxy itself is hidden. */
const authPaths = {
  "/api/auth/sign-in/email": authOperation(
    "signInEmail",
    "Inloggen met e-mailadres en wachtwoord",
    "SignInInput",
    "Ingelogd (sessiecookie gezet), of `twoFactorRedirect: true` als een code uit de app nodig is.",
    [400, 401, 429],
    [],
  ),
  "/api/auth/two-factor/verify-totp": authOperation(
    "verifyTotp",
    "Tweede stap van inloggen: de code uit de app",
    "TotpCodeInput",
    "Ingelogd (sessiecookie gezet).",
    [400, 401, 429],
    [],
  ),
  "/api/auth/request-password-reset": authOperation(
    "requestPasswordReset",
    "Vraag een link om het wachtwoord opnieuw in te stellen",
    "PasswordResetRequestInput",
    "Altijd hetzelfde antwoord, of het adres bestaat of niet.",
    [400, 429],
    [],
  ),
  "/api/auth/reset-password": authOperation(
    "resetPassword",
    "Stel een nieuw wachtwoord in met de link uit de e-mail",
    "PasswordResetInput",
    "Wachtwoord gewijzigd.",
    [400, 429],
    [],
  ),
  "/api/auth/sign-out": authOperation(
    "signOut",
    "Uitloggen",
    null,
    "Uitgelogd (sessiecookie gewist).",
    [400, 401],
  ),
};

/** Keeps only the components the document refers to (directly or through another component). */
function pruneSchemas(document: Record<string, unknown>) {
  const components = document.components as { schemas?: Record<string, unknown> } | undefined;
  const schemas = components?.schemas;
  if (!schemas) return;
  const used = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string" && child.startsWith("#/components/schemas/")) {
        const name = child.slice("#/components/schemas/".length);
        if (!used.has(name)) {
          used.add(name);
          visit(schemas[name]);
        }
      } else visit(child);
    }
  };
  visit({ ...document, components: { ...components, schemas: {} } });
  components.schemas = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
}

const transformObject: NonNullable<FastifyDynamicSwaggerOptions["transformObject"]> = (input) => {
  const document = jsonSchemaTransformObject(input as never) as Record<string, unknown> & {
    paths?: Record<string, unknown>;
  };
  document.paths = { ...document.paths, ...authPaths };
  pruneSchemas(document);
  return document as never;
};

/** The options of @fastify/swagger for Inzet's API. */
export function openApiOptions(config: Config): SwaggerOptions {
  registerSharedSchemas();
  return {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Inzet API",
        version: "0.1.0",
        description:
          "Vrijwillige inzet in het sociaal domein. Inloggen gaat via /api/auth (better-auth): de formulieren die de web-app gebruikt staan hieronder; verder /api/auth/sign-in/sso (organisatie-account, ADR 0013), /api/auth/two-factor/* en /api/auth/revoke-sessions.",
        license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
      },
      servers: [{ url: config.publicUrl }],
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "inzet.session_token" } },
      },
      security: [{ session: [] }],
    },
    transform,
    transformObject,
  };
}
