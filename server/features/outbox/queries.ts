import { and, count, desc, eq, ilike, inArray, isNull, or } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { escapeLike } from "../../db/sql.ts";
import { mailMessage } from "../../platform/schema.ts";
import { membership, person } from "../accounts/schema.ts";

/** Mail of a tenant: sent for it, or to a user who is a member of it. */
function tenantMail(db: DbOrTx, tenantId: string) {
  return or(
    eq(mailMessage.tenantId, tenantId),
    and(
      isNull(mailMessage.tenantId),
      inArray(
        mailMessage.recipientUserId,
        db.select({ userId: membership.userId }).from(membership).where(eq(membership.tenantId, tenantId)),
      ),
    ),
  );
}

/** `q`: part of the address or the subject (case-insensitive). */
export async function listMail(
  db: DbOrTx,
  tenantId: string,
  page: { page: number; pageSize: number; q?: string },
) {
  const like = page.q ? `%${escapeLike(page.q)}%` : null;
  const where = and(
    tenantMail(db, tenantId),
    like ? or(ilike(mailMessage.to, like), ilike(mailMessage.subject, like)) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ mail: mailMessage, personId: person.id })
      .from(mailMessage)
      .leftJoin(person, and(eq(person.userId, mailMessage.recipientUserId), eq(person.tenantId, tenantId)))
      .where(where)
      .orderBy(desc(mailMessage.createdAt), desc(mailMessage.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(mailMessage).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}
