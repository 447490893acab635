import { randomBytes } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import type { FastifyInstance, RouteOptions } from "fastify";
import type { z } from "zod";
import { holdsPersonalValue, personalFields } from "../../shared/personal-data.ts";
import {
  type ProcessingAction,
  type ProcessingActivity,
  type ProcessingOutcome,
  processingActivityUri,
} from "../../shared/privacy.ts";
import type { Db, DbOrTx } from "../db/client.ts";
import type { Actor } from "./actor.ts";
import { processingLog } from "./schema.ts";

/** The operation at another organisation this processing follows from (Logboek `foreign_operation`). */
export type ForeignOperation = { traceId: string; spanId: string; entity: string };

export type ProcessingEntry = {
  activity: ProcessingActivity;
  action: ProcessingAction;
  subjectType: "person" | "user" | "address" | "referral" | (string & {});
  subjectIds: string[];
  outcome?: ProcessingOutcome;
  foreignOperation?: ForeignOperation | null;
};

/** Who processed: a signed-in actor, or the system on behalf of a public request (userId null). */
export type LogActor = Pick<Actor, "tenantId" | "traceId"> & {
  userId: string | null;
  role: string | null;
  spanId?: string;
};

/** A new W3C span id (8 bytes, 16 hex). */
export const newSpanId = () => randomBytes(8).toString("hex");

/** Appends to the processing log: who processed whose data, for which activity. Call inside the transaction. */
export async function logProcessing(db: DbOrTx, actor: LogActor, entry: ProcessingEntry) {
  const subjectIds = [...new Set(entry.subjectIds)];
  if (subjectIds.length === 0) return;
  const spanId = actor.spanId ?? newSpanId();
  await db.insert(processingLog).values(
    subjectIds.map((subjectId) => ({
      tenantId: actor.tenantId,
      traceId: actor.traceId,
      spanId,
      actorUserId: actor.userId,
      actorRole: actor.role,
      activity: entry.activity,
      processingActivityId: processingActivityUri(entry.activity),
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId,
      outcome: entry.outcome ?? "success",
      foreignOperation: entry.foreignOperation ?? null,
    })),
  );
}

declare module "fastify" {
  interface FastifyRequest {
    /** This request's span (Logboek `span_id`); the trace id is `request.id`. */
    spanId: string;
  }
}

type RouteLike = Pick<RouteOptions, "method" | "url" | "config" | "schema">;

/** The 2xx response schemas of a route (zod), by status code. */
function successSchemas(route: Pick<RouteOptions, "schema">): [string, z.ZodType][] {
  const response = (route.schema?.response ?? {}) as Record<string, unknown>;
  return Object.entries(response).filter(
    (entry): entry is [string, z.ZodType] =>
      /^2/.test(entry[0]) && typeof entry[1] === "object" && entry[1] !== null && "_zod" in entry[1],
  );
}

/**
 * Why a route breaks the processing rule, or null. An /api route whose answer can hold personal data
 * (a field marked `personal(...)` in its response schema, or `config.personalData: true` for files, CSV
 * and PDF) must name its processing activity. A route without a JSON answer must say whether it carries
 * personal data, so a new download cannot slip through.
 */
export function processingProblem(route: RouteLike): string | null {
  if (!route.url.startsWith("/api") || route.url.startsWith("/api/docs") || route.url.startsWith("/api/auth"))
    return null;
  if (route.method === "HEAD" || (Array.isArray(route.method) && route.method.every((m) => m === "HEAD")))
    return null;
  const config = route.config ?? {};
  const name = `${String(route.method)} ${route.url}`;
  const schemas = successSchemas(route);
  const fields = [...new Set(schemas.flatMap(([, schema]) => personalFields(schema)))];
  if (schemas.length === 0 && config.personalData === undefined && route.schema?.hide !== true) {
    return `Route ${name} has no JSON response schema: declare config.personalData (true for a file with personal data, false otherwise)`;
  }
  if ((fields.length > 0 || config.personalData === true) && !config.processing) {
    const what =
      fields.length > 0 ? `personal data (${fields.slice(0, 4).join(", ")})` : "a file with personal data";
    return `Route ${name} answers ${what} but declares no processing activity (config.processing)`;
  }
  return null;
}

/** The subject of a denied attempt: the last id in the path, named after the segment before it. */
function deniedSubject(url: string, params: unknown) {
  const match = /\/([a-z-]+)\/:([A-Za-z]+)(?:\/[^:]*)?$/.exec(url);
  if (!match) return null;
  const value = (params as Record<string, unknown> | undefined)?.[match[2]!];
  if (typeof value !== "string" || value.length === 0 || value.length > 100) return null;
  const type = match[1]!
    .replace(/(ss|sh|ch|x)es$/, "$1")
    .replace(/ies$/, "y")
    .replace(/s$/, "");
  return { type, id: value };
}

async function entriesOfTrace(db: Db, tenantId: string | null, traceId: string) {
  const [row] = await db
    .select({ value: count() })
    .from(processingLog)
    .where(
      tenantId
        ? and(eq(processingLog.traceId, traceId), eq(processingLog.tenantId, tenantId))
        : eq(processingLog.traceId, traceId),
    );
  return row?.value ?? 0;
}

/**
 * The processing rule for every route (see processingProblem; the app does not start when one breaks
 * it), span ids per request, denied attempts logged, and — when `strict` (tests, development) — a check
 * that a successful answer holding personal data wrote at least one processing-log entry for its trace.
 */
export function registerProcessingLog(app: FastifyInstance, { db, strict }: { db: Db; strict: boolean }) {
  app.decorateRequest("spanId", "");

  app.addHook("onRoute", (route) => {
    const problem = processingProblem(route);
    if (problem) throw new Error(problem);
  });

  app.addHook("onRequest", async (request, reply) => {
    request.spanId = newSpanId();
    reply.header("traceparent", `00-${String(request.id)}-${request.spanId}-01`);
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const config = request.routeOptions.config;
    if (!config?.processing) return payload;
    const status = reply.statusCode;
    const actor = request.actor;
    const traceId = String(request.id);

    if ((status === 403 || status === 404) && actor) {
      const subject = deniedSubject(request.routeOptions.url ?? "", request.params);
      if (subject) {
        await logProcessing(
          db,
          { ...actor, spanId: request.spanId },
          {
            activity: config.processing,
            action: request.method === "GET" ? "read" : request.method === "DELETE" ? "delete" : "update",
            subjectType: subject.type,
            subjectIds: [subject.id],
            outcome: "denied",
          },
        ).catch((error: unknown) =>
          request.log.error({ err: error }, "processing log: denied attempt not written"),
        );
      }
      return payload;
    }

    if (!strict || status < 200 || status >= 300 || config.processingNotLogged) return payload;
    const schema = (request.routeOptions.schema?.response as Record<string, z.ZodType> | undefined)?.[status];
    // Files (personalData: true) carry no schema to read them by, and what is in them can depend on
    // the query (a report per month names nobody): the sample test in processing-log.test.ts calls those.
    if (!schema || typeof payload !== "string") return payload;
    let answer: unknown;
    try {
      answer = JSON.parse(payload);
    } catch {
      return payload;
    }
    if (
      holdsPersonalValue(schema, answer) &&
      (await entriesOfTrace(db, actor?.tenantId ?? null, traceId)) === 0
    ) {
      throw new Error(
        `${request.method} ${request.routeOptions.url} answered personal data but wrote no processing-log entry (${config.processing})`,
      );
    }
    return payload;
  });
}
