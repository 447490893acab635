import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { publicSsoSchema, ssoSettingsInputSchema, ssoSettingsSchema } from "../../../shared/sso.ts";
import { z } from "../../../shared/zod.ts";
import type { Db } from "../../db/client.ts";
import type { Config } from "../../platform/config.ts";
import { actorOf } from "../../platform/policy.ts";
import * as service from "./service.ts";

export const ssoRoutes: FastifyPluginAsyncZod<{ db: Db; config: Config }> = async (app, { db, config }) => {
  app.get(
    "/api/public/sso",
    {
      config: { permission: "public" },
      schema: {
        tags: ["werkgebied"],
        summary: "Biedt het werkgebied inloggen met een organisatie-account (voor de inlogpagina)?",
        querystring: z.object({ slug: z.string().max(100).optional() }),
        response: { 200: publicSsoSchema },
      },
    },
    (request) => service.getPublicSso(db, request.query.slug),
  );

  app.get(
    "/api/tenant/sso",
    {
      config: { permission: "tenant.manage" },
      schema: {
        tags: ["werkgebied"],
        summary:
          "Instellingen voor inloggen met een organisatie-account (OpenID Connect), zonder client secret",
        response: {
          200: z.object({
            settings: ssoSettingsSchema.nullable(),
            providerId: z.string(),
            redirectUri: z.string(),
          }),
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const [settings, target] = await Promise.all([
        service.getSettings(db, actor, config.publicUrl),
        service.getRedirectUri(db, actor, config.publicUrl),
      ]);
      return { settings, ...target };
    },
  );

  app.put(
    "/api/tenant/sso",
    {
      config: { permission: "tenant.manage" },
      schema: {
        tags: ["werkgebied"],
        summary: "Inloggen met een organisatie-account instellen (het client secret is alleen te schrijven)",
        body: ssoSettingsInputSchema,
        response: { 200: ssoSettingsSchema },
      },
    },
    (request) => service.saveSettings(db, actorOf(request), config.publicUrl, request.body),
  );
};
