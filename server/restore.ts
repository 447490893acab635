// npm run restore -- FILE: brings a backup back into an EMPTY data directory (DATA_DIR) or, with
// DATABASE_URL, into an empty PostgreSQL database. Refuses anything else, and refuses while Inzet runs.
import { parseArgs } from "node:util";
import { BackupError, restorePglite, restorePostgres } from "./platform/backup.ts";
import { loadConfig } from "./platform/config.ts";

const { positionals } = parseArgs({ allowPositionals: true });
const file = positionals[0];
if (!file) {
  console.error("Gebruik / usage: npm run restore -- <backupbestand>");
  process.exit(2);
}
const config = loadConfig();
try {
  if (config.DATABASE_URL) await restorePostgres(file, config.DATABASE_URL);
  else await restorePglite(file, config.DATA_DIR);
  console.log(`Teruggezet / restored: ${file} → ${config.DATABASE_URL ? "DATABASE_URL" : config.DATA_DIR}`);
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
}
