import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { indicatorValueInputSchema, type Monitoring } from "../../../shared/agreements/monitoring.ts";
import { amsterdamDay } from "../../../shared/dates.ts";
import { DataTable } from "../../ui/data-table.tsx";
import {
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { agreementKeys, agreementQueries, agreementsApi } from "./api.ts";
import "./values-strings.ts";

type Manual = { value: string; label: string; name: string };

export type IndicatorValuesProps = { id: string; monitoring: Monitoring; manage: boolean };

/** The indicators measured outside Inzet: a form to enter a month's value and the history of entries. */
export function IndicatorValues({ id, monitoring, manage }: IndicatorValuesProps) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const manual: Manual[] = monitoring.activities.flatMap((a) =>
    a.indicators
      .filter((x) => x.source === "manual")
      .map((x) => ({ value: `${a.key}/${x.key}`, label: `${x.name} – ${a.title}`, name: x.name })),
  );
  if (manual.length === 0) return null;
  return (
    <section aria-labelledby="indicator-values">
      <Heading2 id="indicator-values">{t("agreements.values.title")}</Heading2>
      <Paragraph>{t("agreements.values.intro")}</Paragraph>
      {saved && <Notice>{saved}</Notice>}
      {manage && <ValueForm id={id} manual={manual} onDone={setSaved} />}
      <ValueHistory id={id} manual={manual} />
    </section>
  );
}

function ValueForm({ id, manual, onDone }: { id: string; manual: Manual[]; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useSchemaForm(
    indicatorValueInputSchema,
    async (values) => {
      await agreementsApi.recordValue(id, values);
      const chosen = manual.find((m) => m.value === `${values.activityKey}/${values.indicatorKey}`);
      onDone(t("agreements.values.saved", { name: chosen?.name ?? "", month: values.month }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: agreementKeys.indicatorValues }),
        queryClient.invalidateQueries({ queryKey: agreementKeys.monitoring }),
      ]);
    },
    (data) => {
      const [activityKey = "", indicatorKey = ""] = String(data.get("indicator") ?? "").split("/");
      return { ...Object.fromEntries(data), activityKey, indicatorKey };
    },
  );
  return (
    <form className="inzet-form" noValidate onSubmit={form.onSubmit} aria-label={t("agreements.values.form")}>
      <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
      <SelectField
        name="indicator"
        label={t("agreements.values.indicator")}
        options={manual.map(({ value, label }) => ({ value, label }))}
        defaultValue={manual[0]!.value}
        error={form.errors.indicatorKey ?? form.errors.activityKey}
      />
      <TextField
        name="month"
        type="month"
        label={t("agreements.values.month")}
        description={t("agreements.values.monthHint")}
        defaultValue={amsterdamDay().slice(0, 7)}
        error={form.errors.month}
      />
      <TextField
        name="value"
        inputMode="numeric"
        label={t("agreements.values.value")}
        error={form.errors.value}
      />
      <TextAreaField name="note" label={t("agreements.values.note")} error={form.errors.note} />
      <SubmitButton busy={form.busy}>{t("agreements.values.save")}</SubmitButton>
    </form>
  );
}

/** Every entry, newest first: who entered it and when; an entry a later one replaced is marked so. */
function ValueHistory({ id, manual }: { id: string; manual: Manual[] }) {
  const { t, i18n } = useTranslation();
  const history = useQuery(agreementQueries.indicatorValues(id));
  if (history.isPending) return <Loading />;
  if (history.isError) return <ErrorMessage error={history.error} />;
  const nameOf = (activityKey: string, indicatorKey: string) =>
    manual.find((m) => m.value === `${activityKey}/${indicatorKey}`)?.label ?? indicatorKey;
  return (
    <DataTable
      caption={t("agreements.values.history")}
      rows={history.data.items}
      rowKey={(x) => x.id}
      empty={t("agreements.values.none")}
      columns={[
        { header: t("agreements.values.indicator"), cell: (x) => nameOf(x.activityKey, x.indicatorKey) },
        { header: t("agreements.values.month"), cell: (x) => x.month },
        {
          header: t("agreements.values.value"),
          cell: (x) => (x.counts ? String(x.value) : t("agreements.values.replaced", { value: x.value })),
        },
        { header: t("agreements.values.note"), cell: (x) => x.note || "–" },
        {
          header: t("agreements.values.by"),
          cell: (x) => x.recordedByName ?? t("agreements.values.unknown"),
        },
        { header: t("agreements.values.at"), cell: (x) => formatDateTime(x.recordedAt, i18n.language) },
      ]}
    />
  );
}
