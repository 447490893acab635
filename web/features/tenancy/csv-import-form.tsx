import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "../../../shared/zod.ts";
import { ErrorSummary, SubmitButton, useSchemaForm } from "../../ui/form.tsx";
import { Notice } from "../../ui/status.tsx";

const fileSchema = z.object({
  file: z.instanceof(File).refine((file) => file.size > 0, { message: "Kies een CSV-bestand." }),
});

/** Upload a CSV; row errors from the server are listed in the summary (nothing is imported then). */
export function CsvImportForm({
  name,
  title,
  intro,
  submitLabel,
  onImport,
}: {
  name: string;
  title: string;
  intro: string;
  submitLabel: string;
  /** Imports and returns the message to show. */
  onImport: (csv: string) => Promise<string>;
}) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  const form = useSchemaForm(
    fileSchema,
    async ({ file }) => {
      setDone(null);
      setDone(await onImport(await file.text()));
    },
    (data) => ({ file: data.get(name) }),
  );
  const rowErrors = Object.entries(form.errors).filter(([key]) => key !== "file");
  return (
    <>
      <Heading2>{title}</Heading2>
      <Paragraph>{intro}</Paragraph>
      <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
        {done && <Notice>{done}</Notice>}
        <ErrorSummary
          {...form}
          errors={form.errors.file ? { [name]: form.errors.file } : {}}
          formError={
            form.formError ? [form.formError, ...rowErrors.map(([, message]) => message)].join(" ") : null
          }
        />
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={`field-${name}`}>
            {t("districts.file")}
          </label>
          <input
            id={`field-${name}`}
            name={name}
            type="file"
            accept=".csv,text/csv"
            className="utrecht-textbox"
          />
        </div>
        <div>
          <SubmitButton busy={form.busy}>{submitLabel}</SubmitButton>
        </div>
      </form>
    </>
  );
}
