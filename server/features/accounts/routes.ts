import type { FastifyPluginAsync } from "fastify";
import { accountEndpoints, userEndpoints } from "../../../shared/accounts.ts";
import type { Db } from "../../db/client.ts";
import { sendWelcomeMail } from "../../platform/account-mails.ts";
import type { Auth } from "../../platform/auth.ts";
import type { Config } from "../../platform/config.ts";
import { register } from "../../platform/endpoint.ts";
import type { Mailer } from "../../platform/mail.ts";
import { sessionUserOf } from "../../platform/policy.ts";
import { getPublicTenant } from "../tenancy/service.ts";
import { authBridgeRoutes } from "./auth-bridge/routes.ts";
import * as service from "./service.ts";

export const accountsRoutes: FastifyPluginAsync<{
  db: Db;
  auth: Auth;
  config: Config;
  mailer: Mailer;
}> = async (app, { db, auth, config, mailer }) => {
  await app.register(authBridgeRoutes, { db, auth, config });

  register(app, accountEndpoints.me, ({ request }) => service.getMe(db, sessionUserOf(request)));
  register(app, accountEndpoints.switchMembership, ({ request, body }) =>
    service.switchMembership(db, sessionUserOf(request), body.membershipId),
  );
  register(app, accountEndpoints.setLocale, async ({ request, body }) => {
    await service.setLocale(db, sessionUserOf(request), body.locale);
    return undefined;
  });
  register(app, accountEndpoints.setMailPreferences, async ({ request, body }) => {
    await service.setMailPreferences(db, sessionUserOf(request), body);
    return undefined;
  });
  register(app, accountEndpoints.demo, async () => {
    if (!config.demo) return { demo: false, password: null, accounts: [] };
    const tenant = await getPublicTenant(db).catch(() => null);
    const accounts = tenant ? await service.listDemoAccounts(db, tenant.id) : [];
    return { demo: true, password: service.DEMO_PASSWORD, accounts };
  });

  register(app, userEndpoints.list, ({ actor, query }) => service.listUsers(db, actor, query));
  register(app, userEndpoints.get, ({ actor, params }) => service.getUser(db, actor, params.userId));
  register(app, userEndpoints.create, ({ actor, body }) =>
    service.createUser(db, actor, body, (email) =>
      sendWelcomeMail({ db, auth, mailer }, { email, tenantId: actor.tenantId }),
    ),
  );
  register(app, userEndpoints.addMembership, ({ actor, params, body }) =>
    service.addMembership(db, actor, params.userId, body),
  );
  register(app, userEndpoints.endMembership, ({ actor, params }) =>
    service.endMembership(db, actor, params.userId, params.membershipId),
  );
};
