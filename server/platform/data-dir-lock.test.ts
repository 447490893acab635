import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  acquireDataDirLock,
  DataDirLockedError,
  isDataDirLocked,
  processStartTime,
} from "./data-dir-lock.ts";

describe("data directory lock", () => {
  it("refuses a second holder with a clear message, and frees on release", () => {
    const dir = mkdtempSync(join(tmpdir(), "inzet-lock-"));
    const release = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrowError(DataDirLockedError);
    expect(() => acquireDataDirLock(dir)).toThrowError(/al in gebruik.*\n.*already in use/s);
    release();
    const again = acquireDataDirLock(dir);
    again();
  });

  it("takes over a stale lock left by a crashed process", () => {
    const dir = mkdtempSync(join(tmpdir(), "inzet-lock-"));
    // A pid that does not run: the highest pid numbers are not in use on a test machine.
    writeFileSync(
      join(dir, "inzet.lock"),
      JSON.stringify({ pid: 2 ** 22 - 7, host: hostname(), startedAt: "2020-01-01" }),
    );
    const release = acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(join(dir, "inzet.lock"), "utf8")).pid).toBe(process.pid);
    release();
  });

  it("takes over a lock whose pid now belongs to an unrelated live process", () => {
    const dir = mkdtempSync(join(tmpdir(), "inzet-lock-"));
    const other = process.ppid; // alive, but not the process that wrote this lock
    const realStart = processStartTime(other);
    if (realStart === undefined) return; // no /proc (not Linux): only pid liveness can be checked
    writeFileSync(
      join(dir, "inzet.lock"),
      JSON.stringify({ pid: other, host: hostname(), startedAt: "2020-01-01", procStart: `${realStart}1` }),
    );
    expect(isDataDirLocked(dir)).toBe(false);
    const release = acquireDataDirLock(dir);
    expect(JSON.parse(readFileSync(join(dir, "inzet.lock"), "utf8")).pid).toBe(process.pid);
    release();
  });

  it("takes over a lock from an earlier boot, and still respects the same live process", () => {
    const dir = mkdtempSync(join(tmpdir(), "inzet-lock-"));
    const lock = join(dir, "inzet.lock");
    const start = processStartTime(process.ppid);
    writeFileSync(
      lock,
      JSON.stringify({ pid: process.ppid, host: hostname(), startedAt: "x", procStart: start }),
    );
    expect(() => acquireDataDirLock(dir)).toThrowError(DataDirLockedError);
    expect(isDataDirLocked(dir)).toBe(true);
    if (start === undefined) return; // no /proc: boot ids cannot be read either
    writeFileSync(
      lock,
      JSON.stringify({
        pid: process.ppid,
        host: hostname(),
        startedAt: "x",
        procStart: start,
        bootId: "earlier-boot",
      }),
    );
    acquireDataDirLock(dir)();
  });

  it("treats a half-written lock file as stale", () => {
    const dir = mkdtempSync(join(tmpdir(), "inzet-lock-"));
    writeFileSync(join(dir, "inzet.lock"), "{");
    acquireDataDirLock(dir)();
  });
});
