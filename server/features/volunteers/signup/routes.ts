import type { FastifyInstance } from "fastify";
import { signupEndpoints as endpoints } from "../../../../shared/volunteers/signup.ts";
import { sendWelcomeMail } from "../../../platform/account-mails.ts";
import { register } from "../../../platform/endpoint.ts";
import type { VolunteerRouteOptions } from "../routes.ts";
import * as service from "./service.ts";

export function signupRoutes(
  app: FastifyInstance,
  { db, auth, config, mailer, onSignupConfirmed }: VolunteerRouteOptions,
) {
  const sendWelcome = (email: string, tenantId: string) =>
    sendWelcomeMail({ db, auth, mailer }, { email, tenantId });
  register(app, endpoints.options, ({ query }) => service.getSignupOptions(db, query.slug));
  register(app, endpoints.submit, async ({ query, body, request }) => {
    await service.submitSignup(
      db,
      mailer,
      { slug: query.slug, traceId: String(request.id), publicUrl: config.publicUrl },
      body,
    );
    return { status: "check_email" as const };
  });
  register(app, endpoints.confirm, ({ body, request }) =>
    service.confirmSignup(db, body.token, String(request.id), sendWelcome, onSignupConfirmed),
  );
  register(app, endpoints.createAssisted, ({ actor, body }) => service.createAssisted(db, actor, body));
}
