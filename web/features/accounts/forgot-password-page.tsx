import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { passwordResetRequestSchema } from "../../../shared/accounts.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { ErrorSummary, SubmitButton, TextField, useSchemaForm } from "../../ui/form.tsx";
import { Notice } from "../../ui/status.tsx";
import { authApi } from "./api.ts";

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const form = useSchemaForm(passwordResetRequestSchema, async ({ email }) => {
    await authApi.requestReset(email);
    setSent(true);
  });
  return (
    <>
      <Heading1>{t("forgot.title")}</Heading1>
      {sent ? (
        <Notice>{t("forgot.sent")}</Notice>
      ) : (
        <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
          <Paragraph>{t("forgot.intro")}</Paragraph>
          <ErrorSummary {...form} />
          <TextField
            name="email"
            type="email"
            label={t("fields.email")}
            autoComplete="email"
            error={form.errors.email}
            required
          />
          <div>
            <SubmitButton busy={form.busy}>{t("forgot.submit")}</SubmitButton>
          </div>
        </form>
      )}
      <Paragraph>
        <AppLink to="/inloggen">{t("common.backToSignIn")}</AppLink>
      </Paragraph>
    </>
  );
}
