import { randomBytes } from "node:crypto";
import { FIRST_ADMIN_LINK_HOURS, type FirstAdminInput, firstAdminSchema } from "../../../shared/setup.ts";
import type { Db } from "../../db/client.ts";
import { isEmpty, seedDemo } from "../../db/seed.ts";
import type { Config } from "../../platform/config.ts";
import { conflict, fieldsFromZod, validationFailed } from "../../platform/errors.ts";
import { logProcessing } from "../../platform/processing-log.ts";
import * as queries from "./queries.ts";

export const CREATE_ADMIN_COMMAND =
  'npm run create-admin -- --email <e-mailadres> --tenant "Gemeente <naam>" --code GM<4 cijfers>';

/**
 * What `npm start` does with the data before it listens. Development loads the demo municipality
 * into an empty database; production never does unless SEED_DEMO=true, and then says so loudly.
 * When there is no beheerder yet, it prints how to make the first one.
 */
export async function prepareData(
  db: Db,
  config: Config,
  log: (line: string, level: "info" | "warn") => void,
) {
  const production = config.NODE_ENV === "production";
  let seeded = false;
  if (config.seedDemo) {
    if (production) {
      log(
        "LET OP: SEED_DEMO=true in productie. De demo-accounts met het wachtwoord uit de README staan aan; iedereen kan daarmee inloggen. Gebruik dit nooit met echte gegevens.",
        "warn",
      );
    }
    if (await isEmpty(db)) {
      await seedDemo(db);
      seeded = true;
      log("Demodata geladen: Gemeente Voorbeeld, met een account per rol (zie de inlogpagina).", "info");
    }
  }
  const needsAdmin = (await queries.countActiveAdmins(db)) === 0;
  if (needsAdmin) {
    log(
      `Er is nog geen beheerder. Maak de eerste aan met:\n  ${CREATE_ADMIN_COMMAND}\nDie opdracht geeft een link om een wachtwoord te kiezen.`,
      "info",
    );
  }
  return { seeded, needsAdmin };
}

const slugOf = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^gemeente\s+/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "gemeente";

/**
 * Makes the first (or another) beheerder from the command line: the tenant when it does not exist yet,
 * the account with the role beheerder, and a one-time link to choose a password that works for
 * 24 hours. No password is made, printed or stored. Two-step sign-in follows the tenant setting
 * (by default required for the beheerder), set up after the first sign-in.
 */
export async function createFirstAdmin(db: Db, config: Config, raw: FirstAdminInput, now = new Date()) {
  const parsed = firstAdminSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldsFromZod(parsed.error));
  const input = parsed.data;
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + FIRST_ADMIN_LINK_HOURS * 3600_000);

  const result = await db.transaction(async (tx) => {
    let tenant = await queries.findTenantByName(tx, input.tenant);
    const tenantCreated = !tenant;
    if (tenant && input.code && tenant.code !== input.code) {
      throw conflict(
        "code_mismatch",
        `${tenant.name} heeft gemeentecode ${tenant.code}, niet ${input.code}.`,
      );
    }
    if (!tenant) {
      if (!input.code) {
        throw validationFailed(
          [{ path: "code", code: "required", message: "Geef de CBS-gemeentecode op, zoals --code GM0344." }],
          `${input.tenant} bestaat nog niet. Geef de CBS-gemeentecode mee om de gemeente aan te maken, zoals --code GM0344.`,
        );
      }
      const sameCode = await queries.findTenantBy(tx, "code", input.code);
      if (sameCode) throw conflict("code_taken", `Gemeentecode ${input.code} hoort al bij ${sameCode.name}.`);
      let slug = slugOf(input.tenant);
      for (let n = 2; await queries.findTenantBy(tx, "slug", slug); n++)
        slug = `${slugOf(input.tenant)}-${n}`;
      tenant = await queries.insertTenant(tx, { code: input.code, slug, name: input.tenant, settings: {} });
    }

    const [givenName = "Beheerder", ...rest] = (input.name ?? "").split(/\s+/).filter(Boolean);
    const existing = await queries.findUserByEmail(tx, input.email);
    if (existing && (await queries.isActiveAdmin(tx, tenant.id, existing.id))) {
      throw conflict("already_admin", `${input.email} is al beheerder van ${tenant.name}.`);
    }
    const user =
      existing ??
      (await queries.insertUser(tx, {
        id: crypto.randomUUID(),
        name: [givenName, ...rest].join(" "),
        email: input.email,
        emailVerified: true,
      }));
    const personId = await queries.ensurePerson(tx, {
      tenantId: tenant.id,
      userId: user.id,
      givenName,
      familyName: rest.join(" "),
      email: input.email,
    });
    await queries.insertMembership(tx, { tenantId: tenant.id, userId: user.id, role: "admin" });
    await queries.insertPasswordToken(tx, user.id, token, expiresAt);
    // No signed-in actor: the command line acts for the system.
    await logProcessing(
      tx,
      { tenantId: tenant.id, traceId: crypto.randomUUID(), userId: null, role: null },
      {
        activity: "accounts.manage",
        action: existing ? "update" : "create",
        subjectType: "person",
        subjectIds: [personId],
      },
    );
    return {
      tenant: { name: tenant.name, slug: tenant.slug, created: tenantCreated },
      userCreated: !existing,
    };
  });
  return {
    ...result,
    email: input.email,
    link: `${config.publicUrl}/wachtwoord-herstellen?token=${token}`,
    expiresAt,
  };
}
