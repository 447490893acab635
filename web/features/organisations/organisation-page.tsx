import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../ui/app-link.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { hasPermission, meQuery } from "../accounts/api.ts";
import { districtsQuery } from "../tenancy/api.ts";
import { organisationQueries, organisationsApi } from "./api.ts";
import { OrganisationForm } from "./organisation-form.tsx";

const route = getRouteApi("/app/beheer/organisaties/$id");

function BackLink() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <AppLink to="/beheer/organisaties">{t("organisations.back")}</AppLink>
    </Paragraph>
  );
}

export function OrganisationNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const districts = useQuery(districtsQuery);
  return (
    <>
      <Heading1>{t("organisations.new")}</Heading1>
      {districts.isPending ? (
        <Loading />
      ) : (
        <OrganisationForm
          districts={districts.data ?? []}
          onSubmit={async (values) => {
            const created = await organisationsApi.create(values);
            await queryClient.invalidateQueries({ queryKey: organisationQueries.all });
            await navigate({ to: "/beheer/organisaties/$id", params: { id: created.id } });
          }}
        />
      )}
      <BackLink />
    </>
  );
}

export function OrganisationEditPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  const districts = useQuery(districtsQuery);
  const organisation = useQuery(organisationQueries.one(id));
  const [saved, setSaved] = useState(false);
  if (organisation.isPending || districts.isPending) return <Loading />;
  if (organisation.isError) return <ErrorMessage error={organisation.error} />;
  const o = organisation.data;
  const canManage = hasPermission(me, "organisations.manage");
  return (
    <>
      <Heading1>{o.name}</Heading1>
      {saved && <Notice>{t("common.saved")}</Notice>}
      {canManage ? (
        <OrganisationForm
          key={JSON.stringify(o)}
          organisation={o}
          districts={districts.data ?? []}
          onSubmit={async (values) => {
            queryClient.setQueryData(
              organisationQueries.one(id).queryKey,
              await organisationsApi.update(id, values),
            );
            await queryClient.invalidateQueries({ queryKey: organisationQueries.all });
            setSaved(true);
          }}
        />
      ) : (
        <dl>
          <dt>{t("fields.organisationType")}</dt>
          <dd>{t(`organisationTypes.${o.type}`)}</dd>
          <dt>{t("fields.description")}</dt>
          <dd>{o.description || "–"}</dd>
          <dt>{t("fields.email")}</dt>
          <dd>{o.email ?? "–"}</dd>
          <dt>{t("fields.phone")}</dt>
          <dd>{o.phone ?? "–"}</dd>
          <dt>{t("fields.city")}</dt>
          <dd>{[o.street, o.postcode, o.city].filter(Boolean).join(", ") || "–"}</dd>
        </dl>
      )}
      <BackLink />
    </>
  );
}
