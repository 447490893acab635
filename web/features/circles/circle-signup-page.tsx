import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import {
  Heading1,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { offerReplySchema, publicSignupSchema } from "../../../shared/circles/participants.ts";
import { useDocumentHead } from "../../ui/document-head.ts";
import {
  CheckboxField,
  ErrorSummary,
  RadioGroupField,
  SubmitButton,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { formatDayWithWeekday } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { circleQueries, circlesApi } from "./api.ts";

const route = getRouteApi("/kringen/$id/aanmelden");

/** The public sign-up page of a circle, in plain Dutch (B1), phone first. */
export function CircleSignupPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const circle = useQuery(circleQueries.publicCircle(id));
  useDocumentHead(
    circle.data && `${circle.data.name} – ${circle.data.organisationName}`,
    circle.data?.programmeName,
  );
  if (circle.isPending) return <Loading />;
  if (circle.isError) return <ErrorMessage error={circle.error} />;
  const c = circle.data;
  return (
    <>
      <Heading1>{c.name}</Heading1>
      <Paragraph>
        {t("circles.public.intro", { organisation: c.organisationName, count: c.sessionCount })}
      </Paragraph>
      <dl>
        <dt>{t("circles.public.where")}</dt>
        <dd>{c.place}</dd>
        <dt>{t("circles.public.when")}</dt>
        <dd>
          {t("circles.public.firstTime", {
            day: formatDayWithWeekday(c.startsOn, i18n.language),
            start: c.startTime,
            end: c.endTime,
          })}
        </dd>
      </dl>
      <Heading2>{t("circles.public.themes")}</Heading2>
      <OrderedList>
        {c.themes.map((theme) => (
          <OrderedListItem key={theme.number}>{theme.theme}</OrderedListItem>
        ))}
      </OrderedList>
      <SignupForm id={id} full={c.full} />
    </>
  );
}

function SignupForm({ id, full }: { id: string; full: boolean }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState<string | null>(null);
  const form = useSchemaForm(
    publicSignupSchema,
    async (values) => {
      const result = await circlesApi.signup(id, values);
      setSent(
        result.status === "waitlisted"
          ? t("circles.public.waitlisted", { n: result.waitlistPosition })
          : t("circles.public.joined", { email: values.email }),
      );
    },
    (data) => ({ ...Object.fromEntries(data), consent: data.get("consent") === "on" }),
  );
  return (
    <section aria-labelledby="signup-title">
      <Heading2 id="signup-title">{t("circles.public.signUp")}</Heading2>
      {sent ? (
        <Notice>{sent}</Notice>
      ) : (
        <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
          {full && <Paragraph>{t("circles.public.full")}</Paragraph>}
          <ErrorSummary {...form} />
          <TextField
            name="givenName"
            autoComplete="given-name"
            label={t("circles.givenName")}
            error={form.errors.givenName}
          />
          <TextField
            name="familyName"
            autoComplete="family-name"
            label={t("circles.familyName")}
            error={form.errors.familyName}
          />
          <TextField
            name="email"
            type="email"
            autoComplete="email"
            label={t("circles.email")}
            error={form.errors.email}
          />
          <TextField
            name="phone"
            type="tel"
            autoComplete="tel"
            label={t("circles.phoneOptional")}
            error={form.errors.phone}
          />
          <CheckboxField name="consent" label={t("circles.public.consent")} error={form.errors.consent} />
          <div>
            <SubmitButton busy={form.busy}>
              {t(full ? "circles.public.joinWaitlist" : "circles.public.send")}
            </SubmitButton>
          </div>
        </form>
      )}
    </section>
  );
}

const offerRoute = getRouteApi("/kring-plek");

/** Yes or no to an offered place (the link in the mail). */
export function CircleOfferPage() {
  const { t } = useTranslation();
  const { token } = offerRoute.useSearch();
  const [done, setDone] = useState<string | null>(null);
  const form = useSchemaForm(
    offerReplySchema,
    async (values) => {
      await circlesApi.replyOffer(values);
      setDone(t(values.accept ? "circles.public.accepted" : "circles.public.declined"));
    },
    (data) => ({ token: token ?? "", accept: data.get("accept") === "yes" }),
  );
  return (
    <>
      <Heading1>{t("circles.public.offerTitle")}</Heading1>
      {done ? (
        <Notice>{done}</Notice>
      ) : (
        <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
          <Paragraph>{t("circles.public.offerIntro")}</Paragraph>
          <ErrorSummary {...form} />
          <RadioGroupField
            name="accept"
            legend={t("circles.public.offerQuestion")}
            defaultValue="yes"
            options={[
              { value: "yes", label: t("circles.public.yes") },
              { value: "no", label: t("circles.public.no") },
            ]}
          />
          <div>
            <SubmitButton busy={form.busy}>{t("circles.public.send")}</SubmitButton>
          </div>
        </form>
      )}
    </>
  );
}
