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
import { SMALL_COUNT } from "../../../shared/privacy.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { outreachApi } from "./api.ts";

/**
 * The campaign per neighbourhood: reach, conversations, signals per topic, plans, follow-ups and
 * referrals, as a table with bars (the chart and its accessible form in one), with CSV and XLSX.
 */
export function MonitorSection({ campaignId }: { campaignId: string }) {
  const { t, i18n } = useTranslation();
  const monitor = useQuery({
    queryKey: ["outreach", campaignId, "monitor"],
    queryFn: () => outreachApi.monitor(campaignId),
  });
  if (monitor.isPending) return <Loading />;
  if (monitor.isError) return <ErrorMessage error={monitor.error} />;
  const m = monitor.data;
  const max = Math.max(1, m.total.doors ?? 1);
  const value = (n: number | null) =>
    n === null ? (
      t("outreach.monitor.hidden", { n: SMALL_COUNT })
    ) : (
      <span className="inzet-bar inzet-bar--cell">
        <span className="inzet-bar__track" aria-hidden="true">
          <span className="inzet-bar__fill" style={{ width: `${(n / max) * 100}%`, display: "block" }} />
        </span>
        {n.toLocaleString(i18n.language)}
      </span>
    );
  const cells = (r: MonitorRow) => [
    r.doors,
    r.visited,
    r.reached,
    r.conversations,
    ...m.topics.map((topic) => r.signals[topic.code] ?? 0),
    r.plans,
    r.followUpsDone,
    r.referrals,
    r.referralsDone,
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
  ];
  return (
    <section aria-labelledby="monitor-title">
      <Heading2 id="monitor-title">{t("outreach.monitor.title")}</Heading2>
      <Paragraph>
        {t("outreach.monitor.hours", { hours: m.volunteerHours.toLocaleString(i18n.language) })}
        {m.suppressed && ` ${t("outreach.monitor.suppressed", { n: SMALL_COUNT })}`}
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
