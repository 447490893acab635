import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { roles } from "../../../shared/roles.ts";
import { type SsoRule, ssoSettingsInputSchema } from "../../../shared/sso.ts";
import {
  CheckboxField,
  CheckboxGroupField,
  ErrorSummary,
  RadioGroupField,
  SelectField,
  SubmitButton,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { useOrganisationOptions } from "../organisations/index.ts";
import { ssoApi, ssoKeys, ssoSettingsQuery } from "./api.ts";

/** Empty rule rows shown below the saved ones, to add new rules. */
const NEW_RULE_SLOTS = ["new-1", "new-2", "new-3"];

/** Reads the form into the shape of ssoSettingsInputSchema; rule rows without a claim value are left out. */
function toInput(data: FormData, rows: number) {
  const rules = [];
  for (let i = 0; i < rows; i++) {
    const claimValue = String(data.get(`rules.${i}.claimValue`) ?? "").trim();
    if (!claimValue) continue;
    rules.push({
      claimValue,
      role: data.get(`rules.${i}.role`),
      organisationId: data.get(`rules.${i}.organisationId`) || null,
    });
  }
  return {
    enabled: data.get("enabled") === "on",
    issuer: data.get("issuer"),
    clientId: data.get("clientId"),
    clientSecret: data.get("clientSecret") || undefined,
    domains: String(data.get("domains") ?? "")
      .split(/[,\s]+/)
      .filter(Boolean),
    scopes: data.get("scopes"),
    claim: data.get("claim"),
    rules,
    fallback: data.get("fallback"),
    passwordSignInDisabledRoles: data.getAll("passwordSignInDisabledRoles"),
  };
}

/** The beheerder's section for single sign-on (OpenID Connect) on the settings page. */
export function SsoSettingsSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const answer = useQuery(ssoSettingsQuery);
  const organisations = useOrganisationOptions();
  const [saved, setSaved] = useState(false);
  const savedRules: SsoRule[] = answer.data?.settings?.rules ?? [];
  const slots = [
    ...savedRules.map((rule) => ({
      id: `${rule.claimValue}|${rule.role}|${rule.organisationId ?? ""}`,
      rule,
    })),
    ...NEW_RULE_SLOTS.map((id) => ({ id, rule: undefined })),
  ];
  const rows = slots.length;
  const form = useSchemaForm(
    ssoSettingsInputSchema,
    async (values) => {
      await ssoApi.save(values);
      await queryClient.invalidateQueries({ queryKey: ssoKeys.settings });
      await queryClient.invalidateQueries({ queryKey: ssoKeys.publicSso });
      setSaved(true);
    },
    (data) => toInput(data, rows),
  );
  if (answer.isPending) return <Loading />;
  if (answer.isError) return <ErrorMessage error={answer.error} />;
  const { settings, redirectUri } = answer.data;
  const roleOptions = roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));

  return (
    <section aria-labelledby="sso-heading">
      <Heading2 id="sso-heading">{t("sso.title")}</Heading2>
      <Paragraph>{t("sso.intro")}</Paragraph>
      <Paragraph>
        {t("sso.redirectUri")} <span className="inzet-mono">{redirectUri}</span>
      </Paragraph>
      {saved && <Notice>{t("common.saved")}</Notice>}
      <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
        <ErrorSummary {...form} />
        <CheckboxField name="enabled" label={t("sso.enabled")} defaultChecked={settings?.enabled ?? true} />
        <TextField
          name="issuer"
          type="url"
          label={t("sso.issuer")}
          description={t("sso.issuerHint")}
          defaultValue={settings?.issuer}
          error={form.errors.issuer}
          required
        />
        <TextField
          name="clientId"
          label={t("sso.clientId")}
          defaultValue={settings?.clientId}
          error={form.errors.clientId}
          required
        />
        <TextField
          name="clientSecret"
          type="password"
          autoComplete="off"
          label={t("sso.clientSecret")}
          description={settings?.clientSecretSet ? t("sso.clientSecretHint") : t("sso.clientSecretNew")}
          error={form.errors.clientSecret}
          required={!settings?.clientSecretSet}
        />
        <TextField
          name="domains"
          label={t("sso.domains")}
          description={t("sso.domainsHint")}
          defaultValue={settings?.domains.join(", ")}
          error={
            form.errors.domains ??
            Object.entries(form.errors).find(([path]) => path.startsWith("domains."))?.[1]
          }
          required
        />
        <TextField
          name="scopes"
          label={t("sso.scopes")}
          defaultValue={settings?.scopes ?? "openid email profile"}
          error={form.errors.scopes}
        />
        <TextField
          name="claim"
          label={t("sso.claim")}
          description={t("sso.claimHint")}
          defaultValue={settings?.claim ?? "groups"}
          error={form.errors.claim}
        />
        <Heading2>{t("sso.rules")}</Heading2>
        <Paragraph>{t("sso.rulesHint")}</Paragraph>
        {slots.map(({ id, rule }, i) => {
          return (
            <fieldset key={id} className="inzet-form">
              <legend>{t("sso.rule", { n: i + 1 })}</legend>
              <TextField
                name={`rules.${i}.claimValue`}
                label={t("sso.claimValue")}
                defaultValue={rule?.claimValue}
                error={form.errors[`rules.${i}.claimValue`]}
              />
              <SelectField
                name={`rules.${i}.role`}
                label={t("sso.role")}
                options={roleOptions}
                defaultValue={rule?.role ?? "coordinator"}
                error={form.errors[`rules.${i}.role`]}
              />
              <SelectField
                name={`rules.${i}.organisationId`}
                label={t("sso.organisation")}
                options={organisations}
                emptyLabel={t("sso.noOrganisation")}
                defaultValue={rule?.organisationId}
                error={form.errors[`rules.${i}.organisationId`]}
              />
            </fieldset>
          );
        })}
        <RadioGroupField
          name="fallback"
          legend={t("sso.fallback")}
          options={[
            { value: "refuse", label: t("sso.fallbackRefuse") },
            { value: "noRole", label: t("sso.fallbackNoRole") },
          ]}
          defaultValue={settings?.fallback ?? "refuse"}
          error={form.errors.fallback}
        />
        <CheckboxGroupField
          name="passwordSignInDisabledRoles"
          legend={t("sso.passwordRoles")}
          description={t("sso.passwordRolesHint")}
          options={roleOptions}
          defaultValue={settings?.passwordSignInDisabledRoles ?? []}
          error={form.errors.passwordSignInDisabledRoles}
        />
        <div>
          <SubmitButton busy={form.busy}>{t("sso.save")}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
