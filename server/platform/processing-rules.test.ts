import { eq } from "drizzle-orm";
import Fastify, { type FastifyRequest } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personal, personalFields } from "../../shared/personal-data.ts";
import { z } from "../../shared/zod.ts";
import { as, createTenant, createUser, signIn, testApp } from "../test/harness.ts";
import { logProcessing, processingProblem, registerProcessingLog } from "./processing-log.ts";
import { processingLog } from "./schema.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

/** A bare app with only the processing rule, to see it refuse or accept one route. */
async function appWith(register: (app: ReturnType<typeof Fastify>) => void) {
  const app = Fastify({ logger: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProcessingLog(app, { db: ctx.db, strict: true });
  register(app);
  await app.ready();
  return app;
}

const personSchema = z.object({ id: z.uuid(), name: personal(z.string()) });

describe("processing rule", () => {
  it("finds the personal fields of a response schema, through lists, pages and wrappers", () => {
    const page = z.object({ items: z.array(personSchema.extend({ note: personal(z.string()).nullable() })) });
    expect(personalFields(page)).toEqual(["items[].name", "items[].note"]);
    expect(personalFields(z.object({ id: z.uuid(), count: z.number() }))).toEqual([]);
    // A clone (.describe, .max) keeps the mark.
    expect(personalFields(z.object({ n: personal(z.string()).max(10).describe("naam") }))).toEqual(["n"]);
  });

  it("refuses to start with a route that answers personal data without a processing activity", async () => {
    await expect(
      appWith((app) =>
        app.get(
          "/api/people",
          { config: {}, schema: { response: { 200: z.array(personSchema) } } },
          () => [],
        ),
      ),
    ).rejects.toThrow(/answers personal data \(\[\]\.name\) but declares no processing activity/);
    await expect(
      appWith((app) =>
        app.get(
          "/api/people",
          {
            config: { processing: "volunteers.manage" },
            schema: { response: { 200: z.array(personSchema) } },
          },
          () => [],
        ),
      ),
    ).resolves.toBeDefined();
  });

  it("makes a route without a JSON answer say whether its file holds personal data", async () => {
    await expect(appWith((app) => app.get("/api/file.pdf", () => "pdf"))).rejects.toThrow(
      /declare config.personalData/,
    );
    await expect(
      appWith((app) => app.get("/api/file.pdf", { config: { personalData: true } }, () => "pdf")),
    ).rejects.toThrow(/a file with personal data but declares no processing activity/);
    await expect(
      appWith((app) => app.get("/api/file.pdf", { config: { personalData: false } }, () => "pdf")),
    ).resolves.toBeDefined();
  });

  it("holds for every route of the app, and the routes of the go-live defect now declare their activity", () => {
    const api = ctx.routes.filter((r) => r.url.startsWith("/api") && r.method !== "HEAD");
    expect(api.length).toBeGreaterThan(50);
    const declared = new Set(api.filter((r) => r.config.processing).map((r) => `${r.method} ${r.url}`));
    for (const key of [
      "GET /api/volunteers/expiring",
      "GET /api/outreach/campaigns/:id/eligible-volunteers",
      "GET /api/outreach/campaigns/:id/walk-lists",
      "GET /api/outreach/campaigns/:id/addresses",
      "POST /api/outreach/campaigns/:id/letters",
      "GET /api/processing-log",
      "GET /api/processing-log/export",
      "GET /api/processing-log/logboek",
      "GET /api/outreach/professionals",
    ])
      expect(declared, key).toContain(key);
    // The app started, so processingProblem found nothing; the same check, route by route:
    expect(processingProblem({ method: "GET", url: "/api/docs/json", config: {} })).toBeNull();
  });

  it("fails loudly when a successful answer with personal data wrote no processing-log entry", async () => {
    const tenant = await createTenant();
    const app = await appWith((a) => {
      const options = {
        config: { processing: "volunteers.manage" as const },
        schema: { response: { 200: z.array(personSchema) } },
      };
      a.get("/api/forgot", options, () => [{ id: crypto.randomUUID(), name: "Anna" }]);
      a.get("/api/nobody", options, () => []);
      a.get("/api/logged", options, async (request: FastifyRequest) => {
        const id = crypto.randomUUID();
        await logProcessing(
          ctx.db,
          { tenantId: tenant.id, traceId: String(request.id), userId: null, role: null },
          { activity: "volunteers.manage", action: "read", subjectType: "person", subjectIds: [id] },
        );
        return [{ id, name: "Anna" }];
      });
    });
    expect((await app.inject({ url: "/api/forgot" })).statusCode).toBe(500);
    expect((await app.inject({ url: "/api/nobody" })).statusCode).toBe(200);
    expect((await app.inject({ url: "/api/logged" })).statusCode).toBe(200);
    await app.close();
  });

  it("logs a denied attempt on a personal-data route with the id that was asked for", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    const unknown = crypto.randomUUID();
    const response = await request({ method: "GET", url: `/api/volunteers/${unknown}` });
    expect(response.statusCode).toBe(404);
    const entries = await ctx.db.select().from(processingLog).where(eq(processingLog.subjectId, unknown));
    expect(entries).toMatchObject([
      {
        tenantId: tenant.id,
        actorUserId: admin.userId,
        activity: "volunteers.manage",
        action: "read",
        subjectType: "volunteer",
        outcome: "denied",
        traceId: response.headers["x-trace-id"],
      },
    ]);
    // The span of the entry is the one the answer names in its traceparent.
    expect(String(response.headers.traceparent)).toBe(`00-${entries[0]!.traceId}-${entries[0]!.spanId}-01`);
  });
});
