import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { signInSchema } from "../../shared/accounts.ts";
import { authApi, demoQuery } from "../features/accounts/api.ts";
import { AppLink } from "../ui/app-link.tsx";
import { DataTable } from "../ui/data-table.tsx";
import { ErrorSummary, SubmitButton, TextField, useSchemaForm } from "../ui/form.tsx";

/** Only same-site paths are followed after sign-in. */
export function safeRedirect(target: string | undefined) {
  return target?.startsWith("/") && !target.startsWith("//") ? target : "/";
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const search = useSearch({ strict: false }) as { redirect?: string };
  const demo = useQuery(demoQuery).data;
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
