import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { hasPermission, meQuery } from "../accounts/api.ts";
import { useOrganisationOptions } from "../organisations/index.ts";
import { volunteerSettingsQuery } from "../volunteers/api.ts";
import { campaignKeys, campaignsQuery, recruitmentApi } from "./api.ts";
import { CampaignForm } from "./campaign-form.tsx";

export function RecruitmentPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  const settings = useQuery(volunteerSettingsQuery).data;
  const organisations = useOrganisationOptions();
  const campaigns = useQuery(campaignsQuery);
  const isCoordinator =
    me?.activeMembership?.role === "coordinator" && Boolean(me.activeMembership.organisationId);
  return (
    <>
      <Heading1>{t("volunteers.campaigns.title")}</Heading1>
      <Paragraph>{t("volunteers.campaigns.intro")}</Paragraph>
      <Paragraph>
        <AppLink to="/werving/uitval">{t("volunteers.dropout.title")}</AppLink>
      </Paragraph>
      <Paragraph>
        <AppLink to="/werving/actieplan">{t("volunteers.actions.title")}</AppLink>
      </Paragraph>
      {campaigns.isPending ? (
        <Loading />
      ) : campaigns.isError ? (
        <ErrorMessage error={campaigns.error} />
      ) : (
        <DataTable
          caption={t("volunteers.campaigns.caption")}
          rows={campaigns.data}
          rowKey={(row) => row.id}
          empty={t("volunteers.campaigns.empty")}
          columns={[
            {
              header: t("volunteers.campaigns.name"),
              cell: (row) => (
                <AppLink to="/werving/$id" params={{ id: row.id }}>
                  {row.name}
                </AppLink>
              ),
            },
            { header: t("volunteers.fields.organisation"), cell: (row) => row.organisationName ?? "–" },
            {
              header: t("volunteers.campaigns.startsOn"),
              cell: (row) => formatDay(row.startsOn, i18n.language),
            },
            {
              header: t("volunteers.campaigns.endsOn"),
              cell: (row) => (row.endsOn ? formatDay(row.endsOn, i18n.language) : "–"),
            },
            {
              header: t("volunteers.campaigns.signups"),
              cell: (row) => (row.targetSignups ? `${row.signups} / ${row.targetSignups}` : row.signups),
            },
          ]}
        />
      )}
      {hasPermission(me, "recruitment.manage") && settings && (
        <>
          <Heading2>{t("volunteers.campaigns.new")}</Heading2>
          <CampaignForm
            channels={settings.channels}
            organisations={isCoordinator ? null : organisations}
            onSubmit={async (values) => {
              const created = await recruitmentApi.createCampaign(values);
              await Promise.all(campaignKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
              await navigate({ to: "/werving/$id", params: { id: created.id } });
            }}
          />
        </>
      )}
    </>
  );
}
