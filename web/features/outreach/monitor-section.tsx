import { useQuery } from "@tanstack/react-query";
import {
  Heading2,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import type { MonitorRow } from "../../../shared/outreach.ts";
import { type Count, shownValue } from "../../../shared/small-counts.ts";
import { useCountText } from "../../ui/count.tsx";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { outreachQueries } from "./api.ts";

/**
 * The campaign per neighbourhood: reach, conversations, signals per topic, plans, follow-ups and
 * referrals, as a table with bars (the chart and its accessible form in one), with CSV and XLSX.
 */
export function MonitorSection({ campaignId }: { campaignId: string }) {
  const { t, i18n } = useTranslation();
  const text = useCountText();
  const monitor = useQuery({
    ...outreachQueries.monitor(campaignId),
  });
  if (monitor.isPending) return <Loading />;
  if (monitor.isError) return <ErrorMessage error={monitor.error} />;
  const m = monitor.data;
  // Bars relative to the largest shown count (the total of doors may be hidden).
  const max = Math.max(1, ...[m.total, ...m.rows].map((r) => shownValue(r.doors) ?? 0));
  const value = (c: Count) => {
    const n = shownValue(c);
    return n === null ? (
      text.count(c)
    ) : (
      <span className="inzet-bar inzet-bar--cell">
        <span className="inzet-bar__track" aria-hidden="true">
          <span className="inzet-bar__fill" style={{ width: `${(n / max) * 100}%`, display: "block" }} />
        </span>
        {text.count(c)}
      </span>
    );
  };
  const cells = (r: MonitorRow): Count[] => [
    r.doors,
    r.visited,
    r.reached,
    r.conversations,
    ...m.topics.map((topic) => r.signals[topic.code]!),
    r.plans,
    r.followUpsDone,
    r.referrals,
    r.referralsDone,
    r.referralsNotTakenUp,
  ];
  const headers = [
    t("outreach.monitor.doors"),
    t("outreach.monitor.visited"),
    t("outreach.monitor.reached"),
    t("outreach.monitor.conversations"),
    ...m.topics.map((topic) => topic.label),
    t("outreach.monitor.plans"),
    t("outreach.monitor.followUps"),
    t("outreach.monitor.referrals"),
    t("outreach.monitor.referralsDone"),
    t("outreach.monitor.referralsNotTakenUp"),
  ];
  return (
    <section aria-labelledby="monitor-title">
      <Heading2 id="monitor-title">{t("outreach.monitor.title")}</Heading2>
      <Paragraph>
        {t("outreach.monitor.hours", { hours: m.volunteerHours.toLocaleString(i18n.language) })}
        {m.suppressed && ` ${text.explained}`}
      </Paragraph>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls; keyboard users must reach it (WCAG 2.1.1) */}
      <section className="inzet-table-scroll" tabIndex={0} aria-label={t("outreach.monitor.caption")}>
        <Table>
          <TableCaption>{t("outreach.monitor.caption")}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("outreach.monitor.neighbourhood")}</TableHeaderCell>
              {headers.map((header) => (
                <TableHeaderCell key={header} scope="col">
                  {header}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {m.rows.map((row) => (
              <TableRow key={row.neighbourhood}>
                <TableHeaderCell scope="row">{row.neighbourhood}</TableHeaderCell>
                {cells(row).map((n, i) => (
                  <TableCell key={headers[i]}>{value(n)}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableHeaderCell scope="row">{t("outreach.monitor.total")}</TableHeaderCell>
              {cells(m.total).map((n, i) => (
                <TableCell key={headers[i]}>{value(n)}</TableCell>
              ))}
            </TableRow>
          </TableFooter>
        </Table>
      </section>
      <Paragraph>
        <Link href={`/api/outreach/campaigns/${campaignId}/monitor/export?format=csv`} download>
          {t("outreach.monitor.csv")}
        </Link>{" "}
        ·{" "}
        <Link href={`/api/outreach/campaigns/${campaignId}/monitor/export?format=xlsx`} download>
          {t("outreach.monitor.xlsx")}
        </Link>
      </Paragraph>
    </section>
  );
}
