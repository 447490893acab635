import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type Doorstep,
  planActors,
  signalLevels,
  visitInputSchema,
  visitOutcomes,
} from "../../shared/outreach.ts";
import { api } from "../api.ts";
import {
  dropVisit,
  enqueueVisit,
  keepDoorstep,
  keptDoorstep,
  localNow,
  queuedVisits,
  syncVisits,
} from "../features/outreach/visit-queue.ts";
import { AppLink } from "../ui/app-link.tsx";
import {
  CheckboxField,
  ErrorSummary,
  RadioGroupField,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../ui/form.tsx";
import { formatDayWithWeekday } from "../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../ui/status.tsx";

/** Online or not, as the browser sees it, updated on change. */
function useOnline() {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}

/**
 * The doorstep screen for a pair (phone first): the walk list of their shift in walking order, and a
 * short form per door. It keeps working without a connection: the list is kept on the phone and
 * visits wait in a queue until they can be sent.
 */
export function DoorstepPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams({ strict: false }) as { id: string };
  const online = useOnline();
  const [queue, setQueue] = useState(queuedVisits);
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const doorstep = useQuery({
    queryKey: ["doorstep", id],
    queryFn: async () => {
      try {
        const fresh = await api<Doorstep>(`/api/me/outreach-shifts/${id}/doorstep`);
        keepDoorstep(fresh);
        return fresh;
      } catch (error) {
        const kept = keptDoorstep(id);
        if (kept && error instanceof TypeError) return kept;
        throw error;
      }
    },
    initialData: () => keptDoorstep(id) ?? undefined,
    networkMode: "offlineFirst",
    retry: false,
  });

  // Depends only on stable functions: the effect below must not run again on every render.
  const { refetch } = doorstep;
  const sync = useCallback(async () => {
    const { sent } = await syncVisits();
    setQueue(queuedVisits());
    if (sent > 0) {
      setMessage(t("outreach.doorstep.synced", { count: sent }));
      await refetch();
    }
  }, [refetch, t]);

  // Send what waits whenever the connection comes back (and once on opening).
  useEffect(() => {
    if (online) void sync();
  }, [online, sync]);

  if (doorstep.isError && !doorstep.data) return <ErrorMessage error={doorstep.error} />;
  if (!doorstep.data) return <Loading />;
  const d = doorstep.data;
  const mine = queue.filter((v) => v.body.shiftId === id);
  const visitedIds = new Set([...d.visits.map((v) => v.addressId), ...mine.map((v) => v.body.addressId)]);
  const outcomeOf = (addressId: string) =>
    mine.find((v) => v.body.addressId === addressId)?.body.outcome ??
    d.visits.find((v) => v.addressId === addressId)?.outcome;

  return (
    <>
      <Heading1>{d.shift.walkListName ?? t("outreach.doorstep.noList")}</Heading1>
      <Paragraph>
        {d.shift.campaignName} · {formatDayWithWeekday(d.shift.date, i18n.language)} · {d.shift.startTime}–
        {d.shift.endTime}
      </Paragraph>
      <div
        className={online ? "inzet-connection" : "inzet-connection inzet-connection--offline"}
        role="status"
      >
        {online ? t("outreach.doorstep.online") : t("outreach.doorstep.offline")}{" "}
        {mine.filter((v) => !v.error).length > 0 &&
          t("outreach.doorstep.waiting", { count: mine.filter((v) => !v.error).length })}
      </div>
      {online && mine.some((v) => !v.error) && (
        <Button appearance="secondary-action-button" onClick={() => void sync()}>
          {t("outreach.doorstep.sendNow")}
        </Button>
      )}
      {message && <Notice>{message}</Notice>}
      {mine
        .filter((v) => v.error)
        .map((v) => (
          <div key={v.id} role="alert" className="utrecht-alert utrecht-alert--error">
            <Paragraph>
              {t("outreach.doorstep.refused", {
                address: d.addresses.find((a) => a.id === v.body.addressId)?.line ?? "",
                reason: v.error,
              })}
            </Paragraph>
            <Button
              appearance="secondary-action-button"
              onClick={() => {
                dropVisit(v.id);
                setQueue(queuedVisits());
              }}
            >
              {t("outreach.doorstep.dismiss")}
            </Button>
          </div>
        ))}
      <Heading2>
        {t("outreach.doorstep.doors", { count: d.addresses.length, done: visitedIds.size })}
      </Heading2>
      <ol className="inzet-doors">
        {d.addresses.map((a) => (
          <li key={a.id} className={visitedIds.has(a.id) ? "inzet-door inzet-door--done" : "inzet-door"}>
            <Button
              appearance={open === a.id ? "primary-action-button" : "subtle-button"}
              aria-expanded={open === a.id}
              onClick={() => setOpen(open === a.id ? null : a.id)}
            >
              {a.line}
              {visitedIds.has(a.id) ? ` – ${t(`outreach.outcomes.${outcomeOf(a.id)}`)}` : ""}
            </Button>
            {open === a.id && (
              <VisitForm
                doorstep={d}
                addressId={a.id}
                onSaved={async () => {
                  setOpen(null);
                  setQueue(queuedVisits());
                  setMessage(
                    navigator.onLine ? t("outreach.doorstep.saved") : t("outreach.doorstep.savedOffline"),
                  );
                  if (navigator.onLine) await sync();
                }}
              />
            )}
          </li>
        ))}
      </ol>
      <Paragraph>
        <AppLink to="/mijn-profiel">{t("outreach.doorstep.back")}</AppLink>
      </Paragraph>
    </>
  );
}

function VisitForm({
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
