import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Heading1,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from "@utrecht/component-library-react";
import QRCode from "qrcode";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { totpCodeSchema, twoFactorEnableSchema } from "../../../shared/accounts.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { ErrorSummary, SubmitButton, TextField, useSchemaForm } from "../../ui/form.tsx";
import { Notice } from "../../ui/status.tsx";
import { authApi, meQuery } from "./api.ts";

function secretOf(totpURI: string) {
  return new URL(totpURI).searchParams.get("secret") ?? "";
}

export function TwoFactorSetupPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  const [setup, setSetup] = useState<{ totpURI: string; backupCodes: string[] } | null>(null);
  const [qr, setQr] = useState<string>("");
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (setup) void QRCode.toDataURL(setup.totpURI, { margin: 1, width: 240 }).then(setQr);
  }, [setup]);

  const passwordForm = useSchemaForm(twoFactorEnableSchema, async ({ password }) => {
    setSetup(await authApi.enableTwoFactor(password));
  });
  const codeForm = useSchemaForm(totpCodeSchema, async ({ code }) => {
    await authApi.verifyTotp(code);
    await queryClient.invalidateQueries({ queryKey: ["me"] });
    setDone(true);
  });

  if (done || (me?.user.twoFactorEnabled && !setup)) {
    return (
      <>
        <Heading1>{t("twoFactor.title")}</Heading1>
        <Notice>{t("twoFactor.enabled")}</Notice>
        <Paragraph>
          <AppLink to="/">{t("nav.home")}</AppLink>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <Heading1>{t("twoFactor.title")}</Heading1>
      {me?.twoFactorRequired && <Paragraph>{t("twoFactor.required")}</Paragraph>}
      <Paragraph>{t("twoFactor.intro")}</Paragraph>
      {!setup ? (
        <form className="inzet-form" noValidate onSubmit={passwordForm.onSubmit}>
          <ErrorSummary {...passwordForm} />
          <TextField
            name="password"
            type="password"
            label={t("fields.password")}
            description={t("twoFactor.passwordHint")}
            autoComplete="current-password"
            error={passwordForm.errors.password}
            required
          />
          <div>
            <SubmitButton busy={passwordForm.busy}>{t("twoFactor.start")}</SubmitButton>
          </div>
        </form>
      ) : (
        <>
          <Heading2>{t("twoFactor.step1")}</Heading2>
          <OrderedList>
            <OrderedListItem>{t("twoFactor.scan")}</OrderedListItem>
            <OrderedListItem>
              {t("twoFactor.manual")}{" "}
              <span className="inzet-mono" data-testid="totp-secret">
                {secretOf(setup.totpURI)}
              </span>
            </OrderedListItem>
          </OrderedList>
          {qr && <img className="inzet-qr" src={qr} alt={t("twoFactor.qrLabel")} width={240} height={240} />}
          <Heading2>{t("twoFactor.backupTitle")}</Heading2>
          <Paragraph>{t("twoFactor.backupIntro")}</Paragraph>
          <ul className="inzet-mono">
            {setup.backupCodes.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ul>
          <Heading2>{t("twoFactor.step2")}</Heading2>
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
              <SubmitButton busy={codeForm.busy}>{t("twoFactor.confirm")}</SubmitButton>
            </div>
          </form>
        </>
      )}
    </>
  );
}
