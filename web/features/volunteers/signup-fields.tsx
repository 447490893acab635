import { Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { CheckboxField, SelectField, TextAreaField, TextField } from "../../ui/form.tsx";

/** The fields of a public sign-up (also used when reacting to a vacancy without an account). */
export function SignupFields({
  errors: e,
  organisations,
  channels,
  defaultChannel,
}: {
  errors: Record<string, string>;
  organisations: { id: string; name: string }[] | null;
  channels: { code: string; label: string }[];
  defaultChannel?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="givenName"
        label={t("volunteers.fields.givenName")}
        autoComplete="given-name"
        error={e.givenName}
        required
      />
      <TextField
        name="familyName"
        label={t("volunteers.fields.familyName")}
        autoComplete="family-name"
        error={e.familyName}
        required
      />
      <TextField
        name="email"
        type="email"
        label={t("volunteers.fields.email")}
        autoComplete="email"
        error={e.email}
        required
      />
      <TextField
        name="phone"
        type="tel"
        label={t("volunteers.fields.phone")}
        autoComplete="tel"
        error={e.phone}
      />
      <TextField
        name="postcode"
        label={t("volunteers.fields.postcode")}
        autoComplete="postal-code"
        error={e.postcode}
      />
      <TextField
        name="birthDate"
        type="date"
        label={t("volunteers.fields.birthDate")}
        description={t("volunteers.fields.birthDateHelp")}
        autoComplete="bday"
        error={e.birthDate}
      />
      {organisations && (
        <SelectField
          name="organisationId"
          label={t("volunteers.fields.organisation")}
          description={t("volunteers.fields.organisationHelp")}
          emptyLabel={t("common.choose")}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          error={e.organisationId}
        />
      )}
      <SelectField
        name="channel"
        label={t("volunteers.fields.channel")}
        emptyLabel={t("common.choose")}
        defaultValue={defaultChannel}
        options={channels.map((c) => ({ value: c.code, label: c.label }))}
        error={e.channel}
        required
      />
      <TextAreaField name="motivation" label={t("volunteers.fields.motivation")} error={e.motivation} />
      <Paragraph>{t("volunteers.signup.privacy")}</Paragraph>
      <CheckboxField name="consent" label={t("volunteers.fields.consent")} error={e.consent} />
    </>
  );
}
