import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type Doorstep,
  planActors,
  signalLevels,
  visitInputSchema,
  visitOutcomes,
} from "../../../shared/outreach.ts";
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
import { enqueueVisit, localNow } from "./visit-queue.ts";

/** One visit at a door: outcome, consent, signals, note, plan and referral; queued on the phone. */
export function VisitForm({
  doorstep,
  addressId,
  onSaved,
}: {
  doorstep: Doorstep;
  addressId: string;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<string>("");
  const [consent, setConsent] = useState(false);
  const [refer, setRefer] = useState(false);
  const [planning, setPlanning] = useState(false);
  const form = useSchemaForm(
    visitInputSchema,
    async (values) => {
      enqueueVisit(values);
      await onSaved();
    },
    (data) => ({
      shiftId: doorstep.shift.id,
      addressId,
      visitedAt: localNow(),
      outcome: data.get("outcome") ?? undefined,
      consent: data.get("consent") === "on",
      signals: Object.fromEntries(
        doorstep.topics.flatMap((topic) => {
          const level = data.get(`signal-${topic.code}`);
          return level ? [[topic.code, level]] : [];
        }),
      ),
      note: data.get("note") ?? "",
      incentiveGiven: data.get("incentiveGiven") === "on",
      plan:
        data.get("makePlan") === "on"
          ? {
              goals: data.get("goals") ?? "",
              actions: [1, 2, 3]
                .map((n) => ({
                  what: String(data.get(`action-${n}-what`) ?? "").trim(),
                  who: data.get(`action-${n}-who`) ?? "household",
                  when: data.get(`action-${n}-when`) || undefined,
                }))
                .filter((action) => action.what !== ""),
            }
          : undefined,
      referral:
        data.get("refer") === "on"
          ? {
              partnerOrganisationId: data.get("partnerOrganisationId") || undefined,
              reason: data.get("reason") ?? "",
              urgency: data.get("urgency") ?? "normal",
              contact: data.get("contact") ?? "",
              handoff: data.get("handoff") === "on",
              consent: data.get("referralConsent") === "on",
            }
          : undefined,
    }),
  );
  const conversation = outcome === "conversation";
  return (
    <form className="inzet-form inzet-visit-form" noValidate onSubmit={form.onSubmit}>
      <ErrorSummary {...form} />
      <div
        onChange={(event) => {
          const target = event.target as HTMLInputElement;
          if (target.name === "outcome") setOutcome(target.value);
        }}
      >
        <RadioGroupField
          name="outcome"
          legend={t("outreach.doorstep.outcome")}
          options={visitOutcomes.map((o) => ({ value: o, label: t(`outreach.outcomes.${o}`) }))}
          error={form.errors.outcome}
        />
      </div>
      {conversation && (
        <div onChange={(event) => setConsent((event.target as HTMLInputElement).checked)}>
          <CheckboxField name="consent" label={t("outreach.doorstep.consent")} error={form.errors.consent} />
        </div>
      )}
      {conversation && consent && (
        <>
          {doorstep.topics.map((topic) => (
            <div
              key={topic.code}
              onChange={(event) => {
                // A serious signal: open the referral part (the household still decides).
                if ((event.target as HTMLInputElement).value === "serious") setRefer(true);
              }}
            >
              <RadioGroupField
                name={`signal-${topic.code}`}
                legend={topic.label}
                inline
                defaultValue="none"
                options={signalLevels.map((level) => ({
                  value: level,
                  label: t(`outreach.signals.${level}`),
                }))}
              />
            </div>
          ))}
          <TextAreaField
            name="note"
            label={t("outreach.doorstep.note")}
            description={t("outreach.doorstep.noteHelp")}
            error={form.errors.note}
          />
          <div
            onChange={(event) => {
              const target = event.target as HTMLInputElement;
              if (target.name === "makePlan") setPlanning(target.checked);
            }}
          >
            <CheckboxField name="makePlan" label={t("outreach.plan.make")} />
          </div>
          {planning && (
            <>
              <TextAreaField
                name="goals"
                label={t("outreach.plan.goals")}
                error={form.errors["plan.goals"]}
              />
              {[1, 2, 3].map((n) => (
                <fieldset key={n} className="utrecht-form-fieldset inzet-plan-action">
                  <legend className="utrecht-form-fieldset__legend">
                    {t("outreach.plan.action", { n })}
                  </legend>
                  <TextField
                    name={`action-${n}-what`}
                    label={t("outreach.plan.what")}
                    error={
                      n === 1
                        ? (form.errors["plan.actions"] ?? form.errors["plan.actions.0.what"])
                        : undefined
                    }
                  />
                  <SelectField
                    name={`action-${n}-who`}
                    label={t("outreach.plan.who")}
                    options={planActors.map((who) => ({
                      value: who,
                      label: t(`outreach.plan.actors.${who}`),
                    }))}
                  />
                  <TextField name={`action-${n}-when`} type="date" label={t("outreach.plan.when")} />
                </fieldset>
              ))}
            </>
          )}
          <div
            onChange={(event) => {
              const target = event.target as HTMLInputElement;
              if (target.name === "refer") setRefer(target.checked);
            }}
          >
            <CheckboxField
              name="refer"
              label={t("referrals.form.title")}
              defaultChecked={refer}
              key={String(refer)}
            />
          </div>
          {refer && (
            <>
              <SelectField
                name="partnerOrganisationId"
                label={t("referrals.form.partner")}
                emptyLabel={t("common.choose")}
                options={doorstep.partners.map((p) => ({ value: p.id, label: p.name }))}
                error={form.errors["referral.partnerOrganisationId"]}
              />
              <TextAreaField
                name="reason"
                label={t("referrals.form.reason")}
                error={form.errors["referral.reason"]}
              />
              <RadioGroupField
                name="urgency"
                legend={t("referrals.form.urgency")}
                inline
                defaultValue="normal"
                options={[
                  { value: "normal", label: t("referrals.form.normal") },
                  { value: "urgent", label: t("referrals.form.urgentOption") },
                ]}
              />
              <TextField
                name="contact"
                label={t("referrals.form.contact")}
                description={t("referrals.form.contactHelp")}
                error={form.errors["referral.contact"]}
              />
              <CheckboxField name="handoff" label={t("referrals.form.handoff")} />
              <CheckboxField
                name="referralConsent"
                label={t("referrals.form.consent")}
                error={form.errors["referral.consent"]}
              />
            </>
          )}
        </>
      )}
      {doorstep.incentive && (
        <CheckboxField
          name="incentiveGiven"
          label={t("outreach.doorstep.incentive", { incentive: doorstep.incentive })}
        />
      )}
      <div>
        <SubmitButton busy={form.busy}>{t("outreach.doorstep.save")}</SubmitButton>
      </div>
    </form>
  );
}
