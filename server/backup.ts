// npm run backup -- [--out FILE]: a consistent snapshot of the database Inzet is configured for.
// PGlite (DATA_DIR): its dumpDataDir as .tar.gz, with Inzet stopped. PostgreSQL (DATABASE_URL): pg_dump -Fc.
import { parseArgs } from "node:util";
import { BackupError, backupPglite, backupPostgres } from "./platform/backup.ts";
import { loadConfig } from "./platform/config.ts";

const config = loadConfig();
const stamp = new Date().toISOString().replaceAll(":", "").slice(0, 15);
const { values } = parseArgs({
  options: {
    out: { type: "string", default: `inzet-backup-${stamp}${config.DATABASE_URL ? ".dump" : ".tar.gz"}` },
  },
});
try {
  if (config.DATABASE_URL) await backupPostgres(config.DATABASE_URL, values.out);
  else await backupPglite(config.DATA_DIR, values.out);
  console.log(`Backup geschreven / backup written: ${values.out}`);
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
}
