import { useQuery } from "@tanstack/react-query";
import {
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { clientImportSchema } from "../../../shared/participation/clients.ts";
import { activityTypes, procedures, regimes, ruleInputSchema } from "../../../shared/participation/rules.ts";
import { DataTable } from "../../ui/data-table.tsx";
import {
  CheckboxField,
  CheckboxGroupField,
  ErrorSummary,
  RadioGroupField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { participationApi, participationQueries } from "./api.ts";

const toRule = (form: FormData) => ({
  validFrom: form.get("validFrom"),
  regime: form.get("regime") ?? undefined,
  procedure: form.get("procedure") ?? undefined,
  maxHoursPerWeek: form.get("maxHoursPerWeek"),
  countingActivities: form.getAll("countingActivities"),
  extraChecklist: String(form.get("extraChecklist") ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean),
  noActivityWeeks: form.get("noActivityWeeks") || undefined,
  sender: {
    name: form.get("senderName"),
    city: form.get("senderCity"),
    signatoryName: form.get("signatoryName"),
  },
});

/** The beheerder's page: participation rules from a date, and the caseload import. */
export function RulesPage() {
  const { t, i18n } = useTranslation();
  const rules = useQuery(participationQueries.rules());
  const now = rules.data?.inForce;
  return (
    <>
      <Heading1>{t("participation.rules.title")}</Heading1>
      <Paragraph>{t("participation.rules.intro")}</Paragraph>
      {rules.isPending ? <Loading /> : rules.isError ? <ErrorMessage error={rules.error} /> : null}
      <Paragraph>
        {now
          ? t("participation.rules.inForce", {
              regime: t(`participation.regimes.${now.regime}`),
              procedure: t(`participation.procedures.${now.procedure}`).toLowerCase(),
              hours: now.maxHoursPerWeek,
              date: formatDay(now.validFrom, i18n.language),
            })
          : t("participation.rules.none")}
      </Paragraph>
      {rules.data && (
        <DataTable
          caption={t("participation.rules.caption")}
          rows={rules.data.items}
          rowKey={(row) => row.id}
          empty={t("participation.rules.none")}
          columns={[
            {
              header: t("participation.rules.validFrom"),
              cell: (row) => formatDay(row.validFrom, i18n.language),
            },
            {
              header: t("participation.rules.regime"),
              cell: (row) => t(`participation.regimes.${row.regime}`),
            },
            {
              header: t("participation.rules.procedure"),
              cell: (row) => t(`participation.procedures.${row.procedure}`),
            },
            { header: t("participation.rules.maxHours"), cell: (row) => row.maxHoursPerWeek },
          ]}
        />
      )}
      <RuleForm onSaved={() => void rules.refetch()} />
      <ImportClients />
    </>
  );
}

function ImportClients() {
  const { t } = useTranslation();
  const [result, setResult] = useState<Awaited<ReturnType<typeof participationApi.importClients>> | null>(
    null,
  );
  const form = useSchemaForm(
    clientImportSchema,
    async (values) => setResult(await participationApi.importClients(values)),
    (data) => ({ csv: data.get("csv") ?? "", dryRun: data.get("dryRun") === "on" }),
  );
  return (
    <section aria-labelledby="import-title">
      <Heading2 id="import-title">{t("participation.rules.import")}</Heading2>
      <Paragraph>{t("participation.rules.importIntro")}</Paragraph>
      {result && (
        <Notice>
          {t("participation.rules.importResult", result)}{" "}
          {result.dryRun && t("participation.rules.importDry")}
          {result.errors.length > 0 && (
            <UnorderedList>
              {result.errors.map((error) => (
                <UnorderedListItem key={`${error.row}-${error.field}`}>{error.message}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </Notice>
      )}
      <form onSubmit={form.onSubmit} noValidate>
        <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
        <TextAreaField name="csv" label={t("participation.rules.file")} error={form.errors.csv} />
        <CheckboxField name="dryRun" label={t("participation.rules.dryRun")} defaultChecked />
        <SubmitButton busy={form.busy}>{t("participation.rules.importButton")}</SubmitButton>
      </form>
    </section>
  );
}

function RuleForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm(
    ruleInputSchema,
    async (values) => {
      await participationApi.createRule(values);
      setSaved(true);
      onSaved();
    },
    toRule,
  );
  const e = form.errors;
  return (
    <>
      <Heading2>{t("participation.rules.add")}</Heading2>
      {saved && <Notice>{t("participation.rules.added")}</Notice>}
      <form onSubmit={form.onSubmit} noValidate>
        <ErrorSummary errors={e} formError={form.formError} summaryRef={form.summaryRef} />
        <TextField
          name="validFrom"
          type="date"
          label={t("participation.rules.validFrom")}
          error={e.validFrom}
        />
        <RadioGroupField
          name="regime"
          legend={t("participation.rules.regime")}
          error={e.regime}
          options={regimes.map((r) => ({ value: r, label: t(`participation.regimes.${r}`) }))}
        />
        <RadioGroupField
          name="procedure"
          legend={t("participation.rules.procedure")}
          error={e.procedure}
          options={procedures.map((p) => ({ value: p, label: t(`participation.procedures.${p}`) }))}
        />
        <TextField
          name="maxHoursPerWeek"
          inputMode="numeric"
          label={t("participation.rules.maxHours")}
          defaultValue="20"
          error={e.maxHoursPerWeek}
        />
        <CheckboxGroupField
          name="countingActivities"
          legend={t("participation.rules.counting")}
          error={e.countingActivities}
          defaultValue={activityTypes}
          options={activityTypes.map((a) => ({ value: a, label: t(`participation.activities.${a}`) }))}
        />
        <TextAreaField name="extraChecklist" label={t("participation.rules.extraChecklist")} />
        <TextField
          name="noActivityWeeks"
          inputMode="numeric"
          label={t("participation.rules.noActivityWeeks")}
          defaultValue="8"
          error={e.noActivityWeeks}
        />
        <TextField name="senderName" label={t("participation.rules.senderName")} error={e["sender.name"]} />
        <TextField name="senderCity" label={t("participation.rules.senderCity")} />
        <TextField name="signatoryName" label={t("participation.rules.signatoryName")} />
        <SubmitButton busy={form.busy}>{t("participation.rules.add")}</SubmitButton>
      </form>
    </>
  );
}
