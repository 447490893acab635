import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { allowanceInputSchema } from "../../../shared/allowances.ts";
import { amsterdamDay } from "../../../shared/dates.ts";
import { z } from "../../../shared/zod.ts";
import { ApiError } from "../../api.ts";
import { DataTable } from "../../ui/data-table.tsx";
import {
  CheckboxField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { formatDay, formatNumber } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { invalidate, type VacancyApplication, vacanciesApi, vacancyKeys, vacancyQueries } from "./api.ts";

const paymentSchema = allowanceInputSchema.extend({
  applicationId: z.uuid({ message: "Kies een vrijwilliger." }),
});

/** The coordinator's view of hours (approve or reject) and allowance payments with the limit check. */
export function HoursSection({ vacancyId, placed }: { vacancyId: string; placed: VacancyApplication[] }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const hours = useQuery(vacancyQueries.hours(vacancyId));
  const [paid, setPaid] = useState<string | null>(null);
  const [warned, setWarned] = useState(false);
  const form = useSchemaForm(
    paymentSchema,
    async ({ applicationId, ...body }) => {
      setPaid(null);
      try {
        const result = await vacanciesApi.payAllowance(vacancyId, applicationId, body);
        setWarned(false);
        setPaid(result.warnings.length ? t("vacancies.hours.paidWithWarnings") : t("vacancies.hours.paid"));
      } catch (cause) {
        if (cause instanceof ApiError && cause.code === "allowance_limit") setWarned(true);
        throw cause;
      }
    },
    (data) => ({ ...Object.fromEntries(data), acceptWarnings: data.get("acceptWarnings") === "on" }),
  );
  const decide = async (entryId: string, approve: boolean) => {
    await vacanciesApi.decideHours(vacancyId, entryId, approve);
    await invalidate(queryClient, vacancyKeys.hours);
  };
  const e = form.errors;
  return (
    <section aria-labelledby="hours-title">
      <Heading2 id="hours-title">{t("vacancies.hours.title")}</Heading2>
      {hours.isPending ? (
        <Loading />
      ) : hours.isError ? (
        <ErrorMessage error={hours.error} />
      ) : (
        <DataTable
          caption={t("vacancies.hours.caption")}
          rows={hours.data}
          rowKey={(row) => row.id}
          empty={t("vacancies.hours.empty")}
          columns={[
            { header: t("volunteers.fields.name"), cell: (row) => row.name },
            {
              header: t("vacancies.hours.date"),
              cell: (row) => formatDay(row.date, i18n.language),
            },
            { header: t("vacancies.hours.hours"), cell: (row) => formatNumber(row.hours, i18n.language) },
            { header: t("volunteers.fields.note"), cell: (row) => row.note || "–" },
            {
              header: t("vacancies.mine.status"),
              cell: (row) => t(`vacancies.hours.statuses.${row.status}`),
            },
            {
              header: t("common.actions"),
              cell: (row) =>
                row.status === "submitted" ? (
                  <>
                    <Button appearance="secondary-action-button" onClick={() => void decide(row.id, true)}>
                      {t("vacancies.hours.approve")}
                      <span className="inzet-visually-hidden"> {`${row.name} ${row.date}`}</span>
                    </Button>{" "}
                    <Button appearance="subtle-button" onClick={() => void decide(row.id, false)}>
                      {t("vacancies.hours.reject")}
                      <span className="inzet-visually-hidden"> {`${row.name} ${row.date}`}</span>
                    </Button>
                  </>
                ) : (
                  "–"
                ),
            },
          ]}
        />
      )}
      {placed.length > 0 && (
        <>
          <Heading3>{t("vacancies.hours.allowance")}</Heading3>
          <Paragraph>{t("vacancies.hours.allowanceIntro")}</Paragraph>
          <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
            {paid && <Notice>{paid}</Notice>}
            <ErrorSummary {...form} />
            <SelectField
              name="applicationId"
              label={t("vacancies.hours.volunteer")}
              emptyLabel={t("common.choose")}
              options={placed.map((a) => ({ value: a.id, label: a.name }))}
              error={e.applicationId}
            />
            <TextField
              name="paidOn"
              type="date"
              label={t("vacancies.hours.paidOn")}
              defaultValue={amsterdamDay()}
              error={e.paidOn}
            />
            <TextField
              name="amount"
              inputMode="numeric"
              label={t("vacancies.hours.amount")}
              error={e.amount}
            />
            <TextField
              name="hours"
              inputMode="numeric"
              label={t("vacancies.hours.forHours")}
              error={e.hours}
            />
            {warned && <CheckboxField name="acceptWarnings" label={t("vacancies.hours.acceptWarnings")} />}
            <div>
              <SubmitButton busy={form.busy}>{t("vacancies.hours.pay")}</SubmitButton>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
