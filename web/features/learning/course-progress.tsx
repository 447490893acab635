import { useQuery } from "@tanstack/react-query";
import { Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { planInputSchema } from "../../../shared/learning/course-plan.ts";
import type { Action } from "../../../shared/recruitment.ts";
import { ErrorSummary, SubmitButton, TextField, useSchemaForm } from "../../ui/form.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { courseQueries, coursesApi } from "./api.ts";

const LINES = 2;
const levels = ["approach", "conditions"] as const;

/** The plan's lines as filled in: empty rows are left out, an empty date is no due date. */
const readPlan = (data: FormData) => ({
  actions: levels.flatMap((level) =>
    Array.from({ length: LINES }, (_, i) => ({
      level,
      title: String(data.get(`${level}-title-${i}`) ?? "").trim(),
      owner: String(data.get(`${level}-owner-${i}`) ?? "").trim(),
      dueOn: String(data.get(`${level}-due-${i}`) ?? "") || undefined,
    })).filter((a) => a.title || a.owner),
  ),
});

/** Intake, homework count, the two-level action plan and its sign-off, the certificate and the follow-up. */
export function CourseProgress({ editionId }: { editionId: string }) {
  const { t, i18n } = useTranslation();
  const progress = useQuery(courseQueries.progress(editionId));
  if (progress.isPending) return <Loading />;
  if (progress.isError) return <ErrorMessage error={progress.error} />;
  const p = progress.data;
  const day = (d: string) => formatDay(d, i18n.language);
  return (
    <section>
      <Heading2>{t("learning.courses.progress")}</Heading2>
      <Paragraph>
        <strong>{t("learning.courses.intake")}: </strong>
        {p.intake
          ? t(p.intake.held ? "learning.courses.intakeHeld" : "learning.courses.intakeOn", {
              day: day(p.intake.day),
            })
          : t("learning.courses.intakeNone")}
      </Paragraph>
      <Paragraph>
        {t("learning.courses.homeworkDone", { done: p.homeworkDone, total: p.homeworkTotal })}
      </Paragraph>
      <Heading3>{t("learning.courses.plan")}</Heading3>
      {p.plan && (
        <>
          <ul className="utrecht-unordered-list">
            {p.plan.actions.map((a) => (
              <li key={a.id} className="utrecht-unordered-list__item">
                {t(`learning.courses.levels.${a.level}`)}: {a.title} · {a.owner}
                {a.dueOn && ` · ${day(a.dueOn)}`}
              </li>
            ))}
          </ul>
          <Paragraph>
            {p.plan.signedOff
              ? t("learning.courses.signedOffBy", {
                  name: p.plan.signedOff.byName,
                  day: day(p.plan.signedOff.at),
                })
              : t("learning.courses.waitingSignOff")}
          </Paragraph>
        </>
      )}
      {!p.plan?.signedOff && (
        <PlanForm
          editionId={editionId}
          actions={p.plan?.actions ?? []}
          onSaved={() => void progress.refetch()}
        />
      )}
      {p.completed ? (
        <Paragraph>
          <a className="utrecht-link" href={coursesApi.certificateHref(editionId)} download>
            {t("learning.courses.certificate")}
          </a>
        </Paragraph>
      ) : (
        <>
          <Paragraph>{t("learning.courses.missing")}</Paragraph>
          <ul className="utrecht-unordered-list">
            {p.missing.map((m) => (
              <li key={m} className="utrecht-unordered-list__item">
                {m}
              </li>
            ))}
          </ul>
        </>
      )}
      {p.followUp && (
        <Paragraph>
          {p.followUp.sent
            ? t("learning.courses.followUpSent")
            : t("learning.courses.followUp", { day: day(p.followUp.on) })}
        </Paragraph>
      )}
    </section>
  );
}

const slots = levels.flatMap((level) =>
  Array.from({ length: LINES }, (_, i) => ({
    level,
    i,
    n: level === "approach" ? i + 1 : LINES + i + 1,
    slot: `${level}-slot-${String(i)}`,
  })),
);

type PlanFormProps = { editionId: string; actions: Action[]; onSaved: () => void };

/** The plan as rows per level: what to do, who does it, when it is due. */
function PlanForm({ editionId, actions, onSaved }: PlanFormProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    planInputSchema,
    async (values) => {
      await coursesApi.plan(editionId, values);
      onSaved();
    },
    readPlan,
  );
  return (
    <form onSubmit={(event) => void form.onSubmit(event)} noValidate>
      <Paragraph>{t("learning.courses.planHelp")}</Paragraph>
      <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
      {slots.map(({ level, i, n, slot }) => {
        const line = actions.filter((a) => a.level === level)[i];
        return (
          <fieldset key={slot} className="utrecht-form-fieldset">
            <TextField
              name={`${level}-title-${i}`}
              label={t(`learning.courses.${level}`, { n })}
              defaultValue={line?.title}
            />
            <TextField
              name={`${level}-owner-${i}`}
              label={t("learning.courses.owner", { n })}
              defaultValue={line?.owner}
            />
            <TextField
              name={`${level}-due-${i}`}
              type="date"
              label={t("learning.courses.dueOn", { n })}
              defaultValue={line?.dueOn}
            />
          </fieldset>
        );
      })}
      <SubmitButton busy={form.busy}>{t("learning.courses.submitPlan")}</SubmitButton>
    </form>
  );
}
