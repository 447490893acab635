import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import type { CircleMonitor } from "../../../shared/circles/monitor.ts";
import { endOutcomes } from "../../../shared/coaching.ts";
import { type Rate, shownValue } from "../../../shared/small-counts.ts";
import { useCountText } from "../../ui/count.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { TextField } from "../../ui/form.tsx";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { circleQueries, monitorExportHref } from "./api.ts";

const route = getRouteApi("/app/kringen-cijfers");

/** Circles per programme and coaching per organisation, with small counts hidden (ADR 0014). */
export function MonitorPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const period = { from: search.van, to: search.tot };
  const monitor = useQuery({ ...circleQueries.monitor(period), placeholderData: keepPreviousData });
  const text = useCountText();
  return (
    <>
      <Heading1>{t("circles.monitor.title")}</Heading1>
      <Paragraph>{t("circles.monitor.intro")}</Paragraph>
      <Paragraph>{text.explained}</Paragraph>
      <search>
        <form
          className="inzet-filters"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            void navigate({
              search: {
                van: String(data.get("from") || "") || undefined,
                tot: String(data.get("to") || "") || undefined,
              },
            });
          }}
        >
          <TextField name="from" type="date" label={t("circles.monitor.from")} defaultValue={period.from} />
          <TextField name="to" type="date" label={t("circles.monitor.to")} defaultValue={period.to} />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("circles.monitor.show")}
            </button>
          </div>
        </form>
      </search>
      <Paragraph>
        <a className="utrecht-link" href={monitorExportHref("csv", period)} download>
          {t("circles.monitor.csv")}
        </a>{" "}
        ·{" "}
        <a className="utrecht-link" href={monitorExportHref("xlsx", period)} download>
          {t("circles.monitor.xlsx")}
        </a>
      </Paragraph>
      {monitor.isPending ? (
        <Loading />
      ) : monitor.isError ? (
        <ErrorMessage error={monitor.error} />
      ) : (
        <>
          <ProgrammeTable monitor={monitor.data} />
          <CoachingTable monitor={monitor.data} />
        </>
      )}
    </>
  );
}

/** A rate as a bar and a percentage; hidden rates show the words only. */
function RateBar({ rate }: { rate: Rate }) {
  const text = useCountText();
  const value = shownValue(rate);
  if (value === null) return text.rate(rate);
  return (
    <span className="inzet-bar inzet-bar--cell">
      <span className="inzet-bar__track" aria-hidden="true">
        <span className="inzet-bar__fill" style={{ width: `${value * 100}%`, display: "block" }} />
      </span>
      {text.rate(rate)}
    </span>
  );
}

function ProgrammeTable({ monitor }: { monitor: CircleMonitor }) {
  const { t } = useTranslation();
  const text = useCountText();
  type Row = CircleMonitor["programmes"][number];
  const total: Row = {
    ...monitor.programmeTotal,
    programmeId: "total",
    name: t("circles.monitor.total"),
    organisationName: "",
  };
  return (
    <DataTable<Row>
      caption={t("circles.monitor.programmesCaption")}
      rows={monitor.programmes}
      rowKey={(r) => r.programmeId}
      empty={t("circles.monitor.noProgrammes")}
      footer={total}
      columns={[
        {
          header: t("circles.monitor.programme"),
          cell: (r) => (r.organisationName ? `${r.name} (${r.organisationName})` : r.name),
        },
        { header: t("circles.monitor.circles"), cell: (r) => text.count(r.circles) },
        { header: t("circles.monitor.participants"), cell: (r) => text.count(r.participants) },
        { header: t("circles.monitor.left"), cell: (r) => text.count(r.left) },
        { header: t("circles.monitor.goalsReached"), cell: (r) => text.count(r.goalsReached) },
        { header: t("circles.monitor.becameLeaders"), cell: (r) => text.count(r.becameLeaders) },
        { header: t("circles.monitor.attendance"), cell: (r) => <RateBar rate={r.attendanceRate} /> },
      ]}
    />
  );
}

function CoachingTable({ monitor }: { monitor: CircleMonitor }) {
  const { t, i18n } = useTranslation();
  const text = useCountText();
  type Row = CircleMonitor["coaching"][number];
  const total: Row = {
    ...monitor.coachingTotal,
    organisationId: "total",
    organisationName: t("circles.monitor.total"),
  };
  return (
    <DataTable<Row>
      caption={t("circles.monitor.coachingCaption")}
      rows={monitor.coaching}
      rowKey={(r) => r.organisationId}
      empty={t("circles.monitor.noCoaching")}
      footer={total}
      columns={[
        { header: t("circles.monitor.organisation"), cell: (r) => r.organisationName },
        { header: t("circles.monitor.started"), cell: (r) => text.count(r.started) },
        { header: t("circles.monitor.active"), cell: (r) => text.count(r.active) },
        { header: t("circles.monitor.escalated"), cell: (r) => text.count(r.escalated) },
        { header: t("circles.monitor.ended"), cell: (r) => text.count(r.ended) },
        ...endOutcomes.map((o) => ({
          header: t(`circles.monitor.outcomes.${o}`),
          cell: (r: Row) => text.count(r.outcomes[o]),
        })),
        {
          header: t("circles.monitor.meanDays"),
          cell: (r) => (r.meanDays === null ? "–" : r.meanDays.toLocaleString(i18n.language)),
        },
      ]}
    />
  );
}
