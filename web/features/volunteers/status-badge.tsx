import { useTranslation } from "react-i18next";
import type { Risk, VolunteerStatus } from "../../../shared/volunteers.ts";

export function StatusBadge({ status }: { status: VolunteerStatus }) {
  const { t } = useTranslation();
  return <span className="inzet-badge">{t(`volunteers.statuses.${status}`)}</span>;
}

export function RiskBadge({ risk }: { risk: Risk }) {
  const { t } = useTranslation();
  return (
    <span className={`inzet-badge inzet-badge--${risk.level}`}>{t(`volunteers.risk.${risk.level}`)}</span>
  );
}
