import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import {
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PublicVacancy } from "../../../shared/vacancies.ts";
import { signupInputSchema } from "../../../shared/volunteers.ts";
import { z } from "../../../shared/zod.ts";
import { ApiError } from "../../api.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { useDocumentHead } from "../../ui/document-head.ts";
import { ErrorSummary, SubmitButton, TextAreaField, useSchemaForm } from "../../ui/form.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { meQuery, signedInHere } from "../accounts/api.ts";
import { SignupFields } from "../volunteers/index.ts";
import { scheduleSummary, vacanciesApi, vacancyQueries } from "./api.ts";

const route = getRouteApi("/vacatures/$id");

const messageSchema = z.object({
  message: z.string().trim().max(2000, { message: "Maximaal 2000 tekens." }),
});

/** A published vacancy for everyone, with "reageren": signed in as volunteer, or with a short sign-up. */
export function VacancyPublicPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const { werkgebied } = route.useSearch();
  const vacancy = useQuery(vacancyQueries.publicGet(id, werkgebied));
  const filters = useQuery(vacancyQueries.publicFilters(werkgebied));
  const me = useQuery({ ...meQuery, retry: false, enabled: signedInHere() });
  useDocumentHead(
    vacancy.data && `${vacancy.data.title} – ${vacancy.data.organisationName}`,
    vacancy.data?.description,
  );
  const [sent, setSent] = useState<string | null>(null);
  const anonymous = useSchemaForm(
    signupInputSchema,
    async (values) => {
      await vacanciesApi.react(id, werkgebied, values);
      setSent(t("vacancies.detail.sent", { email: values.email }));
    },
    (data) => ({ ...Object.fromEntries(data), consent: data.get("consent") === "on" }),
  );
  const signedIn = useSchemaForm(messageSchema, async ({ message }) => {
    await vacanciesApi.reactSignedIn(id, message);
    setSent(t("vacancies.detail.sentSignedIn"));
  });
  if (vacancy.isError) return <ErrorMessage error={vacancy.error} />;
  if (vacancy.isPending) return <Loading />;
  const v = vacancy.data;
  const isVolunteer =
    me.data?.activeMembership?.role === "volunteer" || me.data?.activeMembership?.role === "participant";
  const notSignedIn =
    !signedInHere() || (me.isError && me.error instanceof ApiError && me.error.status === 401);
  return (
    <>
      <Heading1>{v.title}</Heading1>
      <Paragraph>{v.organisationName}</Paragraph>
      <Paragraph>{v.description}</Paragraph>
      <VacancyDetails vacancy={v} />
      <section aria-labelledby="react-title">
        <Heading2 id="react-title">{t("vacancies.detail.react")}</Heading2>
        {sent ? (
          <Notice>{sent}</Notice>
        ) : v.full ? (
          <Paragraph>{t("vacancies.detail.fullText")}</Paragraph>
        ) : isVolunteer ? (
          <form className="inzet-form" noValidate onSubmit={signedIn.onSubmit}>
            <Paragraph>{t("vacancies.detail.reactSignedIn")}</Paragraph>
            <ErrorSummary {...signedIn} />
            <TextAreaField
              name="message"
              label={t("vacancies.detail.message")}
              error={signedIn.errors.message}
            />
            <div>
              <SubmitButton busy={signedIn.busy}>{t("vacancies.detail.send")}</SubmitButton>
            </div>
          </form>
        ) : notSignedIn && filters.data ? (
          <form className="inzet-form" noValidate onSubmit={anonymous.onSubmit}>
            <Paragraph>{t("vacancies.detail.reactIntro")}</Paragraph>
            <ErrorSummary {...anonymous} />
            <SignupFields errors={anonymous.errors} organisations={null} channels={filters.data.channels} />
            <div>
              <SubmitButton busy={anonymous.busy}>{t("vacancies.detail.send")}</SubmitButton>
            </div>
          </form>
        ) : null}
      </section>
      <Paragraph>
        <AppLink to="/vacatures" search={{ werkgebied }}>
          {t("vacancies.detail.back")}
        </AppLink>
      </Paragraph>
    </>
  );
}

/** Where, when and what it asks and offers. */
function VacancyDetails({ vacancy: v }: { vacancy: PublicVacancy }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <dl>
        <dt>{t("vacancies.detail.where")}</dt>
        <dd>
          {v.locationType === "remote"
            ? t("vacancies.location.remote")
            : [v.street, v.postcode, v.city, v.districtName].filter(Boolean).join(", ")}
        </dd>
        <dt>{t("vacancies.detail.when")}</dt>
        <dd>{scheduleSummary(v, t, i18n.language)}</dd>
        {v.hoursPerWeek !== null && (
          <>
            <dt>{t("vacancies.detail.hours")}</dt>
            <dd>{v.hoursPerWeek}</dd>
          </>
        )}
        <dt>{t("vacancies.detail.places")}</dt>
        <dd>{v.full ? t("vacancies.search.full") : v.places}</dd>
      </dl>
      {v.tasks && (
        <>
          <Heading2>{t("vacancies.detail.tasks")}</Heading2>
          <Paragraph>{v.tasks}</Paragraph>
        </>
      )}
      <Heading2>{t("vacancies.detail.requirements")}</Heading2>
      <UnorderedList>
        {v.requiredTrainings.length > 0 && (
          <UnorderedListItem>
            {t("vacancies.detail.trainings")}: {v.requiredTrainings.join(", ")}
          </UnorderedListItem>
        )}
        {v.vogProfiles.length > 0 && <UnorderedListItem>{t("vacancies.detail.vog")}</UnorderedListItem>}
        <UnorderedListItem>
          {t("vacancies.detail.language")}: {t(`vacancies.languageLevels.${v.languageLevel}`)}
        </UnorderedListItem>
        {v.accessible && <UnorderedListItem>{t("vacancies.detail.accessible")}</UnorderedListItem>}
        {v.suitableForBenefits && <UnorderedListItem>{t("vacancies.detail.benefits")}</UnorderedListItem>}
      </UnorderedList>
      {v.goals.length > 0 && (
        <>
          <Heading2>{t("vacancies.detail.offers")}</Heading2>
          <UnorderedList>
            {v.goals.map((goal) => (
              <UnorderedListItem key={goal}>{t(`volunteers.goals.${goal}`)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </>
  );
}
