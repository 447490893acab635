import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { authUser, tenant } from "../../platform/identity-schema.ts";

// The identity tables (better-auth's, memberships) live in server/platform/identity-schema.ts.
export {
  authAccount,
  authRateLimit,
  authSession,
  authTwoFactor,
  authUser,
  authVerification,
  membership,
} from "../../platform/identity-schema.ts";

/** A natural person known in a tenant; may or may not have a user account. */
export const person = pgTable(
  "person",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    userId: text().references(() => authUser.id, { onDelete: "set null" }),
    givenName: text().notNull(),
    familyName: text().notNull(),
    email: text(),
    phone: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("person_tenant_user").on(t.tenantId, t.userId),
    index("person_tenant_name").on(t.tenantId, t.familyName, t.givenName),
  ],
);

/** Failed sign-ins per email address, for temporary lockout. */
export const signInFailure = pgTable("sign_in_failure", {
  email: text().primaryKey(),
  failures: integer().notNull().default(0),
  lastFailureAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true }),
});
