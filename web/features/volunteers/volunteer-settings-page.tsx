import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Fieldset, FieldsetLegend, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { motiveFunctions } from "../../../shared/motives.ts";
import { type Term, type VolunteerSettings, volunteerSettingsSchema } from "../../../shared/volunteers.ts";
import {
  CheckboxGroupField,
  ErrorSummary,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { volunteerSettingsQuery, volunteersApi } from "./api.ts";

const numbers = [
  "signupStaleDays",
  "vogRenewalYears",
  "checkInIntervalMonths",
  "expiryWarningDays",
  "inactivityWeeks",
] as const;
const weights = ["skills", "motives", "availability", "location", "goals"] as const;
const lists = ["skills", "interests", "languages", "trainings", "channels", "stopReasons"] as const;
const guidance = ["description", "approach", "offer", "dos", "donts"] as const;

const termsToText = (terms: Term[]) => terms.map((term) => `${term.code}: ${term.label}`).join("\n");
const textToTerms = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(":");
      return at < 0
        ? { code: line, label: line }
        : { code: line.slice(0, at).trim(), label: line.slice(at + 1).trim() };
    });
const optionalNumber = (value: FormDataEntryValue | null) =>
  value === null || value === "" ? null : Number(value);

function toSettings(data: FormData, current: VolunteerSettings) {
  return {
    ...Object.fromEntries(numbers.map((key) => [key, Number(data.get(key))])),
    ...Object.fromEntries(lists.map((key) => [key, textToTerms(String(data.get(key) ?? ""))])),
    matchWeights: Object.fromEntries(weights.map((key) => [key, Number(data.get(`matchWeights.${key}`))])),
    motiveTypes: current.motiveTypes.map((type, i) => ({
      code: type.code,
      name: String(data.get(`motiveTypes.${i}.name`) ?? ""),
      functions: data.getAll(`motiveTypes.${i}.functions`).map(String),
      minAge: optionalNumber(data.get(`motiveTypes.${i}.minAge`)),
      maxAge: optionalNumber(data.get(`motiveTypes.${i}.maxAge`)),
      ...Object.fromEntries(guidance.map((key) => [key, String(data.get(`motiveTypes.${i}.${key}`) ?? "")])),
    })),
  };
}

/** Tenant-managed lists, terms, volunteer types and the guidance per type. */
export function VolunteerSettingsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery(volunteerSettingsQuery);
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm(
    volunteerSettingsSchema,
    async (values) => {
      queryClient.setQueryData(volunteerSettingsQuery.queryKey, await volunteersApi.saveSettings(values));
      setSaved(true);
    },
    (data) => toSettings(data, settings.data!),
  );
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <ErrorMessage error={settings.error} />;
  const s = settings.data;
  const e = form.errors;
  return (
    <>
      <Heading1>{t("volunteers.settings.title")}</Heading1>
      <Paragraph>{t("volunteers.settings.intro")}</Paragraph>
      {saved && <Notice>{t("common.saved")}</Notice>}
      <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
        <ErrorSummary {...form} />
        <Heading2>{t("volunteers.settings.terms")}</Heading2>
        {numbers.map((key) => (
          <TextField
            key={key}
            name={key}
            inputMode="numeric"
            label={t(`volunteers.settings.${key}`)}
            defaultValue={String(s[key])}
            error={e[key]}
          />
        ))}
        <Heading2>{t("volunteers.settings.weights")}</Heading2>
        <Paragraph>{t("volunteers.settings.weightsHelp")}</Paragraph>
        {weights.map((key) => (
          <TextField
            key={key}
            name={`matchWeights.${key}`}
            inputMode="numeric"
            label={t(`vacancies.matching.parts.${key}`)}
            defaultValue={String(s.matchWeights[key])}
            error={e[`matchWeights.${key}`] ?? (key === "skills" ? e.matchWeights : undefined)}
          />
        ))}
        <Heading2>{t("volunteers.settings.lists")}</Heading2>
        {lists.map((key) => (
          <TextAreaField
            key={key}
            name={key}
            label={t(`volunteers.settings.${key}`)}
            description={t("volunteers.settings.listHelp")}
            defaultValue={termsToText(s[key])}
            error={e[key] ?? Object.entries(e).find(([path]) => path.startsWith(`${key}.`))?.[1]}
          />
        ))}
        <Heading2>{t("volunteers.settings.types")}</Heading2>
        {s.motiveTypes.map((type, i) => (
          <Fieldset key={type.code}>
            <FieldsetLegend>{type.name}</FieldsetLegend>
            <TextField
              name={`motiveTypes.${i}.name`}
              label={t("volunteers.settings.typeName")}
              defaultValue={type.name}
              error={e[`motiveTypes.${i}.name`]}
            />
            <CheckboxGroupField
              name={`motiveTypes.${i}.functions`}
              legend={t("volunteers.settings.typeFunctions")}
              options={motiveFunctions.map((fn) => ({ value: fn, label: t(`volunteers.functions.${fn}`) }))}
              defaultValue={type.functions}
              error={e[`motiveTypes.${i}.functions`]}
            />
            <TextField
              name={`motiveTypes.${i}.minAge`}
              inputMode="numeric"
              label={t("volunteers.settings.minAge")}
              defaultValue={type.minAge?.toString()}
              error={e[`motiveTypes.${i}.minAge`]}
            />
            <TextField
              name={`motiveTypes.${i}.maxAge`}
              inputMode="numeric"
              label={t("volunteers.settings.maxAge")}
              defaultValue={type.maxAge?.toString()}
              error={e[`motiveTypes.${i}.maxAge`]}
            />
            {guidance.map((key) => (
              <TextAreaField
                key={key}
                name={`motiveTypes.${i}.${key}`}
                label={
                  key === "description"
                    ? t("volunteers.settings.typeDescription")
                    : t(`volunteers.detail.${key}`)
                }
                defaultValue={type[key]}
                error={e[`motiveTypes.${i}.${key}`]}
              />
            ))}
          </Fieldset>
        ))}
        <div>
          <SubmitButton busy={form.busy}>{t("volunteers.settings.save")}</SubmitButton>
        </div>
      </form>
    </>
  );
}
