import { useTranslation } from "react-i18next";
import { type Campaign, campaignInputSchema } from "../../../shared/recruitment.ts";
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

export function CampaignForm({
  campaign,
  channels,
  organisations,
  onSubmit,
}: {
  campaign?: Campaign;
  channels: { code: string; label: string }[];
  organisations: { value: string; label: string }[] | null;
  onSubmit: (values: z.output<typeof campaignInputSchema>) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm(campaignInputSchema, onSubmit, (data) => formValues(data, ["channels"]));
  const e = form.errors;
  return (
    <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
      <ErrorSummary {...form} />
      <TextField
        name="name"
        label={t("volunteers.campaigns.name")}
        defaultValue={campaign?.name}
        error={e.name}
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
      <TextAreaField
        name="goal"
        label={t("volunteers.campaigns.goal")}
        defaultValue={campaign?.goal}
        error={e.goal}
      />
      <TextField
        name="targetSignups"
        inputMode="numeric"
        label={t("volunteers.campaigns.targetSignups")}
        defaultValue={campaign?.targetSignups?.toString()}
        error={e.targetSignups}
      />
      <TextField
        name="startsOn"
        type="date"
        label={t("volunteers.campaigns.startsOn")}
        defaultValue={campaign?.startsOn}
        error={e.startsOn}
      />
      <TextField
        name="endsOn"
        type="date"
        label={t("volunteers.campaigns.endsOn")}
        defaultValue={campaign?.endsOn}
        error={e.endsOn}
      />
      <CheckboxGroupField
        name="channels"
        legend={t("volunteers.campaigns.channels")}
        options={channels.map((c) => ({ value: c.code, label: c.label }))}
        defaultValue={campaign?.channels ?? []}
        error={e.channels}
      />
      <div>
        <SubmitButton busy={form.busy}>{t("volunteers.campaigns.save")}</SubmitButton>
      </div>
    </form>
  );
}
