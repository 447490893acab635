import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "@tanstack/react-router";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { hasPermission, meQuery } from "../features/accounts/api.ts";
import { organisationsApi } from "../features/organisations/api.ts";
import { OrganisationForm } from "../features/organisations/organisation-form.tsx";
import { districtsQuery } from "../features/tenancy/api.ts";
import { AppLink } from "../ui/app-link.tsx";
import { ErrorMessage, Loading, Notice } from "../ui/status.tsx";

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
            await queryClient.invalidateQueries({ queryKey: ["organisations"] });
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
  const { id } = useParams({ strict: false }) as { id: string };
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  const districts = useQuery(districtsQuery);
  const organisation = useQuery({ queryKey: ["organisations", id], queryFn: () => organisationsApi.get(id) });
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
            queryClient.setQueryData(["organisations", id], await organisationsApi.update(id, values));
            await queryClient.invalidateQueries({ queryKey: ["organisations"] });
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
