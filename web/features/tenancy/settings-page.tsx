import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { roles } from "../../../shared/roles.ts";
import { tenantUpdateSchema } from "../../../shared/tenancy.ts";
import { ErrorSummary, SubmitButton, TextField, useSchemaForm } from "../../ui/form.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { tenancyApi, tenancyKeys, tenantQuery } from "./api.ts";
import { MailContactFields } from "./mail-contact-fields.tsx";

/** The form as the shared schema expects it. */
const readSettingsForm = (data: FormData) => ({
  name: data.get("name"),
  theme: {
    primaryColor: data.get("primaryColor"),
    primaryTextColor: data.get("primaryTextColor"),
    linkColor: data.get("linkColor"),
    logoUrl: data.get("logoUrl"),
  },
  settings: {
    twoFactorRequiredRoles: data.getAll("twoFactorRequiredRoles"),
    mapTileUrl: data.get("mapTileUrl"),
    mailContact: {
      name: data.get("mailContactName"),
      email: data.get("mailContactEmail"),
      phone: data.get("mailContactPhone"),
    },
  },
});

import { ThemeAndSsoSections } from "./theme-tokens-section.tsx";

export function SettingsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const tenant = useQuery(tenantQuery);
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm(
    tenantUpdateSchema,
    async (values) => {
      queryClient.setQueryData(tenantQuery.queryKey, await tenancyApi.updateTenant(values));
      await queryClient.invalidateQueries({ queryKey: tenancyKeys.publicTenant });
      setSaved(true);
    },
    readSettingsForm,
  );
  if (tenant.isPending) return <Loading />;
  if (tenant.isError) return <ErrorMessage error={tenant.error} />;
  const { name, code, theme, settings } = tenant.data;
  return (
    <>
      <Heading1>{t("settings.title")}</Heading1>
      <p className="utrecht-paragraph">{t("settings.code", { code })}</p>
      {saved && <Notice>{t("common.saved")}</Notice>}
      <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
        <ErrorSummary {...form} />
        <TextField
          name="name"
          label={t("fields.name")}
          defaultValue={name}
          error={form.errors.name}
          required
        />
        <Heading2>{t("settings.theme")}</Heading2>
        <TextField
          name="primaryColor"
          label={t("settings.primaryColor")}
          description={t("settings.colourHint")}
          defaultValue={theme.primaryColor}
          error={form.errors["theme.primaryColor"]}
        />
        <TextField
          name="primaryTextColor"
          label={t("settings.primaryTextColor")}
          defaultValue={theme.primaryTextColor}
          error={form.errors["theme.primaryTextColor"]}
        />
        <TextField
          name="linkColor"
          label={t("settings.linkColor")}
          defaultValue={theme.linkColor}
          error={form.errors["theme.linkColor"]}
        />
        <TextField
          name="logoUrl"
          type="url"
          label={t("settings.logoUrl")}
          defaultValue={theme.logoUrl}
          error={form.errors["theme.logoUrl"]}
        />
        <Heading2>{t("settings.map")}</Heading2>
        <TextField
          name="mapTileUrl"
          type="url"
          label={t("settings.mapTileUrl")}
          description={t("settings.mapTileHint")}
          defaultValue={settings.mapTileUrl}
          error={form.errors["settings.mapTileUrl"]}
        />
        <Heading2>{t("settings.security")}</Heading2>
        <Fieldset>
          <FieldsetLegend>{t("settings.twoFactorRoles")}</FieldsetLegend>
          {roles.map((role) => (
            <FormField key={role} type="checkbox">
              <Checkbox
                id={`role-${role}`}
                name="twoFactorRequiredRoles"
                value={role}
                defaultChecked={settings.twoFactorRequiredRoles.includes(role)}
              />
              <FormLabel htmlFor={`role-${role}`} type="checkbox">
                {t(`roles.${role}`)}
              </FormLabel>
            </FormField>
          ))}
        </Fieldset>
        <MailContactFields contact={settings.mailContact} errors={form.errors} />
        <div>
          <SubmitButton busy={form.busy}>{t("common.save")}</SubmitButton>
        </div>
      </form>
      <ThemeAndSsoSections tokens={tenant.data.themeTokens} />
    </>
  );
}
