import { useQuery } from "@tanstack/react-query";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  consentStatement,
  contactPreferences,
  networkReferralInputSchema,
} from "../../../shared/referrals.ts";
import { AppLink } from "../../ui/app-link.tsx";
import {
  CheckboxField,
  ErrorSummary,
  RadioGroupField,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { useMe } from "../accounts/api.ts";
import { networkQueries } from "../network/api.ts";
import { referralsApi } from "./api.ts";

/** Refer a resident to another organisation of the pact, with consent in plain words. */
export function NewReferralPage() {
  const { t } = useTranslation();
  const me = useMe();
  const members = useQuery(networkQueries.members());
  const [partnerId, setPartnerId] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  const own = me.data?.activeMembership?.organisationId ?? null;
  const active = (members.data ?? []).filter((m) => m.active);
  const fromName = active.find((m) => m.organisationId === own)?.organisationName ?? "";
  const partnerName = active.find((m) => m.organisationId === partnerId)?.organisationName ?? "";
  const form = useSchemaForm(
    networkReferralInputSchema,
    async (values) => {
      const made = await referralsApi.create(values);
      setSent(t("referrals.created", { partner: made.partnerName }));
    },
    (data) => ({
      ...Object.fromEntries(data),
      handoff: data.get("handoff") === "on",
      consent: data.get("consent") === "on" ? true : undefined,
    }),
  );
  if (members.isPending) return <Loading />;
  if (members.isError) return <ErrorMessage error={members.error} />;
  return (
    <>
      <Heading1>{t("referrals.newReferral")}</Heading1>
      {sent ? (
        <>
          <Notice>{sent}</Notice>
          <Paragraph>
            <AppLink to="/doorverwijzingen">{t("referrals.title")}</AppLink>
          </Paragraph>
        </>
      ) : (
        <form
          onSubmit={form.onSubmit}
          noValidate
          onChange={(event) => {
            const target = event.target as unknown as HTMLSelectElement;
            if (target.name === "partnerOrganisationId") setPartnerId(target.value);
          }}
        >
          <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
          <SelectField
            name="partnerOrganisationId"
            label={t("referrals.form.partner")}
            emptyLabel={t("referrals.form.choosePartner")}
            error={form.errors.partnerOrganisationId}
            options={active
              .filter((m) => m.organisationId !== own)
              .map((m) => ({ value: m.organisationId, label: m.organisationName }))}
          />
          <TextField
            name="resident"
            label={t("referrals.form.resident")}
            error={form.errors.resident}
            required
          />
          <DetailsFields errors={form.errors} />
          <Heading2>{t("referrals.form.consentTitle")}</Heading2>
          <Paragraph>{t("referrals.form.consentRead")}</Paragraph>
          <blockquote className="inzet-consent">
            {consentStatement(
              fromName || "…",
              partnerName || t("referrals.form.choosePartner").toLowerCase(),
            )}
          </blockquote>
          <CheckboxField
            name="consent"
            label={t("referrals.form.consentGiven")}
            error={form.errors.consent}
          />
          <SubmitButton busy={form.busy}>{t("referrals.form.send")}</SubmitButton>
        </form>
      )}
    </>
  );
}

/** How to reach the resident, why, how urgent, and whether the referrer comes along. */
function DetailsFields({ errors }: { errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="contact"
        type="tel"
        label={t("referrals.form.contact")}
        description={t("referrals.form.contactHelp")}
        error={errors.contact}
      />
      <RadioGroupField
        name="contactPreference"
        legend={t("referrals.form.contactPreference")}
        error={errors.contactPreference}
        defaultValue="phone"
        options={contactPreferences.map((p) => ({ value: p, label: t(`referrals.preferences.${p}`) }))}
      />
      <TextAreaField name="reason" label={t("referrals.form.reason")} error={errors.reason} />
      <RadioGroupField
        name="urgency"
        legend={t("referrals.form.urgency")}
        defaultValue="normal"
        options={[
          { value: "normal", label: t("referrals.form.normal") },
          { value: "urgent", label: t("referrals.form.urgentOption") },
        ]}
      />
      <CheckboxField name="handoff" label={t("referrals.form.handoff")} />
    </>
  );
}
