import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { signupInputSchema } from "../../../shared/volunteers.ts";
import { ErrorSummary, SubmitButton, useSchemaForm } from "../../ui/form.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { signupOptionsQuery, volunteersApi } from "./api.ts";
import { SignupFields } from "./signup-fields.tsx";

const route = getRouteApi("/aanmelden");

/** The public sign-up page: no account needed; the account comes with the email confirmation. */
export function VolunteerSignupPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const options = useQuery(signupOptionsQuery(search.werkgebied));
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useSchemaForm(
    signupInputSchema,
    async (values) => {
      await volunteersApi.signUp(search.werkgebied, values);
      setSentTo(values.email);
    },
    (data) => ({
      ...Object.fromEntries(data),
      consent: data.get("consent") === "on",
      campaignId: search.campagne,
    }),
  );
  if (options.isPending) return <Loading />;
  if (options.isError) return <ErrorMessage error={options.error} />;
  const e = form.errors;
  return (
    <>
      <Heading1>{t("volunteers.signup.title")}</Heading1>
      {sentTo ? (
        <>
          <Heading2>{t("volunteers.signup.done")}</Heading2>
          <Notice>{t("volunteers.signup.doneText", { email: sentTo })}</Notice>
        </>
      ) : (
        <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
          <Paragraph>{t("volunteers.signup.intro")}</Paragraph>
          <ErrorSummary {...form} />
          <SignupFields
            errors={e}
            organisations={options.data.organisations}
            channels={options.data.channels}
            defaultChannel={search.kanaal}
          />
          <div>
            <SubmitButton busy={form.busy}>{t("volunteers.signup.submit")}</SubmitButton>
          </div>
          <Paragraph>{t("volunteers.signup.noEmail")}</Paragraph>
        </form>
      )}
    </>
  );
}
