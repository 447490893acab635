import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { obstacleCategories, obstacleInputSchema } from "../../../shared/participation/reports.ts";
import { ErrorSummary, SelectField, SubmitButton, TextAreaField, useSchemaForm } from "../../ui/form.tsx";
import { Notice } from "../../ui/status.tsx";
import { participationApi } from "./api.ts";

/** An obstacle caused by the rules, stored without a name (for policy and the client council). */
export function ObstacleForm() {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const form = useSchemaForm(obstacleInputSchema, async (values) => {
    await participationApi.obstacle(values);
    setSent(true);
  });
  return (
    <section aria-labelledby="obstacle-title">
      <Heading2 id="obstacle-title">{t("participation.mine.obstacle")}</Heading2>
      <Paragraph>{t("participation.mine.obstacleIntro")}</Paragraph>
      {sent && <Notice>{t("participation.mine.obstacleSent")}</Notice>}
      <form onSubmit={form.onSubmit} noValidate>
        <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
        <SelectField
          name="category"
          label={t("participation.report.category")}
          emptyLabel="–"
          error={form.errors.category}
          options={obstacleCategories.map((c) => ({
            value: c,
            label: t(`participation.obstacleCategories.${c}`),
          }))}
        />
        <TextAreaField name="text" label={t("participation.mine.obstacle")} error={form.errors.text} />
        <SubmitButton busy={form.busy}>{t("participation.mine.submit")}</SubmitButton>
      </form>
    </section>
  );
}
