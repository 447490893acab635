import type { Doorstep, VisitInput } from "../../../shared/outreach.ts";
import { ApiError, api } from "../../api.ts";

/**
 * The doorstep works without a connection: the shift's walk list is kept on the phone, and every
 * visit goes into a queue first. The queue is sent when there is a connection; the visit id is made
 * here, so sending the same visit again is answered 409 already_recorded and never stored twice.
 */
const QUEUE = "inzet.visitQueue";
const doorstepKey = (shiftId: string) => `inzet.doorstep.${shiftId}`;

export type QueuedVisit = { id: string; body: VisitInput; error?: string };

const read = <T>(key: string, fallback: T): T => {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
};

export const keepDoorstep = (doorstep: Doorstep) =>
  localStorage.setItem(doorstepKey(doorstep.shift.id), JSON.stringify(doorstep));
export const keptDoorstep = (shiftId: string) => read<Doorstep | null>(doorstepKey(shiftId), null);

export const queuedVisits = () => read<QueuedVisit[]>(QUEUE, []);
const saveQueue = (queue: QueuedVisit[]) => localStorage.setItem(QUEUE, JSON.stringify(queue));

export function enqueueVisit(body: VisitInput) {
  const visit = { id: crypto.randomUUID(), body };
  saveQueue([...queuedVisits(), visit]);
  return visit;
}

/** The time now as local time with its offset ("2026-11-23T15:05:00+01:00"): the day is the local day. */
export function localNow(now = new Date()) {
  const offset = -now.getTimezoneOffset();
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, "0");
  const local = new Date(now.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${offset >= 0 ? "+" : "-"}${pad(offset / 60)}:${pad(offset % 60)}`;
}

let running: Promise<{ sent: number; failed: number }> | null = null;

/** Sends the queue in order; stops at the first network failure (the rest waits for the next try). */
export function syncVisits(): Promise<{ sent: number; failed: number }> {
  running ??= (async () => {
    let sent = 0;
    let failed = 0;
    for (const visit of queuedVisits().filter((v) => !v.error)) {
      try {
        await api(`/api/me/outreach-visits/${visit.id}`, { method: "PUT", body: visit.body });
        sent++;
        saveQueue(queuedVisits().filter((v) => v.id !== visit.id));
      } catch (error) {
        if (error instanceof ApiError && error.code === "already_recorded") {
          sent++;
          saveQueue(queuedVisits().filter((v) => v.id !== visit.id));
        } else if (
          error instanceof ApiError &&
          error.status < 500 &&
          error.status !== 401 &&
          error.status !== 429
        ) {
          // Refused for good (e.g. not on this walk list): keep it visible, with the reason.
          failed++;
          saveQueue(queuedVisits().map((v) => (v.id === visit.id ? { ...v, error: error.message } : v)));
        } else break;
      }
    }
    return { sent, failed };
  })().finally(() => {
    running = null;
  });
  return running;
}

export function dropVisit(id: string) {
  saveQueue(queuedVisits().filter((v) => v.id !== id));
}
