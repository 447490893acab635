import type { MailView } from "../../../shared/outbox.ts";
import type { Page, PageQuery } from "../../../shared/paging.ts";
import type { Db } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { redactSecrets } from "../../platform/mail.ts";
import { logProcessing } from "../../platform/processing-log.ts";
import * as queries from "./queries.ts";

export async function listOutbox(db: Db, actor: Actor, query: PageQuery): Promise<Page<MailView>> {
  const { rows, total } = await queries.listMail(db, actor.tenantId, query);
  await logProcessing(db, actor, {
    activity: "outbox.read",
    action: "read",
    subjectType: "person",
    subjectIds: rows.flatMap((row) => (row.personId ? [row.personId] : [])),
  });
  return {
    items: rows.map(({ mail }) => ({
      id: mail.id,
      to: mail.to,
      subject: mail.subject,
      text: redactSecrets(mail.text), // already redacted when written; this also covers older rows
      transport: mail.transport,
      error: mail.error,
      createdAt: mail.createdAt.toISOString(),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
