import { useTranslation } from "react-i18next";
import { amsterdamDay } from "../../../shared/dates.ts";
import type { Volunteer } from "../../../shared/volunteers.ts";
import { formatDay } from "../../ui/format.ts";
import { RiskBadge } from "./status-badge.tsx";

/** The volunteer at a glance, above the parts of the page: risk, screening, trainings, check-ins. */
export function VolunteerSummary({ volunteer: v }: { volunteer: Volunteer }) {
  const { t, i18n } = useTranslation();
  const day = (value: string) => formatDay(value, i18n.language);
  const today = amsterdamDay();
  const vog = [...v.vogs].sort((a, b) =>
    (b.issuedOn ?? b.requestedOn ?? "").localeCompare(a.issuedOn ?? a.requestedOn ?? ""),
  )[0];
  const validTrainings = v.trainings.filter((x) => !x.expiresOn || x.expiresOn >= today);
  const lastCheckIn = [...v.checkIns].sort((a, b) => b.heldOn.localeCompare(a.heldOn))[0];
  return (
    <dl aria-label={t("volunteers.summary.label")}>
      <dt>{t("volunteers.summary.risk")}</dt>
      <dd>
        <RiskBadge risk={v.risk} />
      </dd>
      <dt>{t("volunteers.summary.vog")}</dt>
      <dd>
        {!vog
          ? t("volunteers.summary.vogNone")
          : vog.issuedOn
            ? t("volunteers.summary.vogIssued", {
                date: day(vog.issuedOn),
                renewal: vog.renewalDue ? day(vog.renewalDue) : "–",
              })
            : t("volunteers.summary.vogRequested", { date: vog.requestedOn ? day(vog.requestedOn) : "–" })}
      </dd>
      <dt>{t("volunteers.summary.trainings")}</dt>
      <dd>
        {validTrainings.length === 0
          ? t("volunteers.summary.none")
          : validTrainings.map((x) => x.training).join(", ")}
      </dd>
      <dt>{t("volunteers.summary.checkIns")}</dt>
      <dd>
        {lastCheckIn
          ? t("volunteers.summary.lastCheckIn", { date: day(lastCheckIn.heldOn) })
          : t("volunteers.summary.none")}
        {v.nextCheckInOn && ` · ${t("volunteers.detail.nextCheckIn", { date: day(v.nextCheckInOn) })}`}
      </dd>
      {v.hoursPerWeek !== null && (
        <>
          <dt>{t("volunteers.summary.hours")}</dt>
          <dd>{t("volunteers.summary.hoursPerWeek", { count: v.hoursPerWeek })}</dd>
        </>
      )}
    </dl>
  );
}
