import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { Alert, Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { signInSchema } from "../../../shared/accounts.ts";
import { ssoErrorMessages, ssoGenericError } from "../../../shared/sso.ts";
import { ApiError } from "../../api.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { ErrorSummary, SubmitButton, TextField, useSchemaForm } from "../../ui/form.tsx";
import { publicSsoQuery, ssoApi } from "../sso/api.ts";
import { authApi, demoQuery } from "./api.ts";

const route = getRouteApi("/inloggen");

/** Only same-site paths are followed after sign-in. */
export function safeRedirect(target: string | undefined) {
  return target?.startsWith("/") && !target.startsWith("//") ? target : "/";
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const search = route.useSearch();
  const demo = useQuery(demoQuery).data;
  const sso = useQuery(publicSsoQuery).data;
  const form = useSchemaForm(signInSchema, async ({ email, password }) => {
    const result = await authApi.signIn(email, password);
    queryClient.clear();
    if (result.twoFactorRedirect) {
      await navigate({ to: "/inloggen/code", search: { redirect: search.redirect } });
    } else {
      await navigate({ href: safeRedirect(search.redirect) });
    }
  });

  return (
    <>
      <Heading1>{t("signIn.title")}</Heading1>
      {sso?.enabled && sso.providerId && (
        <OrganisationSignIn providerId={sso.providerId} redirect={search.redirect} error={search.error} />
      )}
      <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
        <ErrorSummary {...form} />
        <TextField
          name="email"
          type="email"
          label={t("fields.email")}
          autoComplete="username"
          error={form.errors.email}
          required
        />
        <TextField
          name="password"
          type="password"
          label={t("fields.password")}
          autoComplete="current-password"
          error={form.errors.password}
          required
        />
        <div>
          <SubmitButton busy={form.busy}>{t("signIn.submit")}</SubmitButton>
        </div>
        <Paragraph>
          <AppLink to="/wachtwoord-vergeten">{t("signIn.forgot")}</AppLink>
        </Paragraph>
        <Paragraph>
          <AppLink to="/aanmelden">{t("volunteers.profile.signUpLink")}</AppLink>
        </Paragraph>
        <Paragraph>
          <AppLink to="/vacatures">{t("vacancies.search.title")}</AppLink>
        </Paragraph>
      </form>
      {demo?.demo && (
        <section aria-labelledby="demo-heading">
          <Heading2 id="demo-heading">{t("signIn.demoTitle")}</Heading2>
          <Paragraph>{t("signIn.demoIntro", { password: demo.password })}</Paragraph>
          <DataTable
            caption={t("signIn.demoCaption")}
            rows={demo.accounts}
            rowKey={(row) => row.email}
            empty={t("common.none")}
            columns={[
              { header: t("fields.role"), cell: (row) => t(`roles.${row.role}`) },
              { header: t("fields.name"), cell: (row) => row.name },
              { header: t("fields.email"), cell: (row) => <span className="inzet-mono">{row.email}</span> },
            ]}
          />
        </section>
      )}
    </>
  );
}

/**
 * "Inloggen met uw organisatie-account": the browser goes to the tenant's identity provider and comes
 * back signed in, or here with ?error=… (shown in plain Dutch; the provider's own text is not shown).
 */
function OrganisationSignIn({
  providerId,
  redirect,
  error,
}: {
  providerId: string;
  redirect?: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(
    error ? (Object.hasOwn(ssoErrorMessages, error) && ssoErrorMessages[error]) || ssoGenericError : null,
  );
  const start = async () => {
    setBusy(true);
    try {
      const { url } = await ssoApi.start(providerId, safeRedirect(redirect));
      window.location.assign(url);
    } catch (caught) {
      setFailure(caught instanceof ApiError ? caught.message : ssoGenericError);
      setBusy(false);
    }
  };
  return (
    <section aria-label={t("sso.signInButton")}>
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <Paragraph>
        <Button type="button" appearance="primary-action-button" busy={busy} disabled={busy} onClick={start}>
          {t("sso.signInButton")}
        </Button>
      </Paragraph>
      <Paragraph>{t("sso.signInOr")}</Paragraph>
    </section>
  );
}
