import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "../../shared/zod.ts";
import { hasPermission, meQuery } from "../features/accounts/api.ts";
import { districtsQuery, tenancyApi } from "../features/tenancy/api.ts";
import { DataTable } from "../ui/data-table.tsx";
import { ErrorSummary, SubmitButton, useSchemaForm } from "../ui/form.tsx";
import { ErrorMessage, Loading, Notice } from "../ui/status.tsx";

const fileSchema = z.object({
  file: z.instanceof(File).refine((file) => file.size > 0, { message: "Kies een CSV-bestand." }),
});

export function DistrictsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  const districts = useQuery(districtsQuery);
  const [result, setResult] = useState<{ districts: number; neighbourhoods: number } | null>(null);
  const form = useSchemaForm(fileSchema, async ({ file }) => {
    setResult(null);
    setResult(await tenancyApi.importDistricts(await file.text()));
    await queryClient.invalidateQueries({ queryKey: ["districts"] });
  });
  return (
    <>
      <Heading1>{t("districts.title")}</Heading1>
      {districts.isPending ? (
        <Loading />
      ) : districts.isError ? (
        <ErrorMessage error={districts.error} />
      ) : (
        <DataTable
          caption={t("districts.caption")}
          rows={districts.data}
          rowKey={(d) => d.id}
          empty={t("districts.empty")}
          columns={[
            { header: t("districts.code"), cell: (d) => d.code },
            { header: t("fields.name"), cell: (d) => d.name },
            {
              header: t("districts.neighbourhoods"),
              cell: (d) => d.neighbourhoods.map((n) => `${n.name} (${n.code})`).join(", ") || "–",
            },
          ]}
        />
      )}
      {hasPermission(me, "districts.manage") && (
        <>
          <Heading2>{t("districts.importTitle")}</Heading2>
          <Paragraph>{t("districts.importIntro")}</Paragraph>
          <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
            {result && <Notice>{t("districts.imported", result)}</Notice>}
            <ErrorSummary
              {...form}
              errors={Object.fromEntries(Object.entries(form.errors).filter(([key]) => key === "file"))}
              formError={
                form.formError
                  ? [
                      form.formError,
                      ...Object.entries(form.errors)
                        .filter(([key]) => key !== "file")
                        .map(([, message]) => message),
                    ].join(" ")
                  : null
              }
            />
            <div className="utrecht-form-field">
              <label className="utrecht-form-label" htmlFor="field-file">
                {t("districts.file")}
              </label>
              <input
                id="field-file"
                name="file"
                type="file"
                accept=".csv,text/csv"
                className="utrecht-textbox"
              />
            </div>
            <div>
              <SubmitButton busy={form.busy}>{t("districts.import")}</SubmitButton>
            </div>
          </form>
        </>
      )}
    </>
  );
}
