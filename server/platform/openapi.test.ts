import { createConfig, lintFromString } from "@redocly/openapi-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_ORIGIN, testApp, testConfig } from "../test/harness.ts";
import { operationIdOf } from "./openapi.ts";

const errorRef = "#/components/schemas/ErrorResponse";

type Operation = {
  operationId?: string;
  security?: unknown[];
  responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
};
type Document = {
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
};

const methods = ["get", "put", "post", "delete", "patch", "head", "options"];

let ctx: Awaited<ReturnType<typeof testApp>>;
let doc: Document;

beforeAll(async () => {
  ctx = await testApp();
  doc = ctx.app.swagger() as unknown as Document;
});
afterAll(() => ctx.app.close());

function operations() {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => methods.includes(method))
      .map(([method, operation]) => ({ path, method, operation })),
  );
}

describe("OpenAPI document", () => {
  it("passes Redocly's recommended ruleset without errors or warnings", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({
      source: JSON.stringify(doc),
      absoluteRef: "openapi.json",
      config,
    });
    const summary = problems.map(
      (problem) =>
        `${problem.severity} ${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`,
    );
    expect(summary).toEqual([]);
  });

  it("derives the operationId from method and path", () => {
    expect(operationIdOf("GET", "/api/vacancies/:id/applications")).toBe("getVacanciesByIdApplications");
    expect(operationIdOf("POST", "/api/public/volunteer-signups")).toBe("postPublicVolunteerSignups");
  });

  it("gives every operation a unique operationId", () => {
    const ids = operations().map(({ operation }) => operation.operationId);
    expect(ids.filter((id) => !id)).toEqual([]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it("answers every 4xx with the shared error schema", () => {
    const wrong = operations().flatMap(({ path, method, operation }) =>
      Object.entries(operation.responses ?? {})
        .filter(([status]) => status.startsWith("4"))
        .filter(([, response]) => response.content?.["application/json"]?.schema?.$ref !== errorRef)
        .map(([status]) => `${method} ${path} ${status}`),
    );
    expect(wrong).toEqual([]);
    for (const { operation } of operations()) {
      expect(Object.keys(operation.responses ?? {})).toEqual(expect.arrayContaining(["400"]));
    }
    expect(doc.components?.schemas?.ErrorResponse).toBeDefined();
  });

  it("documents the auth forms the web app uses and a server", () => {
    for (const path of [
      "/api/auth/sign-in/email",
      "/api/auth/two-factor/verify-totp",
      "/api/auth/request-password-reset",
      "/api/auth/reset-password",
      "/api/auth/sign-out",
    ]) {
      expect(doc.paths[path]?.post?.operationId, path).toBeTruthy();
    }
    expect(doc.servers).toEqual([{ url: testConfig().publicUrl }]);
  });

  it("marks exactly the operations the server answers without a session as public", async () => {
    const mismatches: string[] = [];
    for (const { path, method, operation } of operations()) {
      if (path.startsWith("/api/auth/")) continue; // the hand-written better-auth forms
      const url = path.replace(/\{[^}]+\}/g, "00000000-0000-4000-8000-000000000000");
      const response = await ctx.app.inject({
        method: method.toUpperCase() as "GET",
        url,
        headers: { origin: TEST_ORIGIN },
        ...(method !== "get" && method !== "delete" && { payload: {} }),
      });
      const documentedPublic = Array.isArray(operation.security) && operation.security.length === 0;
      const answeredPublic = response.statusCode !== 401;
      if (documentedPublic !== answeredPublic)
        mismatches.push(
          `${method} ${path}: documented ${documentedPublic ? "public" : "session"}, ${response.statusCode}`,
        );
    }
    expect(mismatches).toEqual([]);
  });
});
