import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../ui/app-link.tsx";
import { formatDayWithWeekday } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { outreachApi, outreachQueries } from "./api.ts";
import { VisitForm } from "./visit-form.tsx";
import { dropVisit, keepDoorstep, keptDoorstep, queuedVisits, syncVisits } from "./visit-queue.ts";

/** Online or not, as the browser sees it, updated on change. */
function useOnline() {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}

/**
 * The doorstep screen for a pair (phone first): the walk list of their shift in walking order, and a
 * short form per door. It keeps working without a connection: the list is kept on the phone and
 * visits wait in a queue until they can be sent.
 */
const route = getRouteApi("/app/huisbezoek/$id");

/** The shift's walk list: fresh when online, else the copy kept on the phone. */
function useDoorstep(id: string) {
  return useQuery({
    queryKey: outreachQueries.doorstep(id).queryKey,
    queryFn: async () => {
      try {
        const fresh = await outreachApi.doorstep(id);
        keepDoorstep(fresh);
        return fresh;
      } catch (error) {
        const kept = keptDoorstep(id);
        if (kept && error instanceof TypeError) return kept;
        throw error;
      }
    },
    initialData: () => keptDoorstep(id) ?? undefined,
    networkMode: "offlineFirst",
    retry: false,
  });
}

/**
 * The visits waiting on the phone, sent when the connection comes back, once on opening, and every
 * 10 seconds while some wait: at the door the phone often says it is online while requests still fail
 * (weak signal), and then no "online" event comes.
 */
function useVisitQueue(online: boolean, onSent: (count: number) => Promise<unknown>) {
  const [queue, setQueue] = useState(queuedVisits);
  const sync = useCallback(async () => {
    const { sent } = await syncVisits();
    setQueue(queuedVisits());
    if (sent > 0) await onSent(sent);
  }, [onSent]);
  useEffect(() => {
    if (online) void sync();
  }, [online, sync]);
  const waiting = queue.some((visit) => !visit.error);
  useEffect(() => {
    if (!online || !waiting) return;
    const timer = setInterval(() => void sync(), 10_000);
    return () => clearInterval(timer);
  }, [online, waiting, sync]);
  return { queue, setQueue, sync };
}

export function DoorstepPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const online = useOnline();
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const doorstep = useDoorstep(id);
  // Depends only on stable functions: the effects of the queue must not run again on every render.
  const { refetch } = doorstep;
  const onSent = useCallback(
    async (count: number) => {
      setMessage(t("outreach.doorstep.synced", { count }));
      await refetch();
    },
    [refetch, t],
  );
  const { queue, setQueue, sync } = useVisitQueue(online, onSent);

  if (doorstep.isError && !doorstep.data) return <ErrorMessage error={doorstep.error} />;
  if (!doorstep.data) return <Loading />;
  const d = doorstep.data;
  const mine = queue.filter((v) => v.body.shiftId === id);
  const visitedIds = new Set([...d.visits.map((v) => v.addressId), ...mine.map((v) => v.body.addressId)]);
  const outcomeOf = (addressId: string) =>
    mine.find((v) => v.body.addressId === addressId)?.body.outcome ??
    d.visits.find((v) => v.addressId === addressId)?.outcome;

  return (
    <>
      <Heading1>{d.shift.walkListName ?? t("outreach.doorstep.noList")}</Heading1>
      <Paragraph>
        {d.shift.campaignName} · {formatDayWithWeekday(d.shift.date, i18n.language)} · {d.shift.startTime}–
        {d.shift.endTime}
      </Paragraph>
      <div
        className={online ? "inzet-connection" : "inzet-connection inzet-connection--offline"}
        role="status"
      >
        {online ? t("outreach.doorstep.online") : t("outreach.doorstep.offline")}{" "}
        {mine.filter((v) => !v.error).length > 0 &&
          t("outreach.doorstep.waiting", { count: mine.filter((v) => !v.error).length })}
      </div>
      {online && mine.some((v) => !v.error) && (
        <Button appearance="secondary-action-button" onClick={() => void sync()}>
          {t("outreach.doorstep.sendNow")}
        </Button>
      )}
      {message && <Notice>{message}</Notice>}
      {mine
        .filter((v) => v.error)
        .map((v) => (
          <div key={v.id} role="alert" className="utrecht-alert utrecht-alert--error">
            <Paragraph>
              {t("outreach.doorstep.refused", {
                address: d.addresses.find((a) => a.id === v.body.addressId)?.line ?? "",
                reason: v.error,
              })}
            </Paragraph>
            <Button
              appearance="secondary-action-button"
              onClick={() => {
                dropVisit(v.id);
                setQueue(queuedVisits());
              }}
            >
              {t("outreach.doorstep.dismiss")}
            </Button>
          </div>
        ))}
      <Heading2>
        {t("outreach.doorstep.doors", { count: d.addresses.length, done: visitedIds.size })}
      </Heading2>
      <ol className="inzet-doors">
        {d.addresses.map((a) => (
          <li key={a.id} className={visitedIds.has(a.id) ? "inzet-door inzet-door--done" : "inzet-door"}>
            <Button
              appearance={open === a.id ? "primary-action-button" : "subtle-button"}
              aria-expanded={open === a.id}
              onClick={() => setOpen(open === a.id ? null : a.id)}
            >
              {a.line}
              {visitedIds.has(a.id) ? ` – ${t(`outreach.outcomes.${outcomeOf(a.id)}`)}` : ""}
            </Button>
            {open === a.id && (
              <VisitForm
                doorstep={d}
                addressId={a.id}
                onSaved={async () => {
                  setOpen(null);
                  setQueue(queuedVisits());
                  setMessage(
                    navigator.onLine ? t("outreach.doorstep.saved") : t("outreach.doorstep.savedOffline"),
                  );
                  if (navigator.onLine) await sync();
                }}
              />
            )}
          </li>
        ))}
      </ol>
      <Paragraph>
        <AppLink to="/mijn-profiel">{t("outreach.doorstep.back")}</AppLink>
      </Paragraph>
    </>
  );
}
