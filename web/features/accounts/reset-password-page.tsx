import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { passwordResetSchema } from "../../../shared/accounts.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { ErrorSummary, SubmitButton, TextField, useSchemaForm } from "../../ui/form.tsx";
import { ErrorMessage, Notice } from "../../ui/status.tsx";
import { authApi } from "./api.ts";

const resetFormSchema = passwordResetSchema
  .extend({ repeat: passwordResetSchema.shape.newPassword })
  .refine((v) => v.newPassword === v.repeat, {
    message: "De twee wachtwoorden zijn niet gelijk.",
    path: ["repeat"],
  });

const route = getRouteApi("/wachtwoord-herstellen");

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const [done, setDone] = useState(false);
  const form = useSchemaForm(
    resetFormSchema,
    async ({ token, newPassword }) => {
      await authApi.resetPassword(token, newPassword);
      setDone(true);
    },
    (data) => ({ ...Object.fromEntries(data), token: search.token ?? "" }),
  );
  return (
    <>
      <Heading1>{t("reset.title")}</Heading1>
      {search.error || !search.token ? (
        <ErrorMessage error={new Error(t("reset.invalidLink"))} />
      ) : done ? (
        <Notice>{t("reset.done")}</Notice>
      ) : (
        <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
          <Paragraph>{t("reset.intro")}</Paragraph>
          <ErrorSummary {...form} />
          <TextField
            name="newPassword"
            type="password"
            label={t("fields.newPassword")}
            description={t("reset.rules")}
            autoComplete="new-password"
            error={form.errors.newPassword ?? form.errors.token}
            required
          />
          <TextField
            name="repeat"
            type="password"
            label={t("fields.repeatPassword")}
            autoComplete="new-password"
            error={form.errors.repeat}
            required
          />
          <div>
            <SubmitButton busy={form.busy}>{t("reset.submit")}</SubmitButton>
          </div>
        </form>
      )}
      <Paragraph>
        <AppLink to="/inloggen">{t("common.backToSignIn")}</AppLink>
      </Paragraph>
    </>
  );
}
