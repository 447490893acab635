import { useMutation } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../ui/app-link.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { volunteersApi } from "./api.ts";

const route = getRouteApi("/aanmelden/bevestigen");

/** Opened from the confirmation mail: confirms the sign-up once, then explains what happens next. */
export function VolunteerConfirmPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const confirm = useMutation({ mutationFn: volunteersApi.confirm });
  // biome-ignore lint/correctness/useExhaustiveDependencies: confirm once per token
  useEffect(() => {
    if (token) confirm.mutate(token);
  }, [token]);
  return (
    <>
      <Heading1>{t("volunteers.signup.confirmTitle")}</Heading1>
      {!token ? (
        <ErrorMessage error={new Error(t("volunteers.signup.noToken"))} />
      ) : confirm.isError ? (
        <ErrorMessage error={confirm.error} />
      ) : confirm.data ? (
        <>
          <Notice>
            {confirm.data.merged
              ? t("volunteers.signup.confirmedMerged")
              : t("volunteers.signup.confirmed", { tenant: confirm.data.tenantName })}
          </Notice>
          {confirm.data.passwordMailSent && <Paragraph>{t("volunteers.signup.passwordMail")}</Paragraph>}
        </>
      ) : (
        <Loading />
      )}
      <Paragraph>
        <AppLink to="/inloggen">{t("volunteers.signup.toSignIn")}</AppLink>
      </Paragraph>
    </>
  );
}
