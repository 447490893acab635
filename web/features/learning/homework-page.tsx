import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { submissionInputSchema } from "../../../shared/learning/courses.ts";
import { useCountText } from "../../ui/count.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { ErrorSummary, SubmitButton, TextAreaField, useSchemaForm } from "../../ui/form.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { courseQueries, coursesApi } from "./api.ts";
import { CourseProgress } from "./course-progress.tsx";
import { HomeworkFiles } from "./homework-files.tsx";

const route = getRouteApi("/app/leergang/$id");

type Homework = Awaited<ReturnType<NonNullable<ReturnType<typeof courseQueries.homework>["queryFn"]>>>;
type Exercise = Homework["modules"][number]["exercises"][number];

/** The homework per meeting, built on the own organisation's figures; late homework is accepted and marked. */
export function HomeworkPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const homework = useQuery(courseQueries.homework(id));
  const queryClient = useQueryClient();
  // Handing in changes the progress count above the homework as well.
  const refresh = () => {
    void homework.refetch();
    void queryClient.invalidateQueries({ queryKey: courseQueries.progress(id).queryKey });
  };
  const { count } = useCountText();
  if (homework.isPending) return <Loading />;
  if (homework.isError) return <ErrorMessage error={homework.error} />;
  const { edition, modules, ownData } = homework.data;
  type Row = Homework["ownData"]["byMotiveType"][number];
  const table = (caption: string, rows: Row[]) => (
    <DataTable<Row>
      caption={caption}
      rows={rows}
      rowKey={(row) => row.key}
      empty={t("learning.courses.noData")}
      columns={[
        { header: t("learning.courses.group"), cell: (row) => row.label },
        { header: t("learning.courses.volunteers"), cell: (row) => count(row.volunteers) },
        { header: t("learning.courses.stopped"), cell: (row) => count(row.stopped) },
      ]}
    />
  );
  return (
    <>
      <Heading1>{edition.title}</Heading1>
      <CourseProgress editionId={id} />
      <Heading2>{t("learning.courses.ownData", { name: ownData.organisationName ?? "–" })}</Heading2>
      {table(t("learning.courses.byMotiveType"), ownData.byMotiveType)}
      {table(t("learning.courses.byChannel"), ownData.byChannel)}
      {modules.map((m) => (
        <section key={m.meeting}>
          <Heading2>{t("learning.courses.meeting", { n: m.meeting, title: m.title })}</Heading2>
          <Paragraph>{m.summary}</Paragraph>
          {m.dueOn && (
            <Paragraph>{t("learning.courses.due", { day: formatDay(m.dueOn, i18n.language) })}</Paragraph>
          )}
          {m.exercises.map((e) => (
            <ExerciseForm key={e.code} editionId={id} exercise={e} onSaved={refresh} />
          ))}
        </section>
      ))}
    </>
  );
}

function ExerciseForm({
  editionId,
  exercise,
  onSaved,
}: {
  editionId: string;
  exercise: Exercise;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const form = useSchemaForm(
    submissionInputSchema,
    async (values) => {
      await coursesApi.submit(editionId, exercise.code, values.text);
      onSaved();
    },
    (data) => ({ text: data.get(exercise.code) }),
  );
  return (
    <article>
      <Heading3>{exercise.title}</Heading3>
      <Paragraph>{exercise.instructions}</Paragraph>
      <Paragraph>
        {t("learning.courses.motives")}:{" "}
        {exercise.motives.map((m) => t(`volunteers.functions.${m}`)).join(", ")} ·{" "}
        {t("learning.courses.hours", { n: exercise.hours })}
      </Paragraph>
      {exercise.submission && (
        <Paragraph>
          {t("learning.courses.submitted", {
            day: formatDay(exercise.submission.submittedAt, i18n.language),
          })}
          {exercise.submission.late && <strong className="inzet-flag"> {t("learning.courses.late")}</strong>}
        </Paragraph>
      )}
      <form onSubmit={(event) => void form.onSubmit(event)} noValidate>
        <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
        <TextAreaField
          name={exercise.code}
          label={t("learning.courses.answer")}
          defaultValue={exercise.submission?.text}
          error={form.errors.text}
        />
        <SubmitButton busy={form.busy}>{t("learning.courses.handIn")}</SubmitButton>
      </form>
      <HomeworkFiles
        editionId={editionId}
        code={exercise.code}
        title={exercise.title}
        files={exercise.submission?.files ?? null}
        onChanged={onSaved}
      />
    </article>
  );
}
