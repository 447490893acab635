import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type Referral,
  type ReferralStatus,
  referralStatuses,
  referralTransitions,
} from "../../../shared/referrals.ts";
import { CheckboxField, SelectField } from "../../ui/form.tsx";
import { formatDay } from "../../ui/format.ts";
import { QueryTable } from "../../ui/query-table.tsx";
import { ErrorMessage, Notice } from "../../ui/status.tsx";
import { referralQueries, referralsApi } from "./api.ts";

const route = getRouteApi("/app/doorverwijzingen");

/** Referrals my organisation made or received; the receiving partner answers step by step. */
export function ReferralsPage() {
  const { t, i18n } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filter = { status: search.status, overdue: search.achterstallig === "ja", page: search.pagina ?? 1 };
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const list = useQuery({
    ...referralQueries.list({
      status: filter.status,
      overdue: filter.overdue ? "true" : undefined,
      page: filter.page,
    }),
    placeholderData: keepPreviousData,
  });
  const answer = async (r: Referral, status: ReferralStatus, askVolunteer = false) => {
    setError(null);
    try {
      await referralsApi.answer(r.id, { status, askVolunteer });
      setMessage(
        askVolunteer
          ? t("referrals.volunteerAskedNow", { household: r.household })
          : t("referrals.answered", { household: r.household, status: t(`referrals.statuses.${status}`) }),
      );
      await list.refetch();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <>
      <Heading1>{t("referrals.title")}</Heading1>
      <Paragraph>{t("referrals.intro")}</Paragraph>
      <search>
        <form
          className="inzet-filters"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const status = referralStatuses.find((s) => s === data.get("status"));
            void navigate({
              search: { status, achterstallig: data.get("overdue") === "on" ? "ja" : undefined },
            });
          }}
        >
          <SelectField
            name="status"
            label={t("referrals.status")}
            emptyLabel={t("common.all")}
            defaultValue={filter.status ?? ""}
            options={referralStatuses.map((s) => ({ value: s, label: t(`referrals.statuses.${s}`) }))}
          />
          <CheckboxField name="overdue" label={t("referrals.onlyOverdue")} defaultChecked={filter.overdue} />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("common.filter")}
            </button>
          </div>
        </form>
      </search>
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      <QueryTable
        query={list}
        caption={t("referrals.caption")}
        rowKey={(row) => row.id}
        empty={t("referrals.empty")}
        page={filter.page}
        onPage={(page) => void navigate({ search: { ...search, pagina: page } })}
        columns={[
          {
            header: t("referrals.household"),
            cell: (row) => (
              <>
                {row.household}
                {row.contact && (
                  <>
                    <br />
                    {row.contact}
                  </>
                )}
              </>
            ),
          },
          {
            header: t("referrals.reason"),
            cell: (row) => (
              <>
                {row.urgency === "urgent" && <strong>{t("referrals.urgent")}: </strong>}
                {row.reason}
                {row.handoff && (
                  <>
                    <br />
                    {t("referrals.handoff")}
                  </>
                )}
                {row.volunteerAsked && (
                  <>
                    <br />
                    {t("referrals.volunteerAsked")}
                  </>
                )}
              </>
            ),
          },
          {
            header: t("referrals.fromTo"),
            cell: (row) => `${row.fromOrganisationName} → ${row.partnerName}`,
          },
          {
            header: t("referrals.status"),
            cell: (row) => (
              <>
                {t(`referrals.statuses.${row.status}`)}
                {row.overdue && (
                  <>
                    {" "}
                    <strong className="inzet-flag">{t("referrals.overdue")}</strong>
                  </>
                )}
                <br />
                {formatDay(row.statusChangedAt, i18n.language)}
                {row.statusNote && ` · ${row.statusNote}`}
              </>
            ),
          },
          {
            header: t("referrals.next"),
            cell: (row) =>
              row.can.answer ? (
                <>
                  {referralTransitions[row.status].map((next) => (
                    <button
                      key={next}
                      type="button"
                      className="utrecht-button utrecht-button--secondary-action inzet-inline-button"
                      onClick={() => void answer(row, next)}
                    >
                      {t(`referrals.to.${next}`)}
                      <span className="inzet-visually-hidden"> {row.household}</span>
                    </button>
                  ))}
                  {!row.volunteerAsked && (row.status === "received" || row.status === "intakePlanned") && (
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--subtle inzet-inline-button"
                      onClick={() => void answer(row, row.status, true)}
                    >
                      {t("referrals.askVolunteer")}
                      <span className="inzet-visually-hidden"> {row.household}</span>
                    </button>
                  )}
                </>
              ) : (
                "–"
              ),
          },
        ]}
      />
    </>
  );
}
