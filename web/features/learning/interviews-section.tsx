import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import {
  fragmentInputSchema,
  interviewInputSchema,
  notesInputSchema,
  type ResearchInterview,
  type ResearchProject,
} from "../../../shared/learning/research.ts";
import {
  CheckboxField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { researchApi, researchKeys, researchQueries } from "./api.ts";

function useRefresh() {
  const client = useQueryClient();
  return () => Promise.all(researchKeys.map((queryKey) => client.invalidateQueries({ queryKey })));
}

/** Interviews: planned by the council with a topic list; notes; fragments of the notes coded with a theme. */
export function InterviewsSection({ project }: { project: ResearchProject }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const interviews = useQuery(researchQueries.interviews(project.id));
  const participants = useQuery(researchQueries.participants(project.id));
  const form = useSchemaForm(
    interviewInputSchema,
    async (values) => {
      await researchApi.schedule(project.id, values);
      await refresh();
    },
    (data) => ({ ...Object.fromEntries(data) }),
  );
  const open = (participants.data ?? []).filter((p) => p.consent && !p.consent.withdrawnAt);
  return (
    <section>
      <Heading2>{t("learning.research.interviews")}</Heading2>
      {interviews.isPending ? (
        <Loading />
      ) : interviews.isError ? (
        <ErrorMessage error={interviews.error} />
      ) : interviews.data.length === 0 ? (
        <Paragraph>{t("learning.research.noInterviews")}</Paragraph>
      ) : (
        interviews.data.map((interview) => <Interview key={interview.id} interview={interview} />)
      )}
      <Heading3>{t("learning.research.schedule")}</Heading3>
      <form onSubmit={(event) => void form.onSubmit(event)} noValidate>
        <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
        <SelectField
          name="participantId"
          label={t("learning.research.participant")}
          options={open.map((p) => ({ value: p.id, label: p.code }))}
          error={form.errors.participantId}
        />
        <TextField name="day" type="date" label={t("learning.research.day")} error={form.errors.day} />
        <TextField name="time" type="time" label={t("learning.research.time")} error={form.errors.time} />
        <TextField name="place" label={t("learning.research.place")} error={form.errors.place} />
        <SubmitButton busy={form.busy}>{t("learning.research.schedule")}</SubmitButton>
      </form>
    </section>
  );
}

function Interview({ interview }: { interview: ResearchInterview }) {
  const { t, i18n } = useTranslation();
  const refresh = useRefresh();
  const themes = useQuery(researchQueries.themes());
  const prefix = `i-${interview.id.slice(0, 8)}`;
  const notes = useSchemaForm(
    notesInputSchema,
    async (values) => {
      await researchApi.saveNotes(interview.id, values);
      await refresh();
    },
    (data) => ({ notes: data.get(`${prefix}-notes`) ?? "", held: true }),
  );
  const code = useSchemaForm(
    fragmentInputSchema,
    async (values) => {
      await researchApi.addFragment(interview.id, values);
      await refresh();
    },
    (data) => ({
      text: data.get(`${prefix}-text`),
      theme: data.get(`${prefix}-theme`),
      quote: data.get(`${prefix}-quote`) === "on",
    }),
  );
  return (
    <article>
      <Heading3>
        {interview.participantCode} · {formatDateTime(interview.startsAt, i18n.language)}
        {interview.place && ` · ${interview.place}`}
      </Heading3>
      {interview.topics.length > 0 && (
        <Paragraph>
          {t("learning.research.topics")}: {interview.topics.join(", ")}
        </Paragraph>
      )}
      {interview.notes === null ? (
        <Paragraph>{t("learning.research.notesErased")}</Paragraph>
      ) : (
        <>
          <form onSubmit={(event) => void notes.onSubmit(event)} noValidate>
            <ErrorSummary errors={notes.errors} formError={notes.formError} summaryRef={notes.summaryRef} />
            <TextAreaField
              name={`${prefix}-notes`}
              label={t("learning.research.notes", { code: interview.participantCode })}
              defaultValue={interview.notes}
              error={notes.errors.notes}
            />
            <SubmitButton busy={notes.busy}>{t("learning.research.saveNotes")}</SubmitButton>
          </form>
          <form onSubmit={(event) => void code.onSubmit(event)} noValidate>
            <ErrorSummary errors={code.errors} formError={code.formError} summaryRef={code.summaryRef} />
            <TextAreaField
              name={`${prefix}-text`}
              label={t("learning.research.fragment")}
              description={t("learning.research.fragmentHelp")}
              error={code.errors.text}
            />
            <TextField
              name={`${prefix}-theme`}
              label={t("learning.theme")}
              description={(themes.data ?? []).join(", ") || undefined}
              error={code.errors.theme}
            />
            <CheckboxField name={`${prefix}-quote`} label={t("learning.research.asQuote")} />
            <SubmitButton busy={code.busy}>{t("learning.research.codeFragment")}</SubmitButton>
          </form>
        </>
      )}
    </article>
  );
}
