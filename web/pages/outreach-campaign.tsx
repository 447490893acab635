import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "@tanstack/react-router";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { hasPermission, meQuery } from "../features/accounts/api.ts";
import { useOrganisationOptions } from "../features/organisations/use-organisation-options.ts";
import { AddressImport } from "../features/outreach/address-import.tsx";
import { AddressSection } from "../features/outreach/address-section.tsx";
import { outreachApi } from "../features/outreach/api.ts";
import { OutreachCampaignForm } from "../features/outreach/campaign-form.tsx";
import { LettersSection } from "../features/outreach/letters-section.tsx";
import { MonitorSection } from "../features/outreach/monitor-section.tsx";
import { ShiftsSection } from "../features/outreach/shifts-section.tsx";
import { VisitsSection } from "../features/outreach/visits-section.tsx";
import { WalkListsSection } from "../features/outreach/walk-lists-section.tsx";
import { districtsQuery } from "../features/tenancy/api.ts";
import { AppLink } from "../ui/app-link.tsx";
import { formatDay } from "../ui/format.ts";
import { ErrorMessage, Loading } from "../ui/status.tsx";

function useFormData() {
  const me = useQuery(meQuery).data;
  const districts = useQuery(districtsQuery);
  const professionals = useQuery({
    queryKey: ["outreach", "professionals"],
    queryFn: outreachApi.professionals,
  });
  const organisations = useOrganisationOptions();
  const ownOrganisation =
    me?.activeMembership?.role === "coordinator" && Boolean(me.activeMembership.organisationId);
  return { districts, professionals, organisations: ownOrganisation ? null : organisations };
}

export function OutreachCampaignNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { districts, professionals, organisations } = useFormData();
  if (districts.isPending || professionals.isPending) return <Loading />;
  return (
    <>
      <Heading1>{t("outreach.list.new")}</Heading1>
      <OutreachCampaignForm
        districts={districts.data ?? []}
        organisations={organisations}
        professionals={professionals.data ?? []}
        onSubmit={async (values) => {
          const created = await outreachApi.create(values);
          await queryClient.invalidateQueries({ queryKey: ["outreach"] });
          await navigate({ to: "/huisbezoeken/$id", params: { id: created.id } });
        }}
      />
      <Paragraph>
        <AppLink to="/huisbezoeken">{t("outreach.form.back")}</AppLink>
      </Paragraph>
    </>
  );
}

export function OutreachCampaignEditPage() {
  const { t } = useTranslation();
  const { id } = useParams({ strict: false }) as { id: string };
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { districts, professionals, organisations } = useFormData();
  const campaign = useQuery({ queryKey: ["outreach", id], queryFn: () => outreachApi.campaign(id) });
  if (campaign.isError) return <ErrorMessage error={campaign.error} />;
  if (campaign.isPending || districts.isPending || professionals.isPending) return <Loading />;
  return (
    <>
      <Heading1>{t("outreach.form.edit")}</Heading1>
      <OutreachCampaignForm
        campaign={campaign.data}
        districts={districts.data ?? []}
        organisations={organisations}
        professionals={professionals.data ?? []}
        onSubmit={async (values) => {
          await outreachApi.update(id, values);
          await queryClient.invalidateQueries({ queryKey: ["outreach"] });
          await navigate({ to: "/huisbezoeken/$id", params: { id } });
        }}
      />
      <Paragraph>
        <AppLink to="/huisbezoeken/$id" params={{ id }}>
          {t("outreach.form.backToCampaign")}
        </AppLink>
      </Paragraph>
    </>
  );
}

/** A campaign: what it is, its addresses (import, exclude, move) and its walk lists on a map. */
export function OutreachCampaignPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams({ strict: false }) as { id: string };
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  // The policy officer sees the campaign and the monitor's counts only, no doors, lists or names.
  const seesDetail = hasPermission(me, "outreach.detail");
  const campaign = useQuery({ queryKey: ["outreach", id], queryFn: () => outreachApi.campaign(id) });
  const lists = useQuery({
    queryKey: ["outreach", id, "walk-lists"],
    queryFn: () => outreachApi.walkLists(id),
    enabled: seesDetail,
  });
  if (campaign.isError) return <ErrorMessage error={campaign.error} />;
  if (lists.isError) return <ErrorMessage error={lists.error} />;
  if (campaign.isPending || (seesDetail && lists.isPending)) return <Loading />;
  const c = campaign.data;
  const canManage = hasPermission(me, "outreach.manage");
  const day = (iso: string) => formatDay(iso, i18n.language);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ["outreach", id] });
  };
  return (
    <>
      <Heading1>{c.name}</Heading1>
      <Paragraph>
        {c.programme} · {c.organisationName} · {day(c.startsOn)} – {day(c.endsOn)} ·{" "}
        {t(`outreach.statuses.${c.status}`)}
      </Paragraph>
      <Paragraph>{t("outreach.detail.summary", c)}</Paragraph>
      {c.incentive && (
        <Paragraph>
          {t("outreach.detail.incentive")}: {c.incentive}
        </Paragraph>
      )}
      <Paragraph>
        {t("outreach.detail.topics")}: {c.topics.map((topic) => topic.label).join(", ")}
      </Paragraph>
      {canManage && (
        <Paragraph>
          <AppLink to="/huisbezoeken/$id/bewerken" params={{ id }}>
            {t("outreach.form.edit")}
          </AppLink>
        </Paragraph>
      )}
      {canManage && <AddressImport campaignId={id} onImported={refresh} />}
      {canManage && c.addresses > 0 && <LettersSection campaign={c} onMade={refresh} />}
      {seesDetail && lists.data && (
        <>
          <WalkListsSection
            campaignId={id}
            defaultSize={c.walkListSize}
            lists={lists.data}
            canManage={canManage}
            onChanged={(updated) => {
              queryClient.setQueryData(["outreach", id, "walk-lists"], updated);
              refresh();
            }}
          />
          <ShiftsSection campaign={c} lists={lists.data} canManage={canManage} />
        </>
      )}
      <MonitorSection campaignId={id} />
      {seesDetail && lists.data && (
        <>
          <VisitsSection campaign={c} />
          <AddressSection campaignId={id} lists={lists.data} canManage={canManage} onChanged={refresh} />
        </>
      )}
      <Paragraph>
        <AppLink to="/huisbezoeken">{t("outreach.form.back")}</AppLink>
      </Paragraph>
    </>
  );
}
