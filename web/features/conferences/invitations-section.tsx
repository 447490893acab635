import { useQuery } from "@tanstack/react-query";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import type { Conference } from "../../../shared/conferences.ts";
import { DataTable } from "../../ui/data-table.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { conferenceQueries, conferencesApi } from "./api.ts";

type Run = (action: () => Promise<unknown>, done: string) => Promise<void>;

/** The organiser invites the pact's contact persons; a partner who joins later gets it on the next send. */
export function InvitationsSection({ c, run }: { c: Conference; run: Run }) {
  const { t, i18n } = useTranslation();
  const invitations = useQuery({ ...conferenceQueries.invitations(c.id), enabled: c.can.manage });
  if (!c.can.manage) return null;
  const pending = invitations.data?.members.filter((m) => m.hasEmail && !m.invitedAt).length ?? 0;
  return (
    <>
      <Heading2>{t("conferences.invitations")}</Heading2>
      {invitations.isPending ? (
        <Loading />
      ) : invitations.isError ? (
        <ErrorMessage error={invitations.error} />
      ) : (
        <>
          <DataTable
            caption={t("conferences.invitationsCaption")}
            rows={invitations.data.members}
            rowKey={(m) => m.organisationId}
            empty={t("conferences.noMembers")}
            columns={[
              { header: t("conferences.organisation"), cell: (m) => m.organisationName },
              { header: t("conferences.contact"), cell: (m) => m.contactName || "–" },
              {
                header: t("conferences.invitedAt"),
                cell: (m) =>
                  m.invitedAt
                    ? formatDateTime(m.invitedAt, i18n.language)
                    : m.hasEmail
                      ? t("conferences.notYet")
                      : t("conferences.noEmail"),
              },
            ]}
          />
          {c.status === "planned" && pending > 0 && (
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              onClick={() =>
                void run(
                  async () => {
                    await conferencesApi.invite(c.id);
                    await invitations.refetch();
                  },
                  t("conferences.invited", { count: pending }),
                )
              }
            >
              {t("conferences.invite", { count: pending })}
            </button>
          )}
          {c.status === "planned" && pending === 0 && <Paragraph>{t("conferences.allInvited")}</Paragraph>}
        </>
      )}
    </>
  );
}
