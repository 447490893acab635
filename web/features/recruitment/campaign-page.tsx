import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import {
  Heading1,
  Heading2,
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
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FunnelRow } from "../../../shared/recruitment.ts";
import { shownValue } from "../../../shared/small-counts.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { useCountText } from "../../ui/count.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { hasPermission, meQuery } from "../accounts/api.ts";
import { useOrganisationOptions } from "../organisations/index.ts";
import { labelOf, volunteerSettingsQuery } from "../volunteers/api.ts";
import { campaignKeys, funnelQuery, recruitmentApi } from "./api.ts";
import { CampaignForm } from "./campaign-form.tsx";

const stages = ["signedUp", "intake", "active", "activeAfter3Months", "activeAfter6Months"] as const;
const stageLabel = {
  signedUp: "signedUp",
  intake: "intake",
  active: "active",
  activeAfter3Months: "after3",
  activeAfter6Months: "after6",
} as const;

const route = getRouteApi("/app/werving/$id");

/** A campaign: the funnel per channel (a table with bars), the sign-up link, and editing. */
export function CampaignPage() {
  const { t } = useTranslation();
  const text = useCountText();
  const { id } = route.useParams();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  const settings = useQuery(volunteerSettingsQuery).data;
  const organisations = useOrganisationOptions();
  const funnel = useQuery({
    ...funnelQuery(id),
  });
  const [saved, setSaved] = useState(false);
  if (funnel.isError) return <ErrorMessage error={funnel.error} />;
  if (funnel.isPending || !settings) return <Loading />;
  const { campaign, rows, total } = funnel.data;
  // Bars relative to the largest shown count (the total may be hidden).
  const max = Math.max(1, ...[total, ...rows].map((r) => shownValue(r.signedUp) ?? 0));
  const anyHidden = [total, ...rows].some((r) => stages.some((stage) => "hidden" in r[stage]));
  const cell = (row: FunnelRow, stage: (typeof stages)[number]) => {
    const value = shownValue(row[stage]);
    if (value === null) return text.count(row[stage]);
    return (
      <span className="inzet-bar inzet-bar--cell">
        <span className="inzet-bar__track" aria-hidden="true">
          <span className="inzet-bar__fill" style={{ width: `${(value / max) * 100}%`, display: "block" }} />
        </span>
        <span>{text.count(row[stage])}</span>
      </span>
    );
  };
  const signupLink = `${window.location.origin}/aanmelden?campagne=${campaign.id}`;
  const isCoordinator =
    me?.activeMembership?.role === "coordinator" && Boolean(me.activeMembership.organisationId);
  return (
    <>
      <Heading1>{campaign.name}</Heading1>
      {campaign.goal && <Paragraph>{campaign.goal}</Paragraph>}
      <Paragraph>
        {t("volunteers.campaigns.signupLink")}: <code>{signupLink}</code>
      </Paragraph>
      <Heading2>{t("volunteers.campaigns.funnel")}</Heading2>
      {anyHidden && <Paragraph>{text.explained}</Paragraph>}
      <div className="inzet-table-scroll">
        <Table>
          <TableCaption>{t("volunteers.campaigns.funnelCaption")}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("volunteers.campaigns.channels")}</TableHeaderCell>
              {stages.map((stage) => (
                <TableHeaderCell key={stage} scope="col">
                  {t(`volunteers.campaigns.${stageLabel[stage]}`)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.channel}>
                <TableHeaderCell scope="row">
                  {row.channel ? labelOf(settings.channels, row.channel) : "–"}
                </TableHeaderCell>
                {stages.map((stage) => (
                  <TableCell key={stage}>{cell(row, stage)}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableHeaderCell scope="row">{t("volunteers.campaigns.total")}</TableHeaderCell>
              {stages.map((stage) => (
                <TableCell key={stage}>{text.count(total[stage])}</TableCell>
              ))}
            </TableRow>
          </TableFooter>
        </Table>
      </div>
      {hasPermission(me, "recruitment.manage") && (
        <>
          <Heading2>{t("volunteers.campaigns.save")}</Heading2>
          {saved && <Notice>{t("common.saved")}</Notice>}
          <CampaignForm
            key={JSON.stringify(campaign)}
            campaign={campaign}
            channels={settings.channels}
            organisations={isCoordinator ? null : organisations}
            onSubmit={async (values) => {
              await recruitmentApi.updateCampaign(id, values);
              await Promise.all(campaignKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
              setSaved(true);
            }}
          />
        </>
      )}
      <Paragraph>
        <AppLink to="/werving">{t("volunteers.campaigns.back")}</AppLink>
      </Paragraph>
    </>
  );
}
