import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
} from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../ui/app-link.tsx";
import { Loading } from "../../ui/status.tsx";
import { authApi, meQuery } from "../accounts/api.ts";
import { modulesFor } from "./modules.ts";

export function HomePage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  if (!me) return <Loading />;
  const active = me.activeMembership;
  return (
    <>
      <Heading1>{t("home.title", { name: me.user.name.split(" ")[0] })}</Heading1>
      {active ? (
        <Paragraph>
          {t("home.youWorkAs", {
            role: t(`roles.${active.role}`),
            where: active.organisationName ?? active.tenantName,
          })}
        </Paragraph>
      ) : (
        <Paragraph>{t("home.noMembership")}</Paragraph>
      )}
      {me.memberships.length > 1 && (
        <div className="inzet-filters">
          <div>
            <FormLabel htmlFor="membership">{t("home.switchRole")}</FormLabel>
            <Select
              id="membership"
              value={active?.id}
              onChange={async (event) => {
                queryClient.setQueryData(["me"], await authApi.switchMembership(event.currentTarget.value));
                await queryClient.invalidateQueries();
              }}
            >
              {me.memberships.map((m) => (
                <SelectOption key={m.id} value={m.id}>
                  {t(`roles.${m.role}`)} – {m.organisationName ?? m.tenantName}
                </SelectOption>
              ))}
            </Select>
          </div>
        </div>
      )}
      {active && (
        <>
          <Heading2>{t("home.modules")}</Heading2>
          <ul className="inzet-cards">
            {modulesFor(active.role, me.permissions).map((module) => (
              <li key={module.key} className="inzet-card">
                <h3 className="utrecht-heading-3">
                  {module.to ? (
                    <AppLink to={module.to}>{t(`modules.${module.key}.title`)}</AppLink>
                  ) : (
                    t(`modules.${module.key}.title`)
                  )}
                </h3>
                <Paragraph>{t(`modules.${module.key}.text`)}</Paragraph>
                {!module.to && (
                  <Paragraph>
                    <em>{t("home.coming")}</em>
                  </Paragraph>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
