import { useQuery } from "@tanstack/react-query";
import { useSearch } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { signupInputSchema } from "../../shared/volunteers.ts";
import { volunteersApi } from "../features/volunteers/api.ts";
import {
  CheckboxField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../ui/form.tsx";
import { ErrorMessage, Loading, Notice } from "../ui/status.tsx";

/** The public sign-up page: no account needed; the account comes with the email confirmation. */
export function VolunteerSignupPage() {
  const { t } = useTranslation();
  const search = useSearch({ strict: false }) as { werkgebied?: string; campagne?: string; kanaal?: string };
  const options = useQuery({
    queryKey: ["signup-options", search.werkgebied],
    queryFn: () => volunteersApi.signupOptions(search.werkgebied),
  });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useSchemaForm(
    signupInputSchema,
    async (values) => {
      await volunteersApi.signUp(search.werkgebied, values);
      setSentTo(values.email);
    },
    (data) => ({
      ...Object.fromEntries(data),
      consent: data.get("consent") === "on",
      campaignId: search.campagne,
    }),
  );
  if (options.isPending) return <Loading />;
  if (options.isError) return <ErrorMessage error={options.error} />;
  const e = form.errors;
  return (
    <>
      <Heading1>{t("volunteers.signup.title")}</Heading1>
      {sentTo ? (
        <>
          <Heading2>{t("volunteers.signup.done")}</Heading2>
          <Notice>{t("volunteers.signup.doneText", { email: sentTo })}</Notice>
        </>
      ) : (
        <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
          <Paragraph>{t("volunteers.signup.intro")}</Paragraph>
          <ErrorSummary {...form} />
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
          <SelectField
            name="organisationId"
            label={t("volunteers.fields.organisation")}
            description={t("volunteers.fields.organisationHelp")}
            emptyLabel={t("common.choose")}
            options={options.data.organisations.map((o) => ({ value: o.id, label: o.name }))}
            error={e.organisationId}
          />
          <SelectField
            name="channel"
            label={t("volunteers.fields.channel")}
            emptyLabel={t("common.choose")}
            defaultValue={search.kanaal}
            options={options.data.channels.map((c) => ({ value: c.code, label: c.label }))}
            error={e.channel}
          />
          <TextAreaField name="motivation" label={t("volunteers.fields.motivation")} error={e.motivation} />
          <Paragraph>{t("volunteers.signup.privacy")}</Paragraph>
          <CheckboxField name="consent" label={t("volunteers.fields.consent")} error={e.consent} />
          <div>
            <SubmitButton busy={form.busy}>{t("volunteers.signup.submit")}</SubmitButton>
          </div>
          <Paragraph>{t("volunteers.signup.noEmail")}</Paragraph>
        </form>
      )}
    </>
  );
}
