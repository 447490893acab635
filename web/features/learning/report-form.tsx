import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { type Report, reportCreateSchema, reportInputSchema } from "../../../shared/learning/reports.ts";
import {
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { reportKeys, reportsApi, researchQueries } from "./api.ts";

/** The recommendations, one row each: a theme (a finding, or none for a general one) and the text. */
const readRecommendations = (data: FormData) => {
  const items = [];
  for (let i = 0; data.has(`rec-text-${i}`); i++) {
    const text = String(data.get(`rec-text-${i}`) ?? "").trim();
    if (text) items.push({ theme: String(data.get(`rec-theme-${i}`) ?? ""), text });
  }
  return items;
};

const read = (data: FormData) => ({
  projectId: data.get("projectId") || undefined,
  title: data.get("title"),
  summary: data.get("summary"),
  recommendations: readRecommendations(data),
});

export type ReportFormProps = { report?: Report; onSaved?: (id: string) => void };

/** The council drafts a report from a project's findings, or changes its draft (one recommendation a line). */
export function ReportForm({ report, onSaved }: ReportFormProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const projects = useQuery({ ...researchQueries.list(), enabled: !report });

  const refresh = () => Promise.all(reportKeys.map((queryKey) => client.invalidateQueries({ queryKey })));
  const create = useSchemaForm(
    reportCreateSchema,
    async (values) => {
      const made = await reportsApi.create(values);
      await refresh();
      onSaved?.(made.id);
    },
    read,
  );
  const update = useSchemaForm(
    reportInputSchema,
    async (values) => {
      await reportsApi.update(report!.id, values);
      await refresh();
    },
    read,
  );
  const form = report ? update : create;
  const errors: Record<string, string | undefined> = form.errors;
  return (
    <section>
      <Heading2>{report ? t("learning.reports.save") : t("learning.reports.new")}</Heading2>
      <form onSubmit={(event) => void form.onSubmit(event)} noValidate>
        <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
        {!report && (
          <SelectField
            name="projectId"
            label={t("learning.reports.project")}
            error={errors.projectId}
            emptyLabel=""
            options={(projects.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
          />
        )}
        <TextField
          name="title"
          label={t("learning.titleField")}
          error={errors.title}
          defaultValue={report?.title}
          required
        />
        <TextAreaField
          name="summary"
          label={t("learning.reports.summary")}
          error={errors.summary}
          defaultValue={report?.summary}
        />
        <RecommendationRows report={report} error={errors.recommendations} errors={errors} />
        <SubmitButton busy={form.busy}>{t("learning.reports.save")}</SubmitButton>
      </form>
    </section>
  );
}

type RowsProps = { report?: Report; error?: string; errors: Record<string, string | undefined> };

/** One row per recommendation (and three empty ones): the text and the finding (theme) it follows from. */
function RecommendationRows({ report, error, errors }: RowsProps) {
  const { t } = useTranslation();
  const themes = useQuery(researchQueries.themes());
  const rows = [
    ...(report?.recommendationItems ?? []),
    ...["extra-a", "extra-b", "extra-c"].map((id) => ({ id, text: "", theme: "" })),
  ];
  const themeOptions = [
    { value: "", label: t("learning.reports.generalTheme") },
    ...[...new Set([...(themes.data ?? []), ...(report?.findings.rows.map((r) => r.theme) ?? [])])].map(
      (theme) => ({ value: theme, label: theme }),
    ),
  ];
  return (
    <fieldset className="utrecht-form-fieldset">
      <legend className="utrecht-form-fieldset__legend">{t("learning.reports.recs")}</legend>
      <Paragraph>{t("learning.reports.recsHelp")}</Paragraph>
      {error && <Paragraph>{error}</Paragraph>}
      {rows.map((rec, i) => (
        <div key={rec.id}>
          <TextAreaField
            name={`rec-text-${i}`}
            label={t("learning.reports.recN", { n: i + 1 })}
            error={errors[`recommendations.${i}.text`]}
            defaultValue={rec.text}
          />
          <SelectField
            name={`rec-theme-${i}`}
            label={t("learning.reports.recTheme", { n: i + 1 })}
            options={themeOptions}
            defaultValue={rec.theme ?? ""}
          />
        </div>
      ))}
    </fieldset>
  );
}
