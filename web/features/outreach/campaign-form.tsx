import { useTranslation } from "react-i18next";
import {
  campaignNumbers,
  campaignStatuses,
  defaultLetterTemplate,
  defaultTopics,
  type OutreachCampaign,
  outreachCampaignInputSchema,
} from "../../../shared/outreach.ts";
import type { District } from "../../../shared/tenancy.ts";
import type { z } from "../../../shared/zod.ts";
import {
  CheckboxGroupField,
  ErrorSummary,
  formValues,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";

/** "Geld en schulden" → "geld-en-schulden"; a topic keeps its code when its label is unchanged. */
function topicsFromText(text: string, current: { code: string; label: string }[]) {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((label) => {
      const known = current.find((topic) => topic.label === label);
      const code =
        known?.code ??
        label
          .toLowerCase()
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "")
          .slice(0, 40);
      return { code: code || "onderwerp", label };
    });
}

export function OutreachCampaignForm({
  campaign,
  districts,
  organisations,
  professionals,
  onSubmit,
}: {
  campaign?: OutreachCampaign;
  districts: District[];
  organisations: { value: string; label: string }[] | null;
  professionals: { userId: string; name: string }[];
  onSubmit: (values: z.output<typeof outreachCampaignInputSchema>) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const topics = campaign?.topics ?? defaultTopics;
  const form = useSchemaForm(outreachCampaignInputSchema, onSubmit, (data) => {
    const values = formValues(data, ["neighbourhoodIds", "professionalUserIds"]);
    return { ...values, topics: topicsFromText(String(data.get("topics") ?? ""), topics) };
  });
  const e = form.errors;
  const topicError = Object.entries(e).find(([path]) => path.startsWith("topics"))?.[1];
  return (
    <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
      <ErrorSummary {...form} />
      <TextField
        name="name"
        label={t("outreach.form.name")}
        defaultValue={campaign?.name}
        error={e.name}
        required
      />
      <TextField
        name="programme"
        label={t("outreach.form.programme")}
        description={t("outreach.form.programmeHelp")}
        defaultValue={campaign?.programme}
        error={e.programme}
        required
      />
      {organisations && (
        <SelectField
          name="organisationId"
          label={t("volunteers.fields.organisation")}
          emptyLabel={t("common.choose")}
          defaultValue={campaign?.organisationId}
          options={organisations}
          error={e.organisationId}
        />
      )}
      <TextField
        name="startsOn"
        type="date"
        label={t("outreach.form.startsOn")}
        defaultValue={campaign?.startsOn}
        error={e.startsOn}
        required
      />
      <TextField
        name="endsOn"
        type="date"
        label={t("outreach.form.endsOn")}
        defaultValue={campaign?.endsOn}
        error={e.endsOn}
        required
      />
      <CheckboxGroupField
        name="neighbourhoodIds"
        legend={t("outreach.form.neighbourhoods")}
        options={districts.flatMap((d) =>
          d.neighbourhoods.map((n) => ({ value: n.id, label: `${n.name} (${d.name})` })),
        )}
        defaultValue={campaign?.neighbourhoodIds ?? []}
        error={e.neighbourhoodIds}
      />
      <TextAreaField
        name="goal"
        label={t("outreach.form.goal")}
        defaultValue={campaign?.goal}
        error={e.goal}
      />
      <TextAreaField
        name="topics"
        label={t("outreach.form.topics")}
        description={t("outreach.form.topicsHelp")}
        defaultValue={topics.map((topic) => topic.label).join("\n")}
        error={topicError}
      />
      <TextAreaField
        name="incentive"
        label={t("outreach.form.incentive")}
        description={t("outreach.form.incentiveHelp")}
        defaultValue={campaign?.incentive}
        error={e.incentive}
      />
      <TextField
        name="optOutContact"
        label={t("outreach.form.optOutContact")}
        description={t("outreach.form.optOutContactHelp")}
        defaultValue={campaign?.optOutContact}
        error={e.optOutContact}
      />
      <TextField
        name="signatoryName"
        label={t("outreach.form.signatoryName")}
        description={t("outreach.form.signatoryNameHelp")}
        defaultValue={campaign?.signatoryName}
        error={e.signatoryName}
      />
      <TextField
        name="signatoryRole"
        label={t("outreach.form.signatoryRole")}
        defaultValue={campaign?.signatoryRole}
        error={e.signatoryRole}
      />
      <TextAreaField
        name="letterTemplate"
        label={t("outreach.letters.template")}
        description={t("outreach.letters.templateHelp")}
        defaultValue={campaign?.letterTemplate ?? defaultLetterTemplate}
        error={e.letterTemplate}
      />
      {(Object.keys(campaignNumbers) as (keyof typeof campaignNumbers)[]).map((name) => (
        <TextField
          key={name}
          name={name}
          inputMode="numeric"
          label={t(`outreach.form.${name}`)}
          defaultValue={String(campaign?.[name] ?? campaignNumbers[name])}
          error={e[name]}
        />
      ))}
      {professionals.length > 0 ? (
        <CheckboxGroupField
          name="professionalUserIds"
          legend={t("outreach.form.professionals")}
          options={professionals.map((p) => ({ value: p.userId, label: p.name }))}
          defaultValue={campaign?.professionalUserIds ?? []}
          error={e.professionalUserIds}
        />
      ) : (
        <p className="utrecht-paragraph">{t("outreach.form.noProfessionals")}</p>
      )}
      <SelectField
        name="status"
        label={t("outreach.form.status")}
        defaultValue={campaign?.status ?? "draft"}
        options={campaignStatuses.map((s) => ({ value: s, label: t(`outreach.statuses.${s}`) }))}
        error={e.status}
      />
      <div>
        <SubmitButton busy={form.busy}>{t("outreach.form.save")}</SubmitButton>
      </div>
    </form>
  );
}
