import { Heading2 } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { type CircleDetail, sessionAddSchema, sessionPatchSchema } from "../../../shared/circles/circles.ts";
import { ErrorSummary, SubmitButton, TextAreaField, TextField, useSchemaForm } from "../../ui/form.tsx";
import { circlesApi } from "./api.ts";
import "./progress-strings.ts";

type Act = (action: () => Promise<unknown>, done: string) => Promise<void>;
type Session = CircleDetail["sessions"][number];

/**
 * Moving a session (another day or time, another theme) for the coordinator. The server checks the
 * leaders' training and VOG on the new date and names the date when they do not hold.
 */
export function MoveSession({ session: s, act }: { session: Session; act: Act }) {
  const { t } = useTranslation();
  const field = (name: string) => `${name}-${s.id}`;
  const form = useSchemaForm(
    sessionPatchSchema,
    async (values) => {
      await circlesApi.updateSession(s.id, values);
      await act(async () => {}, t("circles.sessionEdit.moved", { n: s.number }));
    },
    (data) => ({
      date: data.get(field("date")) || undefined,
      startTime: data.get(field("startTime")) || undefined,
      endTime: data.get(field("endTime")) || undefined,
      theme: data.get(field("theme")) || undefined,
    }),
  );
  return (
    <details>
      <summary>
        {t("circles.sessionEdit.move")}
        <span className="inzet-visually-hidden"> {s.number}</span>
      </summary>
      <form
        className="inzet-form"
        noValidate
        onSubmit={form.onSubmit}
        aria-label={t("circles.sessionEdit.moveLabel", { n: s.number })}
      >
        <ErrorSummary {...form} />
        <TextField
          name={field("date")}
          type="date"
          label={t("circles.sessionEdit.date")}
          defaultValue={s.date}
          error={form.errors.date}
        />
        <TextField
          name={field("startTime")}
          type="time"
          label={t("circles.sessionEdit.startTime")}
          defaultValue={s.startTime}
          error={form.errors.startTime}
        />
        <TextField
          name={field("endTime")}
          type="time"
          label={t("circles.sessionEdit.endTime")}
          defaultValue={s.endTime}
          error={form.errors.endTime}
        />
        <TextField
          name={field("theme")}
          label={t("circles.sessionEdit.theme")}
          defaultValue={s.theme}
          error={form.errors.theme}
        />
        <div>
          <SubmitButton busy={form.busy}>{t("circles.sessionEdit.save")}</SubmitButton>
        </div>
      </form>
    </details>
  );
}

/** An extra session: a day, a theme and a short guide (times default to the circle's). */
export function AddSession({ circleId, act }: { circleId: string; act: Act }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    sessionAddSchema,
    async (values) => {
      await circlesApi.addSession(circleId, values);
      await act(async () => {}, t("circles.sessionEdit.added"));
    },
    (data) => ({
      date: data.get("date") ?? "",
      theme: data.get("theme") ?? "",
      guide: data.get("guide") ?? "",
    }),
  );
  return (
    <section aria-labelledby="add-session">
      <Heading2 id="add-session">{t("circles.sessionEdit.addTitle")}</Heading2>
      <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
        <ErrorSummary {...form} />
        <TextField name="date" type="date" label={t("circles.sessionEdit.date")} error={form.errors.date} />
        <TextField name="theme" label={t("circles.sessionEdit.theme")} error={form.errors.theme} />
        <TextAreaField name="guide" label={t("circles.sessionEdit.guide")} error={form.errors.guide} />
        <div>
          <SubmitButton busy={form.busy}>{t("circles.sessionEdit.add")}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
