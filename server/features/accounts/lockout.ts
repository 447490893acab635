import type { DbOrTx } from "../../db/client.ts";
import { AppError } from "../../platform/errors.ts";
import * as queries from "./queries.ts";

export type LockoutRules = { maxFailures: number; lockMinutes: number };

/**
 * Temporary lockout per email address. Every attempt is counted *before* the password is checked, in
 * one atomic statement, so parallel attempts cannot all pass a stale count: at most `maxFailures`
 * passwords are checked before the lock. A right password clears the count; an attempt that checked
 * no password is taken back.
 */
export async function beginSignInAttempt(db: DbOrTx, email: string, rules: LockoutRules, now = new Date()) {
  const { failures, lockedUntil } = await queries.countSignInAttempt(db, email, rules, now);
  if (failures > rules.maxFailures && lockedUntil && lockedUntil > now) {
    const minutes = Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new AppError(
      429,
      "account_locked",
      `Te vaak een verkeerd wachtwoord. Dit account is tijdelijk geblokkeerd. Probeer het over ${minutes} minuten opnieuw, of stel een nieuw wachtwoord in.`,
    );
  }
}

/** After better-auth answered: 200 clears the count, 401 (wrong password) keeps it, anything else takes it back. */
export async function endSignInAttempt(db: DbOrTx, email: string, status: number, rules: LockoutRules) {
  if (status === 200) return queries.clearSignInFailures(db, email);
  if (status !== 401) return queries.uncountSignInAttempt(db, email, rules.maxFailures);
}
