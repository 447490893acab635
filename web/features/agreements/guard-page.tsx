import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { guardSettingsSchema } from "../../../shared/agreements/monitoring.ts";
import { DataTable } from "../../ui/data-table.tsx";
import { ErrorSummary, SubmitButton, TextField, useSchemaForm } from "../../ui/form.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { hasPermission, meQuery } from "../accounts/api.ts";
import { agreementKeys, agreementQueries, agreementsApi } from "./api.ts";

/** The role-boundary guard: its limits and which tasks only professionals should do. */
export function GuardPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const manage = hasPermission(useQuery(meQuery).data, "agreements.manage");
  const tasks = useQuery(agreementQueries.tasks);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const mark = async (vacancyId: string, on: boolean) => {
    setError(null);
    try {
      await agreementsApi.markTask(vacancyId, on);
      await queryClient.invalidateQueries({ queryKey: agreementKeys.tasks });
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <>
      <Heading1>{t("agreements.guard.title")}</Heading1>
      <Paragraph>{t("agreements.guard.intro")}</Paragraph>
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      <GuardSettingsForm manage={manage} onDone={setMessage} />
      <Heading2>{t("agreements.guard.tasks")}</Heading2>
      {tasks.isPending ? (
        <Loading />
      ) : tasks.isError ? (
        <ErrorMessage error={tasks.error} />
      ) : (
        <DataTable
          caption={t("agreements.guard.tasks")}
          rows={tasks.data.items}
          rowKey={(x) => x.vacancyId}
          empty={t("agreements.guard.noTasks")}
          columns={[
            { header: t("agreements.guard.task"), cell: (x) => `${x.title} (${x.organisationName})` },
            { header: t("agreements.guard.district"), cell: (x) => x.districtName ?? "–" },
            {
              header: t("agreements.guard.professionalOnly"),
              cell: (x) =>
                manage ? (
                  <label>
                    <input
                      type="checkbox"
                      checked={x.professionalOnly}
                      onChange={(e) => void mark(x.vacancyId, e.currentTarget.checked)}
                    />{" "}
                    {t("agreements.guard.professionalOnly")}
                    <span className="inzet-visually-hidden"> {x.title}</span>
                  </label>
                ) : x.professionalOnly ? (
                  t("agreements.yes")
                ) : (
                  t("agreements.no")
                ),
            },
          ]}
        />
      )}
    </>
  );
}

function GuardSettingsForm({ manage, onDone }: { manage: boolean; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery(agreementQueries.settings);
  const form = useSchemaForm(guardSettingsSchema, async (values) => {
    await agreementsApi.saveSettings(values);
    onDone(t("agreements.guard.saved"));
    await queryClient.invalidateQueries({ queryKey: agreementKeys.settings });
  });
  return (
    <>
      {settings.data && (
        <form className="inzet-form" noValidate onSubmit={form.onSubmit} aria-labelledby="guard-settings">
          <Heading2 id="guard-settings">{t("agreements.guard.settings")}</Heading2>
          <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
          <TextField
            name="weeklyHours"
            inputMode="numeric"
            label={t("agreements.guard.weeklyHours")}
            defaultValue={String(settings.data.weeklyHours)}
            error={form.errors.weeklyHours}
          />
          <TextField
            name="weeks"
            inputMode="numeric"
            label={t("agreements.guard.weeks")}
            defaultValue={String(settings.data.weeks)}
            error={form.errors.weeks}
          />
          <TextField
            name="driftPercent"
            inputMode="numeric"
            label={t("agreements.guard.driftPercent")}
            defaultValue={String(settings.data.driftPercent)}
            error={form.errors.driftPercent}
          />
          {manage && <SubmitButton busy={form.busy}>{t("agreements.guard.save")}</SubmitButton>}
        </form>
      )}
    </>
  );
}
