import { useQuery } from "@tanstack/react-query";
import { Heading1, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  coachingFrequencies,
  coachingTopics,
  endInputSchema,
  endOutcomes,
  endReasons,
  escalationInputSchema,
  meetingInputSchema,
  type Trajectory,
  trajectoryInputSchema,
} from "../../../shared/coaching.ts";
import {
  CheckboxField,
  CheckboxGroupField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { meQuery } from "../accounts/api.ts";
import { volunteerListQuery } from "../volunteers/api.ts";
import { coachingApi, coachingQueries } from "./api.ts";

/** One-to-one coaching: the coach sees their own households, the coordinator the organisation's. */
export function CoachingPage() {
  const { t } = useTranslation();
  const me = useQuery(meQuery);
  const list = useQuery(coachingQueries.list(1));
  const [message, setMessage] = useState<string | null>(null);
  const manager = me.data?.permissions.includes("coaching.manage") ?? false;
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} />;
  const done = async (text: string) => {
    setMessage(text);
    await list.refetch();
  };
  return (
    <>
      <Heading1>{t("coaching.title")}</Heading1>
      <Paragraph>{t("coaching.intro")}</Paragraph>
      {message && <Notice>{message}</Notice>}
      {list.data.items.length === 0 && <Paragraph>{t("coaching.none")}</Paragraph>}
      {list.data.items.map((trajectory) => (
        <TrajectoryCard key={trajectory.id} trajectory={trajectory} onDone={done} />
      ))}
      {manager && <NewTrajectory onDone={done} />}
    </>
  );
}

function NewTrajectory({ onDone }: { onDone: (message: string) => Promise<void> }) {
  const { t } = useTranslation();
  const coaches = useQuery(volunteerListQuery({ status: "active", pageSize: 100 }));
  const form = useSchemaForm(
    trajectoryInputSchema,
    async (values) => {
      const created = await coachingApi.create(values);
      await onDone(t("coaching.created", { household: created.household }));
    },
    (data) => ({ ...Object.fromEntries(data), consent: data.get("consent") === "on" }),
  );
  return (
    <section aria-labelledby="new-trajectory">
      <Heading2 id="new-trajectory">{t("coaching.new")}</Heading2>
      <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
        <ErrorSummary {...form} />
        <SelectField
          name="coachVolunteerId"
          label={t("coaching.coach")}
          emptyLabel={t("coaching.choose")}
          error={form.errors.coachVolunteerId}
          options={(coaches.data?.items ?? []).map((v) => ({ value: v.id, label: v.name }))}
        />
        <TextField name="household" label={t("coaching.household")} error={form.errors.household} />
        <TextField name="contact" label={t("coaching.contact")} error={form.errors.contact} />
        <TextField name="startsOn" type="date" label={t("coaching.startsOn")} error={form.errors.startsOn} />
        <SelectField
          name="frequency"
          label={t("coaching.frequency")}
          error={form.errors.frequency}
          options={coachingFrequencies.map((f) => ({ value: f, label: t(`coaching.frequencies.${f}`) }))}
        />
        <CheckboxField name="consent" label={t("coaching.consent")} error={form.errors.consent} />
        <div>
          <SubmitButton busy={form.busy}>{t("coaching.start")}</SubmitButton>
        </div>
      </form>
    </section>
  );
}

function TrajectoryCard({
  trajectory: tr,
  onDone,
}: {
  trajectory: Trajectory;
  onDone: (m: string) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const prefix = `t-${tr.id.slice(0, 8)}`;
  return (
    <section aria-labelledby={prefix} className="inzet-card">
      <Heading2 id={prefix}>{tr.household}</Heading2>
      <Paragraph>
        {t("coaching.summary", {
          coach: tr.coachName,
          from: formatDay(tr.startsOn, i18n.language),
          to: formatDay(tr.maxEndOn, i18n.language),
          frequency: t(`coaching.frequencies.${tr.frequency}`),
        })}
      </Paragraph>
      <Paragraph>
        {t(`coaching.statuses.${tr.status}`)}
        {tr.escalationOutcome && ` · ${t(`coaching.escalationOutcomes.${tr.escalationOutcome}`)}`}
        {tr.outcome && ` · ${t(`coaching.outcomes.${tr.outcome}`)}`}
      </Paragraph>
      <Heading3>{t("coaching.meetings")}</Heading3>
      {tr.meetings.length === 0 ? (
        <Paragraph>{t("coaching.noMeetings")}</Paragraph>
      ) : (
        <ul>
          {tr.meetings.map((m) => (
            <li key={m.id}>
              {formatDay(m.heldOn, i18n.language)} · {m.minutes} min ·{" "}
              {m.topics.map((topic) => t(`coaching.topics.${topic}`)).join(", ")}
              {m.note && ` · ${m.note}`}
            </li>
          ))}
        </ul>
      )}
      {tr.can.log && (
        <>
          <MeetingForm id={tr.id} onDone={onDone} />
          {tr.status === "active" && <EscalateForm id={tr.id} onDone={onDone} />}
          <EndForm id={tr.id} onDone={onDone} />
        </>
      )}
    </section>
  );
}

type FormProps = { id: string; onDone: (message: string) => Promise<void> };

function MeetingForm({ id, onDone }: FormProps) {
  const { t } = useTranslation();
  const meeting = useSchemaForm(
    meetingInputSchema,
    async (values) => {
      await coachingApi.addMeeting(id, values);
      await onDone(t("coaching.meetingSaved"));
    },
    (data) => ({
      heldOn: data.get("heldOn"),
      minutes: Number(data.get("minutes")) || undefined,
      topics: data.getAll("topics"),
      note: data.get("note"),
    }),
  );
  return (
    <form className="inzet-form" noValidate onSubmit={meeting.onSubmit} aria-label={t("coaching.logMeeting")}>
      <Heading3>{t("coaching.logMeeting")}</Heading3>
      <ErrorSummary {...meeting} />
      <TextField name="heldOn" type="date" label={t("coaching.heldOn")} error={meeting.errors.heldOn} />
      <TextField
        name="minutes"
        inputMode="numeric"
        label={t("coaching.minutes")}
        error={meeting.errors.minutes}
      />
      <CheckboxGroupField
        name="topics"
        legend={t("coaching.topicsLabel")}
        error={meeting.errors.topics}
        options={coachingTopics.map((topic) => ({
          value: topic,
          label: t(`coaching.topics.${topic}`),
        }))}
      />
      <TextAreaField name="note" label={t("coaching.note")} error={meeting.errors.note} />
      <div>
        <SubmitButton busy={meeting.busy}>{t("coaching.save")}</SubmitButton>
      </div>
    </form>
  );
}

function EscalateForm({ id, onDone }: FormProps) {
  const { t } = useTranslation();
  const escalate = useSchemaForm(escalationInputSchema, async (values) => {
    await coachingApi.escalate(id, values);
    await onDone(t("coaching.escalated"));
  });
  return (
    <form className="inzet-form" noValidate onSubmit={escalate.onSubmit} aria-label={t("coaching.escalate")}>
      <Heading3>{t("coaching.escalate")}</Heading3>
      <ErrorSummary {...escalate} />
      <TextAreaField name="note" label={t("coaching.escalationNote")} error={escalate.errors.note} />
      <div>
        <SubmitButton busy={escalate.busy}>{t("coaching.escalate")}</SubmitButton>
      </div>
    </form>
  );
}

function EndForm({ id, onDone }: FormProps) {
  const { t } = useTranslation();
  const end = useSchemaForm(endInputSchema, async (values) => {
    await coachingApi.end(id, values);
    await onDone(t("coaching.ended"));
  });
  return (
    <form className="inzet-form" noValidate onSubmit={end.onSubmit} aria-label={t("coaching.end")}>
      <Heading3>{t("coaching.end")}</Heading3>
      <ErrorSummary {...end} />
      <TextField name="endedOn" type="date" label={t("coaching.endedOn")} error={end.errors.endedOn} />
      <SelectField
        name="reason"
        label={t("coaching.reason")}
        error={end.errors.reason}
        options={endReasons.map((r) => ({ value: r, label: t(`coaching.reasons.${r}`) }))}
      />
      <SelectField
        name="outcome"
        label={t("coaching.outcome")}
        error={end.errors.outcome}
        options={endOutcomes.map((o) => ({ value: o, label: t(`coaching.outcomes.${o}`) }))}
      />
      <div>
        <SubmitButton busy={end.busy}>{t("coaching.end")}</SubmitButton>
      </div>
    </form>
  );
}
