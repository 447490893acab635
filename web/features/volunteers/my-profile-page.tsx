import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, ButtonLink, Heading1, Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { OwnShifts } from "../outreach/index.ts";
import { districtsQuery } from "../tenancy/api.ts";
import { OwnApplications, VacancyMatches } from "../vacancies/index.ts";
import { ownVolunteerQuery, volunteerSettingsQuery, volunteersApi } from "./api.ts";
import { CalendarLink } from "./calendar-link.tsx";
import { MotiveChart } from "./motive-chart.tsx";
import { OwnPhotoSection } from "./photo-section.tsx";
import { ProfileForm } from "./profile-form.tsx";
import { StatusBadge } from "./status-badge.tsx";

/** A volunteer's own profile: details, availability, motives, their data and erasure. */
export function MyProfilePage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const own = useQuery({ ...ownVolunteerQuery, retry: false });
  const settings = useQuery(volunteerSettingsQuery);
  const districts = useQuery(districtsQuery);
  const [saved, setSaved] = useState(false);
  if (own.isError && own.error instanceof ApiError && own.error.status === 404) {
    return (
      <>
        <Heading1>{t("volunteers.profile.title")}</Heading1>
        <Paragraph>{t("volunteers.profile.noProfile")}</Paragraph>
        <Paragraph>
          <AppLink to="/aanmelden">{t("volunteers.profile.signUpLink")}</AppLink>
        </Paragraph>
      </>
    );
  }
  if (own.isError) return <ErrorMessage error={own.error} />;
  if (own.isPending || settings.isPending || districts.isPending) return <Loading />;
  const v = own.data;
  const s = settings.data!;
  const latest = v.motives[0];
  const type = s.motiveTypes.find((x) => x.code === v.motiveType);
  return (
    <>
      <Heading1>{t("volunteers.profile.title")}</Heading1>
      <Paragraph>
        {v.name} · <StatusBadge status={v.status} />
        {v.organisationName ? ` · ${v.organisationName}` : ""}
      </Paragraph>

      <Heading2>{t("volunteers.profile.motives")}</Heading2>
      {latest ? (
        <>
          {type && <Paragraph>{t("volunteers.profile.yourType", { type: type.name })}</Paragraph>}
          {type?.description && <Paragraph>{type.description}</Paragraph>}
          <MotiveChart scores={latest.scores} />
        </>
      ) : (
        <Paragraph>{t("volunteers.profile.motivesNone")}</Paragraph>
      )}
      <Paragraph>
        <ButtonLink
          appearance={latest ? "secondary-action-button" : "primary-action-button"}
          href="/mijn-profiel/drijfveren"
        >
          {latest ? t("volunteers.profile.motivesRetake") : t("volunteers.profile.motivesStart")}
        </ButtonLink>
      </Paragraph>

      <OwnPhotoSection
        hasPhoto={v.hasPhoto}
        onChanged={() => void queryClient.invalidateQueries({ queryKey: ownVolunteerQuery.queryKey })}
      />

      <VacancyMatches />
      <OwnApplications />
      <OwnShifts />
      <CalendarLink />

      <Heading2>{t("volunteers.profile.edit")}</Heading2>
      {saved && <Notice>{t("common.saved")}</Notice>}
      <ProfileForm
        key={JSON.stringify(v)}
        volunteer={v}
        settings={s}
        districts={districts.data ?? []}
        submitLabel={t("volunteers.profile.save")}
        onSubmit={async (values) => {
          queryClient.setQueryData(ownVolunteerQuery.queryKey, await volunteersApi.updateOwn(values));
          setSaved(true);
        }}
      />

      <Heading2>{t("volunteers.profile.data")}</Heading2>
      <Paragraph>
        <Link href="/api/me/volunteer/export?format=html" download>
          {t("volunteers.profile.dataHtml")}
        </Link>
      </Paragraph>
      <Paragraph>
        <Link href="/api/me/volunteer/export?format=json" download>
          {t("volunteers.profile.dataJson")}
        </Link>
      </Paragraph>

      <Heading2>{t("volunteers.profile.erasure")}</Heading2>
      {v.erasureRequestedAt ? (
        <Notice>
          {t("volunteers.profile.erasureRequested", {
            date: formatDay(v.erasureRequestedAt, i18n.language),
          })}
        </Notice>
      ) : (
        <>
          <Paragraph>{t("volunteers.profile.erasureText")}</Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={async () => {
              await volunteersApi.requestErasure();
              await queryClient.invalidateQueries({ queryKey: ownVolunteerQuery.queryKey });
            }}
          >
            {t("volunteers.profile.erasureButton")}
          </Button>
        </>
      )}
    </>
  );
}
