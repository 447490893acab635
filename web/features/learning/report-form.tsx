import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Heading2 } from "@utrecht/component-library-react";
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

const lines = (value: FormDataEntryValue | null) =>
  String(value ?? "")
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((text) => ({ text }));

const read = (data: FormData) => ({
  projectId: data.get("projectId") || undefined,
  title: data.get("title"),
  summary: data.get("summary"),
  recommendations: lines(data.get("recommendations")),
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
        <TextAreaField
          name="recommendations"
          label={t("learning.reports.recs")}
          description={t("learning.reports.recsHelp")}
          error={errors.recommendations}
          defaultValue={report?.recommendationItems.map((r) => r.text).join("\n")}
        />
        <SubmitButton busy={form.busy}>{t("learning.reports.save")}</SubmitButton>
      </form>
    </section>
  );
}
