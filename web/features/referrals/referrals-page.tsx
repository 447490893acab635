import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Referral, type ReferralStatus, referralStatuses } from "../../../shared/referrals.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable, Pagination } from "../../ui/data-table.tsx";
import { CheckboxField, SelectField } from "../../ui/form.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { AnswerForm } from "./answer-form.tsx";
import { referralQueries, referralsApi } from "./api.ts";
import { HouseholdCell, NextActions, ReasonCell, StatusCell } from "./referral-cells.tsx";

const route = getRouteApi("/app/doorverwijzingen");

/** Referrals my organisation made or received; the receiving partner answers step by step. */
export function ReferralsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filter = { status: search.status, overdue: search.achterstallig === "ja", page: search.pagina ?? 1 };
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<{ id: string; status: ReferralStatus | "reopen" } | null>(null);
  const withdraw = async (r: Referral) => {
    if (!window.confirm(t("referrals.withdrawConfirm"))) return;
    try {
      await referralsApi.withdrawConsent(r.id);
      setMessage(t("referrals.withdrawn"));
      await list.refetch();
    } catch (caught) {
      setError(caught);
    }
  };
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
      <Paragraph>
        <AppLink to="/doorverwijzingen/nieuw">{t("referrals.newReferral")}</AppLink>
      </Paragraph>
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
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <>
          <DataTable
            caption={t("referrals.caption")}
            rows={list.data.items}
            rowKey={(row) => row.id}
            empty={t("referrals.empty")}
            columns={[
              { header: t("referrals.household"), cell: (row) => <HouseholdCell row={row} /> },
              { header: t("referrals.reason"), cell: (row) => <ReasonCell row={row} /> },
              {
                header: t("referrals.fromTo"),
                cell: (row) => `${row.fromOrganisationName} → ${row.partnerName}`,
              },
              { header: t("referrals.status"), cell: (row) => <StatusCell row={row} /> },
              {
                header: t("referrals.next"),
                cell: (row) =>
                  open?.id === row.id ? (
                    <AnswerForm
                      referral={row}
                      status={open.status}
                      onCancel={() => setOpen(null)}
                      onDone={(done) => {
                        setOpen(null);
                        setMessage(done);
                        void list.refetch();
                      }}
                    />
                  ) : (
                    <NextActions
                      row={row}
                      onOpen={(status) => setOpen({ id: row.id, status })}
                      onAnswer={(status, askVolunteer) => void answer(row, status, askVolunteer)}
                      onWithdraw={() => void withdraw(row)}
                    />
                  ),
              },
            ]}
          />
          <Pagination
            page={filter.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPage={(page) => void navigate({ search: { ...search, pagina: page } })}
          />
        </>
      )}
    </>
  );
}
