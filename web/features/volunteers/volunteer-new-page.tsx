import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { assistedSignupSchema } from "../../../shared/volunteers.ts";
import { AppLink } from "../../ui/app-link.tsx";
import {
  CheckboxField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { meQuery } from "../accounts/api.ts";
import { useOrganisationOptions } from "../organisations/index.ts";
import { invalidateVolunteers, volunteerSettingsQuery, volunteersApi } from "./api.ts";

/** A coordinator enters a sign-up for someone who came in person (assisted access). */
export function VolunteerNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  const settings = useQuery(volunteerSettingsQuery).data;
  const organisations = useOrganisationOptions();
  const form = useSchemaForm(
    assistedSignupSchema,
    async (values) => {
      const created = await volunteersApi.create(values);
      await invalidateVolunteers(queryClient);
      await navigate({ to: "/vrijwilligers/$id", params: { id: created.id } });
    },
    (data) => ({ ...Object.fromEntries(data), consent: data.get("consent") === "on" }),
  );
  const e = form.errors;
  const ownOrganisation =
    me?.activeMembership?.role === "coordinator" ? me.activeMembership.organisationId : null;
  return (
    <>
      <Heading1>{t("volunteers.newVolunteer.title")}</Heading1>
      <Paragraph>{t("volunteers.newVolunteer.intro")}</Paragraph>
      <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
        <ErrorSummary {...form} />
        <TextField name="givenName" label={t("volunteers.fields.givenName")} error={e.givenName} required />
        <TextField
          name="familyName"
          label={t("volunteers.fields.familyName")}
          error={e.familyName}
          required
        />
        <TextField name="email" type="email" label={t("volunteers.fields.email")} error={e.email} />
        <TextField name="phone" type="tel" label={t("volunteers.fields.phone")} error={e.phone} />
        <TextField name="postcode" label={t("volunteers.fields.postcode")} error={e.postcode} />
        <TextField
          name="birthDate"
          type="date"
          label={t("volunteers.fields.birthDate")}
          description={t("volunteers.fields.birthDateHelp")}
          error={e.birthDate}
        />
        {!ownOrganisation && (
          <SelectField
            name="organisationId"
            label={t("volunteers.fields.organisation")}
            emptyLabel={t("common.choose")}
            options={organisations}
            error={e.organisationId}
          />
        )}
        <SelectField
          name="channel"
          label={t("volunteers.fields.channel")}
          emptyLabel={t("common.choose")}
          options={(settings?.channels ?? []).map((c) => ({ value: c.code, label: c.label }))}
          error={e.channel}
        />
        <TextAreaField name="motivation" label={t("volunteers.fields.motivation")} error={e.motivation} />
        <CheckboxField name="consent" label={t("volunteers.fields.consentAssisted")} error={e.consent} />
        <div>
          <SubmitButton busy={form.busy}>{t("volunteers.newVolunteer.submit")}</SubmitButton>
        </div>
      </form>
      <Paragraph>
        <AppLink to="/vrijwilligers">{t("volunteers.detail.back")}</AppLink>
      </Paragraph>
    </>
  );
}
