import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../ui/app-link.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { hasPermission, meQuery } from "../accounts/api.ts";
import { useOrganisationOptions } from "../organisations/index.ts";
import { districtsQuery } from "../tenancy/api.ts";
import { AddressImport } from "./address-import.tsx";
import { AddressSection } from "./address-section.tsx";
import { invalidateOutreach, outreachApi, outreachQueries } from "./api.ts";
import { OutreachCampaignForm } from "./campaign-form.tsx";
import { LettersSection } from "./letters-section.tsx";
import { MonitorSection } from "./monitor-section.tsx";
import { ShiftsSection } from "./shifts-section.tsx";
import { VisitsSection } from "./visits-section.tsx";
import { WalkListsSection } from "./walk-lists-section.tsx";

const campaignRoute = getRouteApi("/app/huisbezoeken/$id");
const editRoute = getRouteApi("/app/huisbezoeken/$id/bewerken");

function useFormData() {
  const me = useQuery(meQuery).data;
  const districts = useQuery(districtsQuery);
  const professionals = useQuery(outreachQueries.professionals());
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
          await invalidateOutreach(queryClient);
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
  const { id } = editRoute.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { districts, professionals, organisations } = useFormData();
  const campaign = useQuery(outreachQueries.campaign(id));
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
          await invalidateOutreach(queryClient);
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
  const { id } = campaignRoute.useParams();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  // The policy officer sees the campaign and the monitor's counts only, no doors, lists or names.
  const seesDetail = hasPermission(me, "outreach.detail");
  const campaign = useQuery(outreachQueries.campaign(id));
  const lists = useQuery({ ...outreachQueries.walkLists(id), enabled: seesDetail });
  if (campaign.isError) return <ErrorMessage error={campaign.error} />;
  if (lists.isError) return <ErrorMessage error={lists.error} />;
  if (campaign.isPending || (seesDetail && lists.isPending)) return <Loading />;
  const c = campaign.data;
  const canManage = hasPermission(me, "outreach.manage");
  const day = (iso: string) => formatDay(iso, i18n.language);
  const refresh = () => {
    void invalidateOutreach(queryClient);
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
              queryClient.setQueryData(outreachQueries.walkLists(id).queryKey, updated);
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
