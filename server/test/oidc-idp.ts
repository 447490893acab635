import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from "jose";
import Provider from "oidc-provider";

export type IdpAccount = {
  email: string;
  name: string;
  given_name?: string;
  family_name?: string;
  groups?: string[];
};

/**
 * A real OpenID Connect provider (panva's oidc-provider) on a random localhost port, for tests.
 * One confidential client; the interaction (login + consent) is finished at once for `loginAs`.
 * `tamper` re-signs the next ID tokens with the provider's own key but other claims (wrong
 * audience, wrong issuer), as a misconfigured or hostile provider would send them.
 */
export async function startIdp({ redirectUri }: { redirectUri: string }) {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = "inzet-test-key";
  const jwk = { ...(await exportJWK(privateKey)), kid, alg: "RS256", use: "sig" };
  const client = { clientId: "inzet-test-client", clientSecret: `geheim-${crypto.randomUUID()}` };
  const accounts = new Map<string, IdpAccount>();
  const state: { loginAs: string | null; tamper: Record<string, unknown> | null } = {
    loginAs: null,
    tamper: null,
  };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: ["inzet-test-cookie-key"] },
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name", "given_name", "family_name", "groups"],
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: () => ({ sub, email_verified: true, ...account }) };
    },
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path === "/token" && state.tamper && body?.id_token) {
      body.id_token = await new SignJWT({ ...decodeJwt(body.id_token), ...state.tamper })
        .setProtectedHeader({ alg: "RS256", kid })
        .sign(privateKey);
    }
  });
  const callback = provider.callback();

  server.on("request", async (req, res) => {
    if (!req.url?.startsWith("/interaction/")) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      const accountId = state.loginAs;
      if (!accountId) throw new Error("startIdp: set loginAs before signing in");
      const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  });

  return {
    issuer,
    client,
    state,
    addAccount(sub: string, account: IdpAccount) {
      accounts.set(sub, account);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Follows the browser's redirects at the provider (keeping its cookies) until it sends us back to `until`. */
export async function followAtIdp(url: string, until: string) {
  const jar = new Map<string, string>();
  let next = url;
  for (let hop = 0; hop < 10; hop++) {
    if (next.startsWith(until)) return next;
    const response = await fetch(next, {
      redirect: "manual",
      headers: { cookie: [...jar.entries()].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    const location = response.headers.get("location");
    if (!location)
      throw new Error(`identity provider stopped at ${next}: ${response.status} ${await response.text()}`);
    next = new URL(location, next).toString();
  }
  throw new Error("too many redirects at the identity provider");
}
