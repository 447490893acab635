import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ownParticipationSchema } from "../../../shared/participation/own.ts";
import type { z } from "../../../shared/zod.ts";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { AgreementForm } from "./agreement-form.tsx";
import { AgreementSummary } from "./agreement-summary.tsx";
import { participationApi, participationQueries } from "./api.ts";
import { HoursForm } from "./hours-form.tsx";
import { ObstacleForm } from "./obstacle-form.tsx";

/** "Mijn participatie": the client's own agreements, proposals and hours (B1 Dutch, phone-first). */
export function MyParticipationPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const own = useQuery(participationQueries.own());
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: participationQueries.keys.own });
  const act = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await work();
      setMessage(done);
      await refresh();
    } catch (caught) {
      setError(caught);
    }
  };
  if (own.isPending) return <Loading />;
  if (own.isError) return <ErrorMessage error={own.error} />;
  const { client, rules, agreements } = own.data;
  const reportable = agreements.find((a) => a.can.reportHours);
  return (
    <>
      <Heading1>{t("participation.mine.title")}</Heading1>
      <Paragraph>{t("participation.mine.intro")}</Paragraph>
      <OwnSituation client={client} rules={rules} />
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      {client && (
        <>
          <Heading2>{t("participation.mine.agreements")}</Heading2>
          {agreements.length === 0 && <Paragraph>{t("participation.mine.none")}</Paragraph>}
          {agreements.map((a) => (
            <AgreementSummary
              key={a.id}
              agreement={a}
              onLetter={(letterId) => void act(() => participationApi.ownLetter(a.id, letterId), "")}
            >
              {a.can.submit && (
                <button
                  type="button"
                  className="utrecht-button utrecht-button--primary-action"
                  onClick={() =>
                    void act(() => participationApi.submitOwn(a.id), t("participation.mine.submitted"))
                  }
                >
                  {t("participation.mine.submit")}
                </button>
              )}
            </AgreementSummary>
          ))}
          {reportable && (
            <section aria-labelledby="hours-title">
              <Heading2 id="hours-title">{t("participation.agreement.reportHours")}</Heading2>
              <HoursForm
                onSubmit={(values) =>
                  act(
                    () => participationApi.ownHours(reportable.id, values),
                    t("participation.agreement.hoursSaved"),
                  )
                }
              />
            </section>
          )}
          <Heading2>{t("participation.mine.propose")}</Heading2>
          <AgreementForm
            counting={rules?.countingActivities}
            onSubmit={async (values) => {
              await participationApi.propose(values);
              setMessage(t("participation.mine.proposed"));
              await refresh();
            }}
          />
        </>
      )}
      <ObstacleForm />
    </>
  );
}

type Own = z.output<typeof ownParticipationSchema>;

/** Who the klantmanager is, an exemption, the rules in force and what an allowance means. */
function OwnSituation({ client, rules }: Pick<Own, "client" | "rules">) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {!client && <Notice>{t("participation.mine.notClient")}</Notice>}
      {client && <Paragraph>{t("participation.mine.caseworker", { name: client.caseworkerName })}</Paragraph>}
      {client?.exempt && client.exemptUntil && (
        <Notice>
          {t("participation.mine.exempt", { date: formatDay(client.exemptUntil, i18n.language) })}
        </Notice>
      )}
      {rules && (
        <Paragraph>
          {t(`participation.regimes.${rules.regime}`)}.{" "}
          {t("participation.mine.rules", {
            procedure: t(`participation.procedures.${rules.procedure}`).toLowerCase(),
            hours: rules.maxHoursPerWeek,
          })}
        </Paragraph>
      )}
      {client && (
        <section aria-labelledby="allowance-title" className="inzet-card">
          <Heading2 id="allowance-title">{t("participation.mine.allowance")}</Heading2>
          <Paragraph lang="nl">{client.allowance.text}</Paragraph>
        </section>
      )}
    </>
  );
}
