import { useQuery } from "@tanstack/react-query";
import {
  Heading1,
  Heading2,
  Heading3,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type OwnParticipation, ownGoalEndpoints } from "../../../shared/circles/own.ts";
import { goalInputSchema } from "../../../shared/circles/progress.ts";
import { ErrorSummary, SubmitButton, TextField, useSchemaForm } from "../../ui/form.tsx";
import { formatDay, formatDayWithWeekday } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { circleQueries, circlesApi } from "./api.ts";
import "./progress-strings.ts";

type Act = (action: () => Promise<unknown>, done: string) => Promise<void>;

/** The participant's own page (B1, phone first): their circles, the next session and their own goals. */
export function OwnGoalsPage() {
  const { t } = useTranslation();
  const own = useQuery(circleQueries.ownParticipations());
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const act: Act = async (action, done) => {
    setError(null);
    setMessage(null);
    try {
      await action();
      setMessage(done);
      await own.refetch();
    } catch (caught) {
      setError(caught);
    }
  };
  if (own.isPending) return <Loading />;
  if (own.isError) return <ErrorMessage error={own.error} />;
  return (
    <>
      <Heading1>{t("circles.mine.title")}</Heading1>
      <Paragraph>{t("circles.mine.intro")}</Paragraph>
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      {own.data.items.length === 0 && <Paragraph>{t("circles.mine.none")}</Paragraph>}
      {own.data.items.map((p) => (
        <Participation key={p.id} participation={p} act={act} />
      ))}
      <Heading2>{t("circles.mine.dataTitle")}</Heading2>
      <Paragraph>{t("circles.mine.dataIntro")}</Paragraph>
      <Paragraph>
        <Link href={ownGoalEndpoints.export.path} download>
          {t("circles.mine.download")}
        </Link>
      </Paragraph>
    </>
  );
}

function Participation({ participation: p, act }: { participation: OwnParticipation; act: Act }) {
  const { t, i18n } = useTranslation();
  const add = useSchemaForm(
    goalInputSchema,
    async (values) => {
      await circlesApi.addOwnGoal(p.id, values);
      await act(async () => {}, t("circles.mine.goalAdded"));
    },
    (data) => ({ text: data.get(`new-${p.id}`) ?? "" }),
  );
  return (
    <section aria-labelledby={`circle-${p.id}`}>
      <Heading2 id={`circle-${p.id}`}>{p.circleName}</Heading2>
      <Paragraph>
        {p.programmeName} · {p.place}
      </Paragraph>
      <Paragraph>
        {p.status === "waitlisted"
          ? t("circles.mine.waitlisted")
          : p.status === "offered"
            ? t("circles.mine.offered")
            : p.nextSession
              ? t("circles.mine.next", {
                  day: formatDayWithWeekday(p.nextSession.date, i18n.language),
                  time: p.nextSession.startTime,
                  theme: p.nextSession.theme,
                })
              : t("circles.mine.noNext")}
      </Paragraph>
      {p.status === "active" && (
        <>
          <Heading3>{t("circles.mine.goals", { circle: p.circleName })}</Heading3>
          {p.goals.length === 0 && <Paragraph>{t("circles.mine.noGoals")}</Paragraph>}
          <UnorderedList>
            {p.goals.map((g) => (
              <UnorderedListItem key={g.id}>
                <strong>{g.text}</strong> –{" "}
                {g.reachedOn
                  ? t("circles.mine.reached", { day: formatDay(g.reachedOn, i18n.language) })
                  : t("circles.mine.open")}{" "}
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action inzet-inline-button"
                  onClick={() =>
                    void act(
                      () => circlesApi.updateOwnGoal(p.id, g.id, { reached: !g.reachedOn }),
                      t("circles.mine.goalSaved"),
                    )
                  }
                >
                  {t(g.reachedOn ? "circles.mine.markOpen" : "circles.mine.markReached")}
                  <span className="inzet-visually-hidden">: {g.text}</span>
                </button>
                <RewordOwnGoal participationId={p.id} goal={g} act={act} />
              </UnorderedListItem>
            ))}
          </UnorderedList>
          <form
            className="inzet-form"
            noValidate
            onSubmit={add.onSubmit}
            aria-labelledby={`new-goal-${p.id}`}
          >
            <Heading3 id={`new-goal-${p.id}`}>{t("circles.mine.newGoal")}</Heading3>
            <ErrorSummary {...add} />
            <TextField name={`new-${p.id}`} label={t("circles.mine.goal")} error={add.errors.text} />
            <div>
              <SubmitButton busy={add.busy}>{t("circles.mine.addGoal")}</SubmitButton>
            </div>
          </form>
        </>
      )}
    </section>
  );
}

function RewordOwnGoal({
  participationId,
  goal,
  act,
}: {
  participationId: string;
  goal: OwnParticipation["goals"][number];
  act: Act;
}) {
  const { t } = useTranslation();
  const name = `text-${goal.id}`;
  const form = useSchemaForm(
    goalInputSchema,
    async (values) => {
      await circlesApi.updateOwnGoal(participationId, goal.id, values);
      await act(async () => {}, t("circles.mine.goalSaved"));
    },
    (data) => ({ text: data.get(name) ?? "" }),
  );
  return (
    <details>
      <summary>
        {t("circles.mine.reword")}
        <span className="inzet-visually-hidden">: {goal.text}</span>
      </summary>
      <form className="inzet-form" noValidate onSubmit={form.onSubmit} aria-label={t("circles.mine.reword")}>
        <ErrorSummary {...form} />
        <TextField
          name={name}
          label={t("circles.mine.goal")}
          defaultValue={goal.text}
          error={form.errors.text}
        />
        <div>
          <SubmitButton busy={form.busy}>{t("circles.mine.addGoal")}</SubmitButton>
        </div>
      </form>
    </details>
  );
}
