import { useTranslation } from "react-i18next";
import {
  type Referral,
  type ReferralStatus,
  referralEndpoints,
  referralTransitions,
} from "../../../shared/referrals.ts";
import { formatDateTime, formatDay } from "../../ui/format.ts";
import { needsForm } from "./answer-form.tsx";

export function HouseholdCell({ row }: { row: Referral }) {
  const { t } = useTranslation();
  return (
    <>
      {row.consentWithdrawn ? t("referrals.withdrawn") : row.household}
      {row.contact && (
        <>
          <br />
          {row.contact}
        </>
      )}
    </>
  );
}

export function ReasonCell({ row }: { row: Referral }) {
  const { t } = useTranslation();
  return (
    <>
      {row.urgency === "urgent" && <strong>{t("referrals.urgent")}: </strong>}
      {row.reason}
      {row.handoff && (
        <>
          <br />
          {t("referrals.handoff")}
        </>
      )}
      {row.volunteerAsked && (
        <>
          <br />
          {t("referrals.volunteerAsked")}
        </>
      )}
    </>
  );
}

/** The step of shared meaning, and what both sides may see with it (never the partner's note for the sender). */
export function StatusCell({ row }: { row: Referral }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {t(`referrals.statuses.${row.status}`)}
      {row.overdue && (
        <>
          {" "}
          <strong className="inzet-flag">{t("referrals.overdue")}</strong>
        </>
      )}
      <br />
      {formatDay(row.statusChangedAt, i18n.language)}
      {row.statusNote && ` · ${row.statusNote}`}
      {row.partnerReference && (
        <>
          <br />
          {t("referrals.reference")}: {row.partnerReference}
        </>
      )}
      {row.intakeAt && row.status === "intakePlanned" && (
        <>
          <br />
          {t("referrals.intake")}: {formatDateTime(row.intakeAt, i18n.language)}
          {row.intakePlace && `, ${row.intakePlace}`}
          <br />
          <a href={referralEndpoints.intakeCalendar.path.replace(":id", row.id)} download>
            {t("referrals.intakeCalendar")}
          </a>
        </>
      )}
      {row.notHelpedReason && (
        <>
          <br />
          {t(`referrals.reasons.${row.notHelpedReason}`)}
        </>
      )}
    </>
  );
}

/** The actions the user may take on a referral (`can` from the server). */
export function NextActions({
  row,
  onOpen,
  onAnswer,
  onWithdraw,
}: {
  row: Referral;
  onOpen: (status: ReferralStatus | "reopen") => void;
  onAnswer: (status: ReferralStatus, askVolunteer?: boolean) => void;
  onWithdraw: () => void;
}) {
  const { t } = useTranslation();
  if (!row.can.answer && !row.can.withdrawConsent) return <>–</>;
  return (
    <>
      {row.can.answer &&
        referralTransitions[row.status].map((next) => (
          <button
            key={next}
            type="button"
            className="utrecht-button utrecht-button--secondary-action inzet-inline-button"
            onClick={() => (needsForm(next) ? onOpen(next) : onAnswer(next))}
          >
            {t(`referrals.to.${next}`)}
            <span className="inzet-visually-hidden"> {row.household}</span>
          </button>
        ))}
      {row.can.reopen && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action inzet-inline-button"
          onClick={() => onOpen("reopen")}
        >
          {t("referrals.reopen")}
        </button>
      )}
      {row.can.withdrawConsent && (
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle inzet-inline-button"
          onClick={onWithdraw}
        >
          {t("referrals.withdraw")}
          <span className="inzet-visually-hidden"> {row.household}</span>
        </button>
      )}
      {row.can.answer &&
        !row.volunteerAsked &&
        (row.status === "received" || row.status === "intakePlanned") && (
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle inzet-inline-button"
            onClick={() => onAnswer(row.status, true)}
          >
            {t("referrals.askVolunteer")}
            <span className="inzet-visually-hidden"> {row.household}</span>
          </button>
        )}
    </>
  );
}
