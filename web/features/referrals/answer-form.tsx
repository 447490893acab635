import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  addDays,
  amsterdamDay,
  amsterdamLocal,
  instantOfAmsterdamLocal,
  weekdayOf,
} from "../../../shared/dates.ts";
import { notHelpedReasons, type Referral, type ReferralStatus } from "../../../shared/referrals.ts";
import { ApiError } from "../../api.ts";
import { SelectField, TextField } from "../../ui/form.tsx";
import { referralsApi } from "./api.ts";

/** The steps that need more than a click: an intake (date, place), "not helped" (a reason), reopening (a note). */
export const needsForm = (status: ReferralStatus) => status === "intakePlanned" || status === "notHelped";

/** A datetime-local value is Amsterdam's wall clock, whatever zone the browser is in; sent as an instant. */
const toInstant = (local: string) => instantOfAmsterdamLocal(local)?.toISOString();

/** The next working day at 10:00 in Amsterdam: the form's first suggestion. */
function suggestedIntake(now = new Date()) {
  let day = addDays(amsterdamDay(now), 1);
  while (weekdayOf(day) > 4) day = addDays(day, 1);
  return `${day}T10:00`;
}

export function AnswerForm({
  referral,
  status,
  onDone,
  onCancel,
}: {
  referral: Referral;
  status: ReferralStatus | "reopen";
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const submit = async (data: FormData) => {
    setBusy(true);
    try {
      const value = (k: string) => String(data.get(k) ?? "");
      if (status === "reopen") await referralsApi.reopen(referral.id, value("note"));
      else
        await referralsApi.answer(referral.id, {
          status,
          partnerReference: value("partnerReference") || undefined,
          ...(status === "intakePlanned"
            ? { intakeAt: toInstant(value("intakeAt")), intakePlace: value("intakePlace") }
            : {}),
          ...(status === "notHelped" ? { notHelpedReason: value("notHelpedReason") as "other" } : {}),
        });
      onDone(
        t("referrals.answered", {
          household: referral.household,
          status: t(`referrals.statuses.${status === "reopen" ? "inProgress" : status}`),
        }),
      );
    } catch (caught) {
      if (caught instanceof ApiError)
        setErrors(Object.fromEntries(caught.fields.map((f) => [f.path || "form", f.message])));
      else setErrors({ form: String(caught) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="inzet-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(new FormData(event.currentTarget));
      }}
    >
      {errors.form && <p className="utrecht-form-field-error-message">{errors.form}</p>}
      {status === "reopen" && <TextField name="note" label={t("referrals.reopenNote")} error={errors.note} />}
      {status === "intakePlanned" && <IntakeFields id={referral.id} errors={errors} />}
      {status === "notHelped" && (
        <SelectField
          name="notHelpedReason"
          label={t("referrals.whyNotHelped")}
          emptyLabel=""
          error={errors.notHelpedReason}
          options={notHelpedReasons.map((r) => ({ value: r, label: t(`referrals.reasons.${r}`) }))}
        />
      )}
      {status !== "reopen" && (
        <TextField
          name="partnerReference"
          label={t("referrals.reference")}
          defaultValue={referral.partnerReference}
          error={errors.partnerReference}
        />
      )}
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
        {t("referrals.save")}
      </button>{" "}
      <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onCancel}>
        {t("referrals.cancel")}
      </button>
    </form>
  );
}

function IntakeFields({ id, errors }: { id: string; errors: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <>
      <label className="utrecht-form-label" htmlFor={`intake-${id}`}>
        {t("referrals.intakeAt")}
      </label>
      <input
        id={`intake-${id}`}
        className="utrecht-textbox"
        type="datetime-local"
        name="intakeAt"
        defaultValue={suggestedIntake()}
        min={amsterdamLocal(new Date())}
        aria-invalid={Boolean(errors.intakeAt)}
        aria-describedby={errors.intakeAt ? `intake-${id}-error` : undefined}
      />
      {errors.intakeAt && (
        <p id={`intake-${id}-error`} className="utrecht-form-field-error-message">
          {errors.intakeAt}
        </p>
      )}
      <TextField name="intakePlace" label={t("referrals.intakePlace")} error={errors.intakePlace} />
    </>
  );
}
