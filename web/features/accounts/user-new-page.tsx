import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { userCreateSchema } from "../../../shared/accounts.ts";
import { roles } from "../../../shared/roles.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { ErrorSummary, SelectField, SubmitButton, TextField, useSchemaForm } from "../../ui/form.tsx";
import { useOrganisationOptions } from "../organisations/index.ts";
import { userQueries, usersApi } from "./api.ts";

export function UserNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const organisations = useOrganisationOptions();
  const form = useSchemaForm(userCreateSchema, async (values) => {
    const user = await usersApi.create(values);
    await queryClient.invalidateQueries({ queryKey: userQueries.all });
    await navigate({ to: "/beheer/gebruikers/$userId", params: { userId: user.userId } });
  });
  return (
    <>
      <Heading1>{t("users.new")}</Heading1>
      <Paragraph>{t("users.newIntro")}</Paragraph>
      <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
        <ErrorSummary {...form} />
        <TextField name="givenName" label={t("fields.givenName")} error={form.errors.givenName} required />
        <TextField name="familyName" label={t("fields.familyName")} error={form.errors.familyName} required />
        <TextField name="email" type="email" label={t("fields.email")} error={form.errors.email} required />
        <SelectField
          name="role"
          label={t("fields.role")}
          emptyLabel={t("common.choose")}
          options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          error={form.errors.role}
          required
        />
        <SelectField
          name="organisationId"
          label={t("fields.organisation")}
          emptyLabel={t("users.noOrganisation")}
          options={organisations}
          error={form.errors.organisationId}
        />
        <div>
          <SubmitButton busy={form.busy}>{t("users.create")}</SubmitButton>
        </div>
      </form>
      <Paragraph>
        <AppLink to="/beheer/gebruikers">{t("users.back")}</AppLink>
      </Paragraph>
    </>
  );
}
