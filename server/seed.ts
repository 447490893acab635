// npm run seed -- [--scale N]: loads the demo data (if the database is empty) and optionally N extra users.
import { parseArgs } from "node:util";
import { openConfiguredDatabase } from "./db/open.ts";
import { isEmpty, seedDemo, seedScale } from "./db/seed.ts";
import { loadConfig } from "./platform/config.ts";

const { values } = parseArgs({ options: { scale: { type: "string", default: "0" } } });
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 0) {
  console.error("--scale moet een geheel getal van 0 of meer zijn / --scale must be a whole number >= 0");
  process.exit(2);
}
const config = loadConfig();
if (config.NODE_ENV === "production" && !config.seedDemo) {
  console.error(
    "In productie laadt Inzet geen demodata. Zet SEED_DEMO=true als u dat echt wilt (alleen voor een demo-omgeving).",
  );
  process.exit(2);
}
const database = await openConfiguredDatabase(config);
try {
  if (await isEmpty(database.db)) {
    await seedDemo(database.db);
    console.log("Demodata geladen.");
  }
  if (scale > 0) {
    const started = Date.now();
    const result = await seedScale(database.db, scale, console.log);
    console.log(
      `${result.users} gebruikers en ${result.organisations} organisaties toegevoegd in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  }
} finally {
  await database.close();
}
