import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Volunteer } from "../../../shared/volunteers.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { hasPermission, meQuery } from "../accounts/api.ts";
import { districtsQuery } from "../tenancy/api.ts";
import { VacancyMatches, VolunteerApplications } from "../vacancies/index.ts";
import {
  invalidateVolunteers,
  labelOf,
  volunteerQuery,
  volunteerSettingsQuery,
  volunteersApi,
} from "./api.ts";
import {
  CheckInSection,
  MotivesSection,
  RiskSection,
  StatusSection,
  TrainingSection,
  VogSection,
} from "./detail-sections.tsx";
import { ProfileForm } from "./profile-form.tsx";
import type { VolunteerPart } from "./search.ts";
import { StatusBadge } from "./status-badge.tsx";
import { VolunteerSummary } from "./volunteer-summary.tsx";

const route = getRouteApi("/app/vrijwilligers/$id");

/**
 * Everything a coordinator does with one volunteer: a summary on top, then one part at a time (`?deel=`):
 * the overview (risk, motives, reactions and placements, matching vacancies), status, screening (VOG and
 * trainings), check-ins, and the profile, so only one form is open at a time.
 */
export function VolunteerDetailPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const part: VolunteerPart = route.useSearch().deel ?? "overzicht";
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  const settings = useQuery(volunteerSettingsQuery);
  const districts = useQuery(districtsQuery);
  const volunteer = useQuery(volunteerQuery(id));
  const [saved, setSaved] = useState<string | null>(null);
  if (volunteer.isError) return <ErrorMessage error={volunteer.error} />;
  if (volunteer.isPending || settings.isPending || districts.isPending) return <Loading />;
  const v = volunteer.data;
  const s = settings.data!;
  const onSaved = (section: string) => (updated: Volunteer) => {
    queryClient.setQueryData(volunteerQuery(id).queryKey, updated);
    void invalidateVolunteers(queryClient, { refetchType: "none" });
    setSaved(section);
  };
  const canManage = hasPermission(me, "volunteers.manage");
  const parts: VolunteerPart[] = canManage
    ? ["overzicht", "status", "screening", "gesprekken", "profiel"]
    : ["overzicht"];
  return (
    <>
      <Heading1>{v.name}</Heading1>
      {v.hasPhoto && (
        <img
          className="inzet-photo"
          src={`/api/volunteers/${v.id}/photo`}
          alt={t("volunteers.photo.of", { name: v.name })}
        />
      )}
      <Paragraph>
        <StatusBadge status={v.status} />
        {v.organisationName ? ` · ${v.organisationName}` : ""}
        {v.channel ? ` · ${labelOf(s.channels, v.channel)}` : ""}
      </Paragraph>
      <Paragraph>
        {t("volunteers.detail.since", { date: formatDay(v.signedUpAt, i18n.language), days: v.daysWaiting })}
        {v.hasAccount ? "" : ` ${t("volunteers.detail.noAccount")}`}
      </Paragraph>
      <VolunteerSummary volunteer={v} />
      <PartsNav id={id} parts={parts} part={part} onSelect={() => setSaved(null)} />
      {saved && <Notice>{t("common.saved")}</Notice>}
      {part === "overzicht" && (
        <>
          <RiskSection volunteer={v} />
          <MotivesSection volunteer={v} settings={s} />
          <VolunteerApplications volunteerId={v.id} />
          {v.status !== "stopped" && <VacancyMatches volunteerId={v.id} />}
        </>
      )}
      {canManage && part === "status" && (
        <StatusSection volunteer={v} settings={s} onSaved={onSaved("status")} />
      )}
      {canManage && part === "screening" && (
        <>
          <VogSection volunteer={v} onSaved={onSaved("vog")} />
          <TrainingSection volunteer={v} settings={s} onSaved={onSaved("training")} />
        </>
      )}
      {canManage && part === "gesprekken" && <CheckInSection volunteer={v} onSaved={onSaved("checkIn")} />}
      {canManage && part === "profiel" && (
        <>
          <section aria-labelledby="profile-title">
            <Heading2 id="profile-title">{t("volunteers.detail.profileTitle")}</Heading2>
            <ProfileForm
              key={JSON.stringify(v)}
              volunteer={v}
              settings={s}
              districts={districts.data ?? []}
              submitLabel={t("volunteers.profile.save")}
              onSubmit={async (values) => onSaved("profile")(await volunteersApi.update(id, values))}
            />
          </section>
          {hasPermission(me, "volunteers.erase") && <EraseSection volunteer={v} />}
        </>
      )}
      <Paragraph>
        <AppLink to="/vrijwilligers">{t("volunteers.detail.back")}</AppLink>
      </Paragraph>
    </>
  );
}

function PartsNav(props: { id: string; parts: VolunteerPart[]; part: VolunteerPart; onSelect: () => void }) {
  const { t } = useTranslation();
  if (props.parts.length < 2) return null;
  return (
    <nav className="inzet-tabs" aria-label={t("volunteers.pageParts.label")}>
      {props.parts.map((p) => (
        <AppLink
          key={p}
          to="/vrijwilligers/$id"
          params={{ id: props.id }}
          search={p === "overzicht" ? {} : { deel: p }}
          aria-current={p === props.part ? "page" : undefined}
          className="inzet-tabs__tab"
          onClick={props.onSelect}
        >
          {t(`volunteers.pageParts.${p}`)}
        </AppLink>
      ))}
    </nav>
  );
}

function EraseSection({ volunteer: v }: { volunteer: Volunteer }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (
    <section aria-labelledby="erase-title">
      <Heading2 id="erase-title">{t("volunteers.detail.eraseTitle")}</Heading2>
      {v.erasureRequestedAt && (
        <Notice>
          {t("volunteers.detail.eraseRequested", { date: formatDay(v.erasureRequestedAt, i18n.language) })}
        </Notice>
      )}
      <Paragraph>{t("volunteers.detail.eraseText")}</Paragraph>
      <Button
        appearance="secondary-action-button"
        onClick={async () => {
          if (!window.confirm(t("volunteers.detail.eraseConfirm", { name: v.name }))) return;
          await volunteersApi.erase(v.id);
          await invalidateVolunteers(queryClient);
          await navigate({ to: "/vrijwilligers" });
        }}
      >
        {t("volunteers.detail.eraseConfirm", { name: v.name })}
      </Button>
    </section>
  );
}
