import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";

export class DataDirLockedError extends Error {}

/**
 * Who holds the lock. `pid` alone is not enough: after a crash and a reboot (or a long uptime) the
 * number can belong to an unrelated process. `bootId` and `procStart` (the kernel's start time of
 * the process, in clock ticks since boot) identify our own process exactly on Linux.
 */
type LockInfo = { pid: number; host: string; startedAt: string; bootId?: string; procStart?: string };

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readBootId(): string | undefined {
  try {
    return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/<pid>/stat: when the process started, in ticks since boot (Linux only). */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may contain spaces: count from the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19];
  } catch {
    return undefined;
  }
}

/** Is the process that wrote `holder` still running? A live pid with another start time is not it. */
function holderStillRuns(holder: LockInfo, host: string): boolean {
  if (holder.host !== host) return true; // another machine (shared disk): we cannot tell, so respect it
  if (holder.bootId && readBootId() && holder.bootId !== readBootId()) return false;
  if (!isProcessAlive(holder.pid)) return false;
  if (holder.procStart) {
    const now = processStartTime(holder.pid);
    if (now !== undefined && now !== holder.procStart) return false; // pid reused by another process
  }
  return true;
}

/**
 * Holds an exclusive lock on the embedded database directory. PGlite has no lock of its own: two
 * processes on one directory silently lose writes. The lock file is created atomically (O_EXCL);
 * a lock whose process no longer runs on this host — gone, from an earlier boot, or a pid that now
 * belongs to another process — is stale and is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const lockPath = join(dir, "inzet.lock");
  const info: LockInfo = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    bootId: readBootId(),
    procStart: processStartTime(process.pid),
  };
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
      const holder = readLock(dir);
      if (holder && holderStillRuns(holder, info.host)) {
        throw new DataDirLockedError(
          `De database in ${dir} is al in gebruik door een ander Inzet-proces (pid ${holder.pid}, gestart ${holder.startedAt}). Stop dat proces eerst, of kies een andere map met DATA_DIR.\n` +
            `The database in ${dir} is already in use by another Inzet process (pid ${holder.pid}). Stop it first, or choose another directory with DATA_DIR.`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(`Kon de vergrendeling van ${dir} niet krijgen / could not lock ${dir}`);
}

/** The lock's holder, or undefined when there is no lock or it is unreadable (half-written by a crash). */
function readLock(dir: string): LockInfo | undefined {
  try {
    return JSON.parse(readFileSync(join(resolve(dir), "inzet.lock"), "utf8")) as LockInfo;
  } catch {
    return undefined;
  }
}

/** True while a running process holds the lock on `dataDir` (used by backup and restore). */
export function isDataDirLocked(dataDir: string): boolean {
  const holder = readLock(dataDir);
  return holder !== undefined && holderStillRuns(holder, hostname());
}
