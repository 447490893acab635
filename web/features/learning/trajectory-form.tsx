import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  trajectoryFields,
  trajectoryInputSchema,
  trajectoryQuestions,
} from "../../../shared/learning/trajectories.ts";
import { ErrorSummary, SubmitButton, TextAreaField, TextField, useSchemaForm } from "../../ui/form.tsx";
import { Notice } from "../../ui/status.tsx";
import { trajectoriesApi } from "./api.ts";

const split = (value: FormDataEntryValue | null) =>
  String(value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** The trajectory template: eleven questions, themes and one "meer weten" link. */
export function TrajectoryForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useSchemaForm(
    trajectoryInputSchema,
    async (values) => {
      const made = await trajectoriesApi.create(values);
      setSaved(made.title);
      onSaved();
    },
    (data) => ({
      ...Object.fromEntries(data),
      themes: split(data.get("themes")),
      links: data.get("linkUrl")
        ? [{ label: data.get("linkLabel") || t("learning.moreInfo"), url: data.get("linkUrl") }]
        : [],
    }),
  );
  return (
    <form onSubmit={(event) => void form.onSubmit(event)} noValidate>
      <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
      {saved && <Notice>{t("learning.saved", { title: saved })}</Notice>}
      <TextField name="title" label={t("learning.titleField")} error={form.errors.title} required />
      {trajectoryFields.map((field) => (
        <TextAreaField
          key={field}
          name={field}
          label={trajectoryQuestions[field]}
          error={form.errors[field]}
        />
      ))}
      <TextField
        name="themes"
        label={t("learning.themes")}
        description={t("learning.themesHelp")}
        error={form.errors.themes}
      />
      <TextField name="linkLabel" label={t("learning.linkLabel")} error={form.errors["links.0.label"]} />
      <TextField
        name="linkUrl"
        type="url"
        label={t("learning.moreInfo")}
        error={form.errors["links.0.url"]}
      />
      <SubmitButton busy={form.busy}>{t("learning.save")}</SubmitButton>
    </form>
  );
}
