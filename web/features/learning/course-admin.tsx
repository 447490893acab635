import { Heading2 } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import {
  COURSE_MEETINGS,
  type CourseEdition,
  editionInputSchema,
  meetingsInputSchema,
} from "../../../shared/learning/courses.ts";
import { ErrorSummary, SubmitButton, TextField, useSchemaForm } from "../../ui/form.tsx";
import { coursesApi } from "./api.ts";

const numberOrDefault = (value: FormDataEntryValue | null) =>
  value === null || String(value).trim() === "" ? undefined : Number(value);

/** The course leader (beheerder) plans a new edition: a name and how many may take part. */
export function NewEditionForm({ onDone }: { onDone: (title: string) => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    editionInputSchema,
    async (values) => onDone((await coursesApi.create(values)).title),
    (data) => ({
      title: data.get("title"),
      minParticipants: numberOrDefault(data.get("minParticipants")),
      maxParticipants: numberOrDefault(data.get("maxParticipants")),
    }),
  );
  return (
    <form
      onSubmit={(event) => void form.onSubmit(event)}
      noValidate
      aria-labelledby="new-edition"
      className="inzet-form"
    >
      <Heading2 id="new-edition">{t("learning.courses.admin.newTitle")}</Heading2>
      <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
      <TextField name="title" label={t("learning.titleField")} error={form.errors.title} required />
      <TextField
        name="minParticipants"
        inputMode="numeric"
        defaultValue="8"
        label={t("learning.courses.admin.min")}
        error={form.errors.minParticipants}
      />
      <TextField
        name="maxParticipants"
        inputMode="numeric"
        defaultValue="12"
        label={t("learning.courses.admin.max")}
        description={t("learning.courses.admin.maxHelp")}
        error={form.errors.maxParticipants}
      />
      <SubmitButton busy={form.busy}>{t("learning.courses.admin.create")}</SubmitButton>
    </form>
  );
}

/** Once enough people signed up, the three days are set, about four weeks apart. */
export function MeetingsForm({ edition, onDone }: { edition: CourseEdition; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    meetingsInputSchema,
    async (values) => {
      await coursesApi.setMeetings(edition.id, values.days);
      onDone();
    },
    (data) => ({
      days: Array.from({ length: COURSE_MEETINGS }, (_, i) => String(data.get(`days.${i}`) ?? "")),
    }),
  );
  return (
    <form
      onSubmit={(event) => void form.onSubmit(event)}
      noValidate
      aria-label={t("learning.courses.admin.datesFor", { title: edition.title })}
      className="inzet-form"
    >
      <Heading2>{t("learning.courses.admin.datesFor", { title: edition.title })}</Heading2>
      <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
      {Array.from({ length: COURSE_MEETINGS }, (_, i) => (
        <TextField
          // biome-ignore lint/suspicious/noArrayIndexKey: the three meetings are fixed slots
          key={i}
          name={`days.${i}`}
          type="date"
          defaultValue={edition.meetingDays?.[i]}
          label={t("learning.courses.admin.day", { n: i + 1 })}
          error={form.errors[`days.${i}`] ?? (i === 0 ? form.errors.days : undefined)}
          required
        />
      ))}
      <SubmitButton busy={form.busy}>{t("learning.courses.admin.saveDates")}</SubmitButton>
    </form>
  );
}

/** The course leader's forms: dates for each edition with enough sign-ups, and a new edition. */
export function CourseAdmin({
  editions,
  onDone,
}: {
  editions: CourseEdition[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {editions
        .filter((e) => e.can.setMeetings)
        .map((e) => (
          <MeetingsForm
            key={e.id}
            edition={e}
            onDone={() => onDone(t("learning.courses.admin.datesSaved", { title: e.title }))}
          />
        ))}
      <NewEditionForm onDone={(title) => onDone(t("learning.courses.admin.created", { title }))} />
    </>
  );
}
