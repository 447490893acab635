// npm run create-admin -- --email a@gemeente.nl --tenant "Gemeente X" [--code GM0344] [--name "Voornaam Achternaam"]
// Makes a beheerder (and the municipality when it does not exist yet) and prints a one-time link to
// choose a password. See README "In productie nemen".
import { parseArgs } from "node:util";
import { openConfiguredDatabase } from "./db/open.ts";
import { createFirstAdmin } from "./features/setup/service.ts";
import { ConfigError, loadConfig } from "./platform/config.ts";
import { DataDirLockedError } from "./platform/data-dir-lock.ts";
import { AppError } from "./platform/errors.ts";

async function run() {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: "string" },
        tenant: { type: "string" },
        code: { type: "string" },
        name: { type: "string" },
      },
    }));
  } catch (error) {
    console.error(
      `${(error as Error).message}\nGebruik: npm run create-admin -- --email … --tenant "Gemeente …" [--code GM…] [--name "…"]`,
    );
    return 2;
  }
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    const made = await createFirstAdmin(database.db, config, {
      email: values.email ?? "",
      tenant: values.tenant ?? "",
      code: values.code,
      name: values.name,
    });
    const until = new Intl.DateTimeFormat("nl-NL", {
      dateStyle: "long",
      timeStyle: "short",
      timeZone: "Europe/Amsterdam",
    }).format(made.expiresAt);
    console.log(
      [
        `${made.email} is nu beheerder van ${made.tenant.name}${made.tenant.created ? " (gemeente aangemaakt)" : ""}.`,
        "",
        `Met deze link kiest de beheerder een wachtwoord. De link werkt één keer, tot ${until}:`,
        `  ${made.link}`,
        "",
        "Geef de link alleen aan de beheerder zelf. Na het inloggen stelt de beheerder inloggen in twee stappen in.",
        "Is de link verlopen? Gebruik dan 'Wachtwoord vergeten' op de inlogpagina.",
      ].join("\n"),
    );
    return 0;
  } finally {
    await database.close();
  }
}

run()
  .then((code) => process.exit(code))
  .catch((error) => {
    if (error instanceof AppError) {
      const fields = error.fields ?? [];
      console.error(
        [
          error.message,
          ...fields.filter((f) => f.message !== error.message).map((f) => `  --${f.path}: ${f.message}`),
        ].join("\n"),
      );
    } else if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
