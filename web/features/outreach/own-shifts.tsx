import { useQuery } from "@tanstack/react-query";
import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { amsterdamDay } from "../../../shared/dates.ts";
import type { Shift } from "../../../shared/outreach.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { ErrorMessage, Notice } from "../../ui/status.tsx";
import { outreachApi, outreachQueries } from "./api.ts";
import { shiftWhen } from "./shifts-section.tsx";

/** A volunteer's door-to-door shifts, with check-in and check-out on the day. */
export function OwnShifts() {
  const { t, i18n } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const shifts = useQuery(outreachQueries.ownShifts());
  if (!shifts.data || shifts.data.length === 0) return null;
  const today = amsterdamDay();
  const me = (s: Shift) => s.members.find((m) => m.self);
  const check = async (s: Shift, what: "in" | "out") => {
    setError(null);
    try {
      await outreachApi.check(s.id, what);
      setMessage(what === "in" ? t("outreach.shifts.checkedInNow") : t("outreach.shifts.checkedOutNow"));
      await shifts.refetch();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section aria-labelledby="own-shifts-title">
      <Heading2 id="own-shifts-title">{t("outreach.shifts.ownTitle")}</Heading2>
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      <ul className="inzet-cards">
        {shifts.data.map((s) => {
          const mine = me(s);
          return (
            <li key={s.id} className="inzet-card">
              <Paragraph>
                <strong>{shiftWhen(s, i18n.language)}</strong>
                <br />
                {s.campaignName}
                {s.walkListName ? ` · ${s.walkListName}` : ""}
                <br />
                {t("outreach.shifts.with", {
                  names: s.members
                    .filter((m) => m !== mine)
                    .map((m) => m.name)
                    .join(", "),
                })}
              </Paragraph>
              <Paragraph>
                <AppLink to="/huisbezoek/$id" params={{ id: s.id }}>
                  {t("outreach.doorstep.open")}
                </AppLink>
              </Paragraph>
              {s.date === today && mine && !mine.checkedInAt && (
                <Button appearance="primary-action-button" onClick={() => void check(s, "in")}>
                  {t("outreach.shifts.checkIn")}
                </Button>
              )}
              {s.date === today && mine?.checkedInAt && !mine.checkedOutAt && (
                <Button appearance="secondary-action-button" onClick={() => void check(s, "out")}>
                  {t("outreach.shifts.checkOut")}
                </Button>
              )}
              {mine?.checkedOutAt && <Paragraph>{t("outreach.shifts.done")}</Paragraph>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
