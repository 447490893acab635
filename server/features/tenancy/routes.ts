import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  districtImportResultSchema,
  districtImportSchema,
  districtSchema,
  postcodeImportResultSchema,
  publicTenantSchema,
  tenantPatchSchema,
  tenantSchema,
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
        summary: "Instellingen en huisstijl wijzigen (wat u weglaat, blijft zoals het was)",
        body: tenantPatchSchema,
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

  app.post(
    "/api/districts/postcodes/import",
    {
      config: { permission: "districts.manage" },
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags: ["werkgebied"],
        summary:
          "Postcodes per buurt importeren (CSV met PC6 en BU_CODE, optioneel LAT/LON of RD X/Y); vervangt de vorige tabel",
        body: z.object({
          csv: z
            .string()
            .min(1, { message: "Het bestand is leeg." })
            .max(8_000_000, { message: "Het bestand is te groot (maximaal 8 MB)." }),
        }),
        response: { 200: postcodeImportResultSchema },
      },
    },
    (request) => service.importPostcodes(db, actorOf(request), request.body.csv),
  );

  app.get(
    "/api/districts/postcodes/count",
    {
      config: { permission: "districts.read" },
      schema: {
        tags: ["werkgebied"],
        summary: "Aantal postcodes in de tabel",
        response: { 200: postcodeImportResultSchema },
      },
    },
    async (request) => ({ postcodes: await service.countPostcodes(db, actorOf(request)) }),
  );
};
