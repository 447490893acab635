import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CircleDetail } from "../../../shared/circles/circles.ts";
import { participantInputSchema } from "../../../shared/circles/participants.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { ErrorSummary, SubmitButton, TextField, useSchemaForm } from "../../ui/form.tsx";
import { formatDateTime, formatDayWithWeekday } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { circleQueries, circlesApi } from "./api.ts";
import { EvaluationSummary } from "./evaluation-summary.tsx";
import { AddSession, MoveSession } from "./session-forms.tsx";

const route = getRouteApi("/app/kringen/$id");

/** One season: sessions (move, cancel), participants and waitlist, the iCal link. */
export function CirclePage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const circle = useQuery(circleQueries.detail(id));
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const act = async (action: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await action();
      setMessage(done);
      await circle.refetch();
    } catch (caught) {
      setError(caught);
    }
  };
  if (circle.isPending) return <Loading />;
  if (circle.isError) return <ErrorMessage error={circle.error} />;
  const c = circle.data;
  return (
    <>
      <Heading1>{c.name}</Heading1>
      <Paragraph>
        {c.programmeName} · {c.place} · {c.startTime}–{c.endTime}
      </Paragraph>
      <Paragraph>
        {t("circles.leaders")}: {c.leaders.map((l) => l.name).join(", ")}
      </Paragraph>
      {c.publicSignup && (
        <Paragraph>
          <AppLink to="/kringen/$id/aanmelden" params={{ id: c.id }}>
            {t("circles.publicPage")}
          </AppLink>
        </Paragraph>
      )}
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      <ParticipantsSection circle={c} act={act} />
      {c.can.manage && <AddParticipant circleId={c.id} onDone={(text) => act(async () => {}, text)} />}
      <SessionsSection circle={c} act={act} />
      {c.can.manage && <AddSession circleId={c.id} act={act} />}
      <EvaluationSummary circleId={c.id} />
      {c.can.manage && <CalendarSection circle={c} />}
    </>
  );
}

type SectionProps = {
  circle: CircleDetail;
  act: (action: () => Promise<unknown>, done: string) => Promise<void>;
};

function ParticipantsSection({ circle: c, act }: SectionProps) {
  const { t, i18n } = useTranslation();
  const onList = c.participants.filter((p) => p.status !== "left" && p.status !== "declined");
  return (
    <>
      <Heading2>{t("circles.participants")}</Heading2>
      <DataTable
        caption={t("circles.participantsCaption", { taken: c.participantCount, max: c.maxSize })}
        rows={onList}
        rowKey={(p) => p.id}
        empty={t("circles.noParticipants")}
        columns={[
          {
            header: t("circles.name"),
            cell: (p) =>
              p.status === "active" ? (
                <AppLink to="/kringen/deelnemers/$id" params={{ id: p.id }}>
                  {p.name}
                </AppLink>
              ) : (
                p.name
              ),
          },
          {
            header: t("circles.contact"),
            cell: (p) => [p.email, p.phone].filter(Boolean).join(" · ") || "–",
          },
          {
            header: t("circles.status"),
            cell: (p) =>
              p.status === "waitlisted"
                ? t("circles.waitlistNumber", { n: p.waitlistPosition })
                : p.status === "offered"
                  ? t("circles.offeredUntil", { until: formatDateTime(p.offerExpiresAt, i18n.language) })
                  : t(`circles.statuses.${p.status}`),
          },
          {
            header: t("circles.actions"),
            cell: (p) =>
              c.can.manage ? (
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action inzet-inline-button"
                  onClick={() =>
                    void act(() => circlesApi.leave(p.id), t("circles.leftDone", { name: p.name }))
                  }
                >
                  {t("circles.leave")}
                  <span className="inzet-visually-hidden"> {p.name}</span>
                </button>
              ) : (
                "–"
              ),
          },
        ]}
      />
    </>
  );
}

function AddParticipant({ circleId, onDone }: { circleId: string; onDone: (text: string) => Promise<void> }) {
  const { t } = useTranslation();
  const add = useSchemaForm(participantInputSchema, async (values) => {
    const added = await circlesApi.addParticipant(circleId, values);
    await onDone(
      t(added.status === "waitlisted" ? "circles.addedWaitlist" : "circles.added", { name: added.name }),
    );
  });
  return (
    <section aria-labelledby="add-participant">
      <Heading2 id="add-participant">{t("circles.addParticipant")}</Heading2>
      <form className="inzet-form" noValidate onSubmit={add.onSubmit}>
        <ErrorSummary {...add} />
        <TextField name="givenName" label={t("circles.givenName")} error={add.errors.givenName} />
        <TextField name="familyName" label={t("circles.familyName")} error={add.errors.familyName} />
        <TextField name="email" type="email" label={t("circles.email")} error={add.errors.email} />
        <TextField name="phone" type="tel" label={t("circles.phone")} error={add.errors.phone} />
        <div>
          <SubmitButton busy={add.busy}>{t("circles.add")}</SubmitButton>
        </div>
      </form>
    </section>
  );
}

function SessionsSection({ circle: c, act }: SectionProps) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Heading2>{t("circles.sessions")}</Heading2>
      <DataTable
        caption={t("circles.sessions")}
        rows={c.sessions}
        rowKey={(s) => s.id}
        empty="–"
        columns={[
          { header: "#", cell: (s) => s.number },
          {
            header: t("circles.date"),
            cell: (s) => (
              <>
                {formatDayWithWeekday(s.date, i18n.language)} {s.startTime}–{s.endTime}
                {s.cancelled && <strong className="inzet-flag"> {t("circles.cancelled")}</strong>}
              </>
            ),
          },
          { header: t("circles.theme"), cell: (s) => s.theme },
          {
            header: t("circles.actions"),
            cell: (s) =>
              c.can.manage ? (
                <>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle inzet-inline-button"
                    onClick={() =>
                      void act(
                        () => circlesApi.updateSession(s.id, { cancelled: !s.cancelled }),
                        t(s.cancelled ? "circles.restored" : "circles.cancelledDone", { n: s.number }),
                      )
                    }
                  >
                    {t(s.cancelled ? "circles.restore" : "circles.cancel")}
                    <span className="inzet-visually-hidden"> {s.number}</span>
                  </button>
                  {!s.cancelled && <MoveSession session={s} act={act} />}
                </>
              ) : (
                "–"
              ),
          },
        ]}
      />
    </>
  );
}

function CalendarSection({ circle: c }: { circle: CircleDetail }) {
  const { t } = useTranslation();
  const [calendarUrl, setCalendarUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  return (
    <section aria-labelledby="calendar">
      <Heading2 id="calendar">{t("circles.calendar")}</Heading2>
      <Paragraph>{t("circles.calendarIntro")}</Paragraph>
      {error ? <ErrorMessage error={error} /> : null}
      {(calendarUrl ?? c.calendarUrl) && (
        <Paragraph className="inzet-break">{calendarUrl ?? c.calendarUrl}</Paragraph>
      )}
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={() => void circlesApi.renewCalendar(c.id).then((r) => setCalendarUrl(r.url), setError)}
      >
        {t("circles.newCalendarLink")}
      </button>
    </section>
  );
}
