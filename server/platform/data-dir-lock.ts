import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";

export class DataDirLockedError extends Error {}

type LockInfo = { pid: number; host: string; startedAt: string };

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Holds an exclusive lock on the embedded database directory. PGlite has no lock of its own: two
 * processes on one directory silently lose writes. The lock file is created atomically (O_EXCL);
 * a lock left by a process that no longer runs on this host is stale and is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const lockPath = join(dir, "inzet.lock");
  const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockPath, JSON.stringify(info), { flag: "wx" });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let holder: LockInfo | undefined;
      try {
        holder = JSON.parse(readFileSync(lockPath, "utf8")) as LockInfo;
      } catch {
        holder = undefined; // unreadable: half-written by a crash, treat as stale
      }
      const stale = !holder || (holder.host === info.host && !isProcessAlive(holder.pid));
      if (!stale) {
        throw new DataDirLockedError(
          `De database in ${dir} is al in gebruik door een ander Inzet-proces (pid ${holder?.pid}, gestart ${holder?.startedAt}). Stop dat proces eerst, of kies een andere map met DATA_DIR.\n` +
            `The database in ${dir} is already in use by another Inzet process (pid ${holder?.pid}). Stop it first, or choose another directory with DATA_DIR.`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(`Kon de vergrendeling van ${dir} niet krijgen / could not lock ${dir}`);
}
