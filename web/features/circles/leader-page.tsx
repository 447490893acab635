import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import {
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type AttendanceStatus,
  attendanceStatuses,
  type LeaderSession,
} from "../../../shared/circles/attendance.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { RadioGroupField, SubmitButton, TextAreaField, TextField } from "../../ui/form.tsx";
import { formatDayWithWeekday } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { circleQueries } from "./api.ts";
import {
  enqueueAttendance,
  keepSession,
  keptSession,
  queuedAttendance,
  syncAttendance,
} from "./attendance-queue.ts";
import "./progress-strings.ts";

/** The circles I lead, with their sessions. */
export function OwnCirclesPage() {
  const { t, i18n } = useTranslation();
  const circles = useQuery(circleQueries.ownCircles());
  if (circles.isPending) return <Loading />;
  if (circles.isError) return <ErrorMessage error={circles.error} />;
  return (
    <>
      <Heading1>{t("circles.own.title")}</Heading1>
      {circles.data.items.length === 0 && <Paragraph>{t("circles.own.none")}</Paragraph>}
      {circles.data.items.map((c) => (
        <section key={c.id} aria-labelledby={`circle-${c.id}`}>
          <Heading2 id={`circle-${c.id}`}>{c.name}</Heading2>
          <Paragraph>
            {c.programmeName} · {c.place}
          </Paragraph>
          <UnorderedList>
            {c.sessions
              .filter((s) => !s.cancelled)
              .map((s) => (
                <UnorderedListItem key={s.id}>
                  <AppLink to="/mijn-kringen/bijeenkomst/$id" params={{ id: s.id }}>
                    {formatDayWithWeekday(s.date, i18n.language)} {s.startTime}: {s.theme}
                  </AppLink>
                </UnorderedListItem>
              ))}
          </UnorderedList>
        </section>
      ))}
    </>
  );
}

const route = getRouteApi("/app/mijn-kringen/bijeenkomst/$id");

/**
 * The leader's session screen on a phone: attendance, a note and progress per participant. Works
 * offline: the screen is kept on the phone and saves wait in a queue until there is a connection.
 */
export function LeaderSessionPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const online = useQuery(circleQueries.session(id));
  const [waiting, setWaiting] = useState(() => queuedAttendance().length);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (online.data) keepSession(online.data);
  }, [online.data]);
  useEffect(() => {
    const send = () => void syncAttendance().then(() => setWaiting(queuedAttendance().length));
    window.addEventListener("online", send);
    send();
    return () => window.removeEventListener("online", send);
  }, []);
  const screen: LeaderSession | null = online.data ?? keptSession(id);
  if (!screen) return online.isError ? <ErrorMessage error={online.error} /> : <Loading />;
  const s = screen.session;
  const save = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const records = screen.participants.map((p) => {
      const scale = Number(form.get(`scale-${p.participantId}`));
      return {
        participantId: p.participantId,
        status: (attendanceStatuses.find((a) => a === form.get(`status-${p.participantId}`)) ??
          "absent") as AttendanceStatus,
        progress: String(form.get(`progress-${p.participantId}`) ?? ""),
        scale: scale >= 1 && scale <= 5 ? scale : null,
      };
    });
    enqueueAttendance(id, { note: String(form.get("note") ?? ""), records });
    setWaiting(queuedAttendance().length);
    setMessage(t("circles.own.saved"));
    void syncAttendance().then((r) => {
      setWaiting(queuedAttendance().length);
      if (r.sent > 0) setMessage(t("circles.own.synced"));
    });
  };
  return (
    <>
      <Heading1>{s.theme}</Heading1>
      <Paragraph>
        {screen.circleName} · {formatDayWithWeekday(s.date, i18n.language)} {s.startTime}–{s.endTime} ·{" "}
        {screen.place}
      </Paragraph>
      {s.guide && (
        <details>
          <summary>{t("circles.own.guide")}</summary>
          <Paragraph>{s.guide}</Paragraph>
        </details>
      )}
      {message && <Notice>{message}</Notice>}
      {waiting > 0 && <Paragraph>{t("circles.own.waiting", { count: waiting })}</Paragraph>}
      <form className="inzet-form" noValidate onSubmit={save}>
        {screen.participants.map((p) => (
          <ParticipantFields key={p.participantId} participant={p} />
        ))}
        <TextAreaField name="note" label={t("circles.own.note")} defaultValue={s.note} />
        <div>
          <SubmitButton busy={false}>{t("circles.own.save")}</SubmitButton>
        </div>
      </form>
    </>
  );
}

function ParticipantFields({ participant: p }: { participant: LeaderSession["participants"][number] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`p-${p.participantId}`}>
      <Heading2 id={`p-${p.participantId}`}>{p.name}</Heading2>
      <details>
        <summary>{t("circles.leaderGoals.title", { name: p.name })}</summary>
        {p.goals.length === 0 ? (
          <Paragraph>{t("circles.leaderGoals.none")}</Paragraph>
        ) : (
          <UnorderedList>
            {p.goals.map((g) => (
              <UnorderedListItem key={g.id}>
                {g.text}
                {g.reachedOn ? ` (${t("circles.leaderGoals.reached")})` : ""}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </details>
      <RadioGroupField
        name={`status-${p.participantId}`}
        legend={t("circles.own.attendance", { name: p.name })}
        defaultValue={p.status ?? "present"}
        options={attendanceStatuses.map((a) => ({ value: a, label: t(`circles.attendance.${a}`) }))}
      />
      <TextField
        name={`progress-${p.participantId}`}
        label={t("circles.own.progress")}
        defaultValue={p.progress}
      />
      <RadioGroupField
        name={`scale-${p.participantId}`}
        legend={t("circles.own.scale")}
        inline
        defaultValue={p.scale ? String(p.scale) : null}
        options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))}
      />
    </section>
  );
}
