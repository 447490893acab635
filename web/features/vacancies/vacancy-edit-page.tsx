import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../ui/app-link.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { meQuery } from "../accounts/api.ts";
import { useOrganisationOptions } from "../organisations/index.ts";
import { districtsQuery } from "../tenancy/api.ts";
import { volunteerSettingsQuery } from "../volunteers/api.ts";
import { invalidate, vacanciesApi, vacancyKeys, vacancyQueries } from "./api.ts";
import { ApplicationsSection } from "./applications-section.tsx";
import { CandidatesSection } from "./candidates-section.tsx";
import { HoursSection } from "./hours-section.tsx";
import { VacancyForm } from "./vacancy-form.tsx";

const editRoute = getRouteApi("/app/vacaturebeheer/$id");

function useFormData() {
  const me = useQuery(meQuery).data;
  const settings = useQuery(volunteerSettingsQuery);
  const districts = useQuery(districtsQuery);
  const organisations = useOrganisationOptions();
  const ownOrganisation =
    me?.activeMembership?.role === "coordinator" && Boolean(me.activeMembership.organisationId);
  return { settings, districts, organisations: ownOrganisation ? null : organisations };
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <AppLink to="/vacaturebeheer">{t("vacancies.manage.back")}</AppLink>
    </Paragraph>
  );
}

export function VacancyNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { settings, districts, organisations } = useFormData();
  if (settings.isPending || districts.isPending) return <Loading />;
  return (
    <>
      <Heading1>{t("vacancies.manage.new")}</Heading1>
      <VacancyForm
        settings={settings.data!}
        districts={districts.data ?? []}
        organisations={organisations}
        onSubmit={async (values) => {
          const created = await vacanciesApi.create(values);
          await invalidate(queryClient, vacancyKeys.vacancy);
          await navigate({ to: "/vacaturebeheer/$id", params: { id: created.id } });
        }}
      />
      <BackLink />
    </>
  );
}

export function VacancyEditPage() {
  const { t } = useTranslation();
  const { id } = editRoute.useParams();
  const queryClient = useQueryClient();
  const { settings, districts, organisations } = useFormData();
  const vacancy = useQuery(vacancyQueries.get(id));
  const applications = useQuery(vacancyQueries.applications(id));
  const [saved, setSaved] = useState(false);
  if (vacancy.isError) return <ErrorMessage error={vacancy.error} />;
  if (vacancy.isPending || settings.isPending || districts.isPending) return <Loading />;
  return (
    <>
      <Heading1>{vacancy.data.title}</Heading1>
      {vacancy.data.status === "published" && (
        <Paragraph>
          <Link href={`/vacatures/${id}`}>{t("vacancies.manage.view")}</Link>
        </Paragraph>
      )}
      {saved && <Notice>{t("common.saved")}</Notice>}
      <VacancyForm
        key={JSON.stringify(vacancy.data)}
        vacancy={vacancy.data}
        settings={settings.data!}
        districts={districts.data ?? []}
        organisations={organisations}
        onSubmit={async (values) => {
          queryClient.setQueryData(vacancyQueries.get(id).queryKey, await vacanciesApi.update(id, values));
          await invalidate(queryClient, vacancyKeys.vacancy);
          setSaved(true);
        }}
      />
      <ApplicationsSection vacancyId={id} />
      <HoursSection vacancyId={id} placed={(applications.data ?? []).filter((a) => a.status === "placed")} />
      {vacancy.data.status === "published" && <CandidatesSection vacancyId={id} settings={settings.data!} />}
      <BackLink />
    </>
  );
}
