import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { referralAnswerSchema, referralQuerySchema, referralSchema } from "../../../shared/referrals.ts";
import { idParamSchema } from "../../../shared/validation.ts";
import { z } from "../../../shared/zod.ts";
import type { Db } from "../../db/client.ts";
import type { Mailer } from "../../platform/mail.ts";
import { actorOf } from "../../platform/policy.ts";
import * as service from "./service.ts";

const tags = ["doorverwijzingen"];

export const referralRoutes: FastifyPluginAsyncZod<{ db: Db; mailer: Mailer }> = async (
  app,
  { db, mailer },
) => {
  app.get(
    "/api/referrals",
    {
      config: { permission: "referrals.read", processing: "referrals.handle" },
      schema: {
        tags,
        summary: "Doorverwijzingen die mijn organisatie deed of kreeg (urgent eerst)",
        querystring: referralQuerySchema,
        response: {
          200: z.object({
            items: z.array(referralSchema),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        },
      },
    },
    (request) => service.listReferrals(db, actorOf(request), request.query),
  );

  app.post(
    "/api/referrals/:id/answer",
    {
      config: { permission: "referrals.answer", processing: "referrals.handle" },
      schema: {
        tags,
        summary: "Antwoord van de partner: ontvangen, intake gepland, bezig, klaar of niet opgepakt",
        params: idParamSchema,
        body: referralAnswerSchema,
        response: { 200: referralSchema },
      },
    },
    (request) => service.answerReferral(db, mailer, actorOf(request), request.params.id, request.body),
  );
};
