import type { AttendanceSync, LeaderSession } from "../../../shared/circles/attendance.ts";
import { attendanceEndpoints } from "../../../shared/circles/attendance.ts";
import { ApiError, call } from "../../api.ts";

/**
 * The leader's session screen works without a connection, the same way as the doorstep
 * (web/features/outreach/visit-queue.ts): the screen is kept on the phone, each save goes into a queue
 * with an id made here, and the queue is sent when there is a connection. The same id sent again is
 * answered 409 already_recorded, so a save is never stored twice.
 */
const QUEUE = "inzet.attendanceQueue";
const sessionKey = (id: string) => `inzet.circleSession.${id}`;

export type QueuedAttendance = { id: string; sessionId: string; body: AttendanceSync; error?: string };

const read = <T>(key: string, fallback: T): T => {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
};

export const keepSession = (s: LeaderSession) =>
  localStorage.setItem(sessionKey(s.session.id), JSON.stringify(s));
export const keptSession = (id: string) => read<LeaderSession | null>(sessionKey(id), null);
export const queuedAttendance = () => read<QueuedAttendance[]>(QUEUE, []);
const save = (queue: QueuedAttendance[]) => localStorage.setItem(QUEUE, JSON.stringify(queue));

export function enqueueAttendance(sessionId: string, body: AttendanceSync) {
  const item = { id: crypto.randomUUID(), sessionId, body };
  save([...queuedAttendance(), item]);
  return item;
}

let running: Promise<{ sent: number; failed: number }> | null = null;

/** Sends the queue in order; stops at the first network failure (the rest waits for the next try). */
export function syncAttendance(): Promise<{ sent: number; failed: number }> {
  running ??= (async () => {
    let sent = 0;
    let failed = 0;
    for (const item of queuedAttendance().filter((q) => !q.error)) {
      try {
        const answer = await call(attendanceEndpoints.sync, {
          params: { id: item.sessionId, syncId: item.id },
          body: item.body,
        });
        keepSession(answer);
        sent++;
        save(queuedAttendance().filter((q) => q.id !== item.id));
      } catch (error) {
        if (error instanceof ApiError && error.code === "already_recorded") {
          sent++;
          save(queuedAttendance().filter((q) => q.id !== item.id));
        } else if (
          error instanceof ApiError &&
          error.status < 500 &&
          error.status !== 401 &&
          error.status !== 429
        ) {
          failed++;
          save(queuedAttendance().map((q) => (q.id === item.id ? { ...q, error: error.message } : q)));
        } else break;
      }
    }
    return { sent, failed };
  })().finally(() => {
    running = null;
  });
  return running;
}
