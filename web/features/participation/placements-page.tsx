import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Placement } from "../../../shared/participation/placements.ts";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { participationApi, participationQueries } from "./api.ts";
import { HoursForm } from "./hours-form.tsx";
import "./placement-strings.ts";
import { ReportedWeeks } from "./reported-weeks.tsx";

/** The organisation's coordinator reports hours for the participation placements the client disclosed. */
export function PlacementsPage() {
  const { t } = useTranslation();
  const list = useQuery(participationQueries.placements());
  return (
    <>
      <Heading1>{t("participation.placements.title")}</Heading1>
      <Paragraph>{t("participation.placements.intro")}</Paragraph>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Paragraph>{t("participation.placements.empty")}</Paragraph>
      ) : (
        list.data.items.map((p) => <PlacementCard key={p.id} placement={p} />)
      )}
    </>
  );
}

function PlacementCard({ placement: p }: { placement: Placement }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [saved, setSaved] = useState(false);
  return (
    <section className="inzet-card" aria-labelledby={`placement-${p.id}`}>
      <Heading2 id={`placement-${p.id}`}>{p.name}</Heading2>
      <Paragraph>
        {p.description} ·{" "}
        {t("participation.placements.agreed", {
          hours: p.hoursPerWeek,
          start: formatDay(p.startDate, i18n.language),
        })}
      </Paragraph>
      <ReportedWeeks name={p.name} weeks={p.weeks} />
      {saved && <Notice>{t("participation.placements.saved", { name: p.name })}</Notice>}
      <HoursForm
        onSubmit={async (values) => {
          await participationApi.placementHours(p.id, values);
          setSaved(true);
          await client.invalidateQueries({ queryKey: participationQueries.keys.placements });
        }}
      />
    </section>
  );
}
