import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  districtImportResultSchema,
  districtImportSchema,
  districtSchema,
  publicTenantSchema,
  tenantSchema,
  tenantUpdateSchema,
} from "../../../shared/tenancy.ts";
import { z } from "../../../shared/zod.ts";
import type { Db } from "../../db/client.ts";
import { actorOf } from "../../platform/policy.ts";
import * as service from "./service.ts";

export const tenancyRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/api/public/tenant",
    {
      config: { permission: "public" },
      schema: {
        tags: ["werkgebied"],
        summary: "Naam en huisstijl van het werkgebied (voor de inlogpagina)",
        querystring: z.object({ slug: z.string().max(100).optional() }),
        response: { 200: publicTenantSchema },
      },
    },
    (request) => service.getPublicTenant(db, request.query.slug),
  );

  app.get(
    "/api/tenant",
    {
      config: { permission: "tenant.manage" },
      schema: {
        tags: ["werkgebied"],
        summary: "Instellingen van het werkgebied",
        response: { 200: tenantSchema },
      },
    },
    (request) => service.getTenant(db, actorOf(request)),
  );

  app.put(
    "/api/tenant",
    {
      config: { permission: "tenant.manage" },
      schema: {
        tags: ["werkgebied"],
        summary: "Instellingen en huisstijl wijzigen",
        body: tenantUpdateSchema,
        response: { 200: tenantSchema },
      },
    },
    (request) => service.updateTenantSettings(db, actorOf(request), request.body),
  );

  app.get(
    "/api/districts",
    {
      config: { permission: "districts.read" },
      schema: {
        tags: ["werkgebied"],
        summary: "Wijken en buurten",
        response: { 200: z.array(districtSchema) },
      },
    },
    (request) => service.listDistricts(db, actorOf(request)),
  );

  app.post(
    "/api/districts/import",
    {
      bodyLimit: 6 * 1024 * 1024,
      config: { permission: "districts.manage" },
      schema: {
        tags: ["werkgebied"],
        summary: "Wijken en buurten importeren (CSV, CBS wijk- en buurtkaart)",
        body: districtImportSchema,
        response: { 200: districtImportResultSchema },
      },
    },
    (request) => service.importDistricts(db, actorOf(request), request.body.csv),
  );
};
