import { useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { totpCodeSchema } from "../../../shared/accounts.ts";
import { z } from "../../../shared/zod.ts";
import { ErrorSummary, SubmitButton, TextField, useSchemaForm } from "../../ui/form.tsx";
import { authApi } from "./api.ts";
import { safeRedirect } from "./sign-in-page.tsx";

const backupCodeSchema = z.object({
  backupCode: z.string().trim().min(4, { message: "Vul een herstelcode in." }),
});

const route = getRouteApi("/inloggen/code");

export function SignInCodePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const search = route.useSearch();
  const done = async () => {
    queryClient.clear();
    await navigate({ href: safeRedirect(search.redirect) });
  };
  const codeForm = useSchemaForm(totpCodeSchema, async ({ code }) => {
    await authApi.verifyTotp(code);
    await done();
  });
  const backupForm = useSchemaForm(backupCodeSchema, async ({ backupCode }) => {
    await authApi.verifyBackupCode(backupCode);
    await done();
  });
  return (
    <>
      <Heading1>{t("signInCode.title")}</Heading1>
      <Paragraph>{t("signInCode.intro")}</Paragraph>
      <form className="inzet-form" noValidate onSubmit={codeForm.onSubmit}>
        <ErrorSummary {...codeForm} />
        <TextField
          name="code"
          label={t("fields.code")}
          inputMode="numeric"
          autoComplete="one-time-code"
          error={codeForm.errors.code}
          required
        />
        <div>
          <SubmitButton busy={codeForm.busy}>{t("signInCode.submit")}</SubmitButton>
        </div>
      </form>
      <Heading2>{t("signInCode.backupTitle")}</Heading2>
      <form className="inzet-form" noValidate onSubmit={backupForm.onSubmit}>
        <ErrorSummary {...backupForm} />
        <TextField
          name="backupCode"
          label={t("fields.backupCode")}
          autoComplete="off"
          error={backupForm.errors.backupCode}
        />
        <div>
          <SubmitButton busy={backupForm.busy}>{t("signInCode.backupSubmit")}</SubmitButton>
        </div>
      </form>
    </>
  );
}
