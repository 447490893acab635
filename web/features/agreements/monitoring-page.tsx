import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import type { Light, Measure, Monitoring } from "../../../shared/agreements/monitoring.ts";
import { hiddenLabel } from "../../../shared/small-counts.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { formatDay, formatMonth } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { hasPermission, meQuery } from "../accounts/api.ts";
import { agreementQueries } from "./api.ts";
import { IndicatorValues } from "./indicator-values.tsx";

const route = getRouteApi("/app/afspraken/$id/monitoring");
const lightColour: Record<Light, string> = {
  green: "#1a7f37",
  orange: "#9a6700",
  red: "#b42318",
  unknown: "#555",
};

const shown = (m: Measure) => ("shown" in m ? String(m.shown) : hiddenLabel.small);

/** A small bar chart of the months against the monthly target (decorative; the numbers are in the table). */
function Trend({ months, target }: { months: { month: string; actual: Measure }[]; target: number }) {
  const values = months.map((m) => ("shown" in m.actual ? m.actual.shown : 0));
  const max = Math.max(target, ...values, 1);
  const w = 14;
  return (
    <svg width={months.length * (w + 4) + 4} height={44} aria-hidden="true" focusable="false">
      <line
        x1={0}
        x2={months.length * (w + 4) + 4}
        y1={40 - (target / max) * 36}
        y2={40 - (target / max) * 36}
        stroke="#333"
        strokeDasharray="3 2"
      />
      {values.map((v, i) => (
        <rect
          key={months[i]!.month}
          x={4 + i * (w + 4)}
          y={40 - (v / max) * 36}
          width={w}
          height={(v / max) * 36}
          fill="#01689b"
        />
      ))}
    </svg>
  );
}

/** Actual against target per indicator, from Inzet's own data for the wijk, and the guard's signals. */
export function MonitoringPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const monitoring = useQuery(agreementQueries.monitoring(id));
  const manage = hasPermission(useQuery(meQuery).data, "agreements.manage");
  if (monitoring.isPending) return <Loading />;
  if (monitoring.isError) return <ErrorMessage error={monitoring.error} />;
  const m: Monitoring = monitoring.data;
  return (
    <>
      <Heading1>{t("agreements.monitoring.title", { title: m.title })}</Heading1>
      <Paragraph>
        {t("agreements.monitoring.period", {
          version: m.versionNumber,
          from: formatDay(m.from, i18n.language),
          to: formatDay(m.to, i18n.language),
        })}{" "}
        <AppLink to="/afspraken/$id" params={{ id }}>
          {t("agreements.monitoring.toAgreement")}
        </AppLink>
      </Paragraph>
      <Paragraph>{t("agreements.monitoring.smallCounts")}</Paragraph>
      {m.activities.map((a) => (
        <ActivityResults key={a.key} a={a} />
      ))}
      <IndicatorValues id={id} monitoring={m} manage={manage} />
      <Heading2>{t("agreements.guard.signals")}</Heading2>
      <DataTable
        caption={t("agreements.guard.signals")}
        rows={m.signals}
        rowKey={(s) => `${s.kind}-${s.subject}-${s.volunteerName}-${s.detail}`}
        empty={t("agreements.guard.none")}
        columns={[
          { header: t("agreements.guard.kind"), cell: (s) => t(`agreements.signalKinds.${s.kind}`) },
          { header: t("agreements.guard.subject"), cell: (s) => s.subject },
          {
            header: t("agreements.guard.volunteer"),
            cell: (s) => s.volunteerName ?? t("agreements.guard.aVolunteer"),
          },
          { header: t("agreements.guard.hours"), cell: (s) => s.hours },
          { header: t("agreements.guard.detail"), cell: (s) => s.detail },
        ]}
      />
    </>
  );
}

function ActivityResults({ a }: { a: Monitoring["activities"][number] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby={`activity-${a.key}`}>
      <Heading2 id={`activity-${a.key}`}>
        {a.title}
        {a.offTrack && (
          <strong className="inzet-flag">
            {" "}
            {t("agreements.monitoring.offTrack", { owner: a.ownerPartyName })}
          </strong>
        )}
      </Heading2>
      {a.signalled.map((n) => (
        <Paragraph key={n.month}>
          {t(n.recipients > 0 ? "agreements.monitoring.signalled" : "agreements.monitoring.signalledNobody", {
            month: formatMonth(n.month, i18n.language),
            day: formatDay(n.sentAt, i18n.language),
            count: n.recipients,
            owner: a.ownerPartyName,
          })}
        </Paragraph>
      ))}
      <Paragraph>
        {t("agreements.monitoring.mix", {
          volunteer: a.agreedVolunteerHoursPerMonth,
          professional: a.agreedProfessionalHoursPerMonth,
        })}
      </Paragraph>
      <DataTable
        caption={t("agreements.monitoring.caption", { title: a.title })}
        rows={a.indicators}
        rowKey={(x) => x.key}
        empty={t("agreements.monitoring.empty")}
        columns={[
          {
            header: t("agreements.monitoring.indicator"),
            cell: (x) => `${x.name} (${t(`agreements.sources.${x.source}`)})`,
          },
          { header: t("agreements.monitoring.actual"), cell: (x) => shown(x.total) },
          { header: t("agreements.monitoring.targetSoFar"), cell: (x) => x.targetSoFar },
          {
            header: t("agreements.monitoring.light"),
            cell: (x) => (
              <span style={{ color: lightColour[x.light], fontWeight: "bold" }}>
                ● {t(`agreements.lights.${x.light}`)}
              </span>
            ),
          },
          {
            header: t("agreements.monitoring.months"),
            cell: (x) => (
              <>
                <Trend months={x.months} target={x.targetPerMonth} />
                <div>{x.months.map((mo) => `${mo.month}: ${shown(mo.actual)}`).join(" · ")}</div>
              </>
            ),
          },
        ]}
      />
    </section>
  );
}
