import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import {
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  EVALUATION_SCALE,
  evaluationInputSchema,
  goalInputSchema,
  type ParticipantDetail,
} from "../../../shared/circles/progress.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import {
  ErrorSummary,
  RadioGroupField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { formatDay, formatDayWithWeekday, formatNumber } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { circleQueries, circlesApi } from "./api.ts";
import "./progress-strings.ts";

const route = getRouteApi("/app/kringen/deelnemers/$id");

type Act = (action: () => Promise<unknown>, done: string) => Promise<void>;

/** One participant of a circle: attendance over the season, their own goals and the evaluation. */
export function ParticipantPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const participant = useQuery(circleQueries.participant(id));
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const act: Act = async (action, done) => {
    setError(null);
    setMessage(null);
    try {
      await action();
      setMessage(done);
      await participant.refetch();
    } catch (caught) {
      setError(caught);
    }
  };
  if (participant.isPending) return <Loading />;
  if (participant.isError) return <ErrorMessage error={participant.error} />;
  const p = participant.data;
  return (
    <>
      <Heading1>{p.name}</Heading1>
      <Paragraph>
        <AppLink to="/kringen/$id" params={{ id: p.circleId }}>
          {t("circles.person.backToCircle", { circle: p.circleName })}
        </AppLink>
      </Paragraph>
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      <AttendanceSection participant={p} />
      <GoalsSection participant={p} act={act} />
      <EvaluationSection participant={p} act={act} />
    </>
  );
}

function AttendanceSection({ participant: p }: { participant: ParticipantDetail }) {
  const { t, i18n } = useTranslation();
  const a = p.attendance;
  return (
    <section aria-labelledby="attendance">
      <Heading2 id="attendance">{t("circles.person.attendance")}</Heading2>
      <Paragraph>
        {a.rate === null
          ? t("circles.person.attendanceNone")
          : t("circles.person.attendanceSummary", {
              ...a,
              rate: formatNumber(a.rate, i18n.language, { style: "percent", maximumFractionDigits: 0 }),
            })}
      </Paragraph>
      {a.unrecorded > 0 && <Paragraph>{t("circles.person.unrecorded", { count: a.unrecorded })}</Paragraph>}
      <DataTable
        caption={t("circles.person.sessionsCaption")}
        rows={p.sessions}
        rowKey={(s) => s.id}
        empty="–"
        columns={[
          { header: "#", cell: (s) => s.number },
          { header: t("circles.date"), cell: (s) => formatDayWithWeekday(s.date, i18n.language) },
          { header: t("circles.theme"), cell: (s) => s.theme },
          {
            header: t("circles.status"),
            cell: (s) => (s.status ? t(`circles.attendance.${s.status}`) : t("circles.person.notRecorded")),
          },
          { header: t("circles.person.progress"), cell: (s) => s.progress || "–" },
        ]}
      />
    </section>
  );
}

function GoalsSection({ participant: p, act }: { participant: ParticipantDetail; act: Act }) {
  const { t, i18n } = useTranslation();
  const add = useSchemaForm(goalInputSchema, async (values) => {
    await circlesApi.addGoal(p.id, values);
    await act(async () => {}, t("circles.person.goalAdded"));
  });
  return (
    <section aria-labelledby="goals">
      <Heading2 id="goals">{t("circles.person.goals")}</Heading2>
      <Paragraph>{t("circles.person.goalsIntro")}</Paragraph>
      {p.goals.length === 0 && <Paragraph>{t("circles.person.noGoals")}</Paragraph>}
      <UnorderedList>
        {p.goals.map((g) => (
          <UnorderedListItem key={g.id}>
            <strong>{g.text}</strong> –{" "}
            {g.reachedOn
              ? t("circles.person.reachedOn", { day: formatDay(g.reachedOn, i18n.language) })
              : t("circles.person.open")}
            {p.can.manage && (
              <>
                {" "}
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action inzet-inline-button"
                  onClick={() =>
                    void act(
                      () => circlesApi.updateGoal(p.id, g.id, { reached: !g.reachedOn }),
                      t("circles.person.goalSaved"),
                    )
                  }
                >
                  {t(g.reachedOn ? "circles.person.markOpen" : "circles.person.markReached")}
                  <span className="inzet-visually-hidden">: {g.text}</span>
                </button>
                <RewordGoal participantId={p.id} goal={g} act={act} />
              </>
            )}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {p.can.manage && (
        <form className="inzet-form" noValidate onSubmit={add.onSubmit} aria-labelledby="new-goal">
          <Heading3 id="new-goal">{t("circles.person.newGoal")}</Heading3>
          <ErrorSummary {...add} />
          <TextField name="text" label={t("circles.person.goal")} error={add.errors.text} />
          <div>
            <SubmitButton busy={add.busy}>{t("circles.person.addGoal")}</SubmitButton>
          </div>
        </form>
      )}
    </section>
  );
}

function RewordGoal({
  participantId,
  goal,
  act,
}: {
  participantId: string;
  goal: ParticipantDetail["goals"][number];
  act: Act;
}) {
  const { t } = useTranslation();
  // Each goal's form has its own field name, so the ids on the page stay unique.
  const name = `text-${goal.id}`;
  const form = useSchemaForm(
    goalInputSchema,
    async (values) => {
      await circlesApi.updateGoal(participantId, goal.id, values);
      await act(async () => {}, t("circles.person.goalSaved"));
    },
    (data) => ({ text: data.get(name) ?? "" }),
  );
  return (
    <details>
      <summary>
        {t("circles.person.reword")}
        <span className="inzet-visually-hidden">: {goal.text}</span>
      </summary>
      <form
        className="inzet-form"
        noValidate
        onSubmit={form.onSubmit}
        aria-label={t("circles.person.reword")}
      >
        <ErrorSummary {...form} />
        <TextField
          name={name}
          label={t("circles.person.goal")}
          defaultValue={goal.text}
          error={form.errors.text}
        />
        <div>
          <SubmitButton busy={form.busy}>{t("circles.person.saveGoal")}</SubmitButton>
        </div>
      </form>
    </details>
  );
}

function EvaluationSection({ participant: p, act }: { participant: ParticipantDetail; act: Act }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    evaluationInputSchema,
    async (values) => {
      await circlesApi.saveEvaluation(p.id, values);
      await act(async () => {}, t("circles.person.evaluationSaved"));
    },
    (data) => ({
      score: data.get("score") ? Number(data.get("score")) : undefined,
      comment: data.get("comment") ?? "",
    }),
  );
  return (
    <section aria-labelledby="evaluation">
      <Heading2 id="evaluation">{t("circles.person.evaluation")}</Heading2>
      <Paragraph>{t("circles.person.evaluationIntro")}</Paragraph>
      {p.evaluation && <Paragraph>{t("circles.person.evaluated", { score: p.evaluation.score })}</Paragraph>}
      {p.can.manage && (
        <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
          <ErrorSummary {...form} />
          <RadioGroupField
            name="score"
            legend={t("circles.person.score")}
            error={form.errors.score}
            defaultValue={p.evaluation ? String(p.evaluation.score) : null}
            options={EVALUATION_SCALE.map((n) => ({
              value: String(n),
              label: t(`circles.person.scores.${n}`),
            }))}
          />
          <TextAreaField
            name="comment"
            label={t("circles.person.comment")}
            defaultValue={p.evaluation?.comment}
            error={form.errors.comment}
          />
          <div>
            <SubmitButton busy={form.busy}>{t("circles.person.saveEvaluation")}</SubmitButton>
          </div>
        </form>
      )}
    </section>
  );
}
