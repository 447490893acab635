import { useQuery } from "@tanstack/react-query";
import { Button, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { intakeInputSchema } from "../../../shared/learning/course-plan.ts";
import {
  CheckboxField,
  ErrorSummary,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { courseQueries, coursesApi } from "./api.ts";

/** The manager (coordinator of the participant's organisation) signs off the course's action plans. */
export function PlansToSignOff() {
  const { t, i18n } = useTranslation();
  const plans = useQuery(courseQueries.plans());
  const [error, setError] = useState<unknown>(null);
  if (plans.isPending) return <Loading />;
  if (plans.isError) return <ErrorMessage error={plans.error} />;
  const signOff = async (id: string) => {
    setError(null);
    try {
      await coursesApi.signOff(id);
      await plans.refetch();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section>
      <Heading2>{t("learning.courses.plans")}</Heading2>
      {error ? <ErrorMessage error={error} /> : null}
      {plans.data.length === 0 && <Paragraph>{t("learning.courses.plansNone")}</Paragraph>}
      {plans.data.map((plan) => (
        <article key={plan.enrolmentId}>
          <Heading3>
            {plan.name} · {plan.editionTitle}
          </Heading3>
          <ul className="utrecht-unordered-list">
            {plan.actions.map((a) => (
              <li key={a.id} className="utrecht-unordered-list__item">
                {t(`learning.courses.levels.${a.level}`)}: {a.title} · {a.owner}
                {a.dueOn && ` · ${formatDay(a.dueOn, i18n.language)}`}
              </li>
            ))}
          </ul>
          {plan.signedOff ? (
            <Paragraph>
              {t("learning.courses.signedOffBy", {
                name: plan.signedOff.byName,
                day: formatDay(plan.signedOff.at, i18n.language),
              })}
            </Paragraph>
          ) : (
            <Button
              appearance="primary-action-button"
              aria-label={t("learning.courses.signOffFor", { name: plan.name })}
              onClick={() => void signOff(plan.enrolmentId)}
            >
              {t("learning.courses.signOff")}
            </Button>
          )}
        </article>
      ))}
    </section>
  );
}

/** The course leader (beheerder) sees an edition's participants and plans or records each intake call. */
export function CourseIntakes({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const participants = useQuery(courseQueries.participants(editionId));
  const [open, setOpen] = useState<string | null>(null);
  if (participants.isPending) return <Loading />;
  if (participants.isError) return <ErrorMessage error={participants.error} />;
  return (
    <section>
      <Heading2>{t("learning.courses.participants")}</Heading2>
      <ul className="utrecht-unordered-list">
        {participants.data
          .filter((p) => p.status === "enrolled")
          .map((p) => (
            <li key={p.id} className="utrecht-unordered-list__item">
              {open === p.id ? (
                <IntakeForm enrolmentId={p.id} name={p.name} />
              ) : (
                <Button appearance="secondary-action-button" onClick={() => setOpen(p.id)}>
                  {t("learning.courses.intakeFor", { name: p.name })}
                </Button>
              )}
            </li>
          ))}
      </ul>
    </section>
  );
}

function IntakeForm({ enrolmentId, name }: { enrolmentId: string; name: string }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm(
    intakeInputSchema,
    async (values) => {
      await coursesApi.intake(enrolmentId, values);
      setSaved(true);
    },
    (data) => ({ day: data.get("day"), held: data.get("held") === "on", notes: data.get("notes") ?? "" }),
  );
  return (
    <form
      onSubmit={(event) => void form.onSubmit(event)}
      noValidate
      aria-label={t("learning.courses.intakeFor", { name })}
    >
      <Heading3>{t("learning.courses.intakeFor", { name })}</Heading3>
      <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
      <TextField name="day" type="date" label={t("learning.courses.intakeDay")} error={form.errors.day} />
      <CheckboxField name="held" label={t("learning.courses.intakeHeldLabel")} />
      <TextAreaField name="notes" label={t("learning.courses.intakeNotes")} error={form.errors.notes} />
      <SubmitButton busy={form.busy}>{t("learning.courses.intakeSave")}</SubmitButton>
      {saved && <Paragraph>✓</Paragraph>}
    </form>
  );
}
