import { buildApp } from "./app.ts";
import { openConfiguredDatabase } from "./db/open.ts";
import { prepareData } from "./features/setup/service.ts";
import { ConfigError, loadConfig } from "./platform/config.ts";
import { DataDirLockedError } from "./platform/data-dir-lock.ts";

async function main() {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  await prepareData(database.db, config, (line, level) =>
    level === "warn" ? console.warn(line) : console.log(line),
  );
  const { app } = await buildApp({ database, config, jobs: true });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down: finishing open requests");
    const timer = setTimeout(() => process.exit(1), 15_000);
    timer.unref();
    await app.close(); // waits for in-flight requests
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  await app.listen({ port: config.PORT, host: config.HOST });
  const where = config.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${config.DATA_DIR}`;
  console.log(`Inzet draait op ${config.publicUrl} — database: ${where}`);
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
