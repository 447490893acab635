import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { membershipCreateSchema, type UserListItem } from "../../../shared/accounts.ts";
import { roles } from "../../../shared/roles.ts";
import { ApiError } from "../../api.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { ErrorSummary, SelectField, SubmitButton, useSchemaForm } from "../../ui/form.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { useOrganisationOptions } from "../organisations/index.ts";
import { hasPermission, meQuery, userQueries, usersApi } from "./api.ts";

const route = getRouteApi("/app/beheer/gebruikers/$userId");

export function UserDetailPage() {
  const { t } = useTranslation();
  const { userId } = route.useParams();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  const organisations = useOrganisationOptions();
  const user = useQuery(userQueries.one(userId));
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const update = (data: UserListItem) => {
    queryClient.setQueryData(userQueries.one(userId).queryKey, data);
    void queryClient.invalidateQueries({ queryKey: userQueries.all });
  };
  const form = useSchemaForm(membershipCreateSchema, async (values) => {
    update(await usersApi.addMembership(userId, values));
    setMessage(t("users.membershipAdded"));
  });
  if (user.isPending) return <Loading />;
  if (user.isError) return <ErrorMessage error={user.error} />;
  const canManage = hasPermission(me, "users.manage");
  return (
    <>
      <Heading1>{user.data.name}</Heading1>
      <Paragraph>
        {user.data.email} · {t("myData.twoFactor")}:{" "}
        {user.data.twoFactorEnabled ? t("common.on") : t("common.off")}
      </Paragraph>
      {message && <Notice>{message}</Notice>}
      {actionError instanceof ApiError && <ErrorMessage error={actionError} />}
      <Heading2>{t("users.roles")}</Heading2>
      <DataTable
        caption={t("users.rolesCaption", { name: user.data.name })}
        rows={user.data.memberships}
        rowKey={(m) => m.id}
        empty={t("users.noRoles")}
        columns={[
          { header: t("fields.role"), cell: (m) => t(`roles.${m.role}`) },
          { header: t("fields.organisation"), cell: (m) => m.organisationName ?? "–" },
          ...(canManage
            ? [
                {
                  header: t("common.actions"),
                  cell: (m: (typeof user.data.memberships)[number]) => (
                    <Button
                      appearance="secondary-action-button"
                      onClick={async () => {
                        setActionError(null);
                        try {
                          update(await usersApi.endMembership(userId, m.id));
                          setMessage(t("users.membershipEnded"));
                        } catch (error) {
                          setActionError(error);
                        }
                      }}
                    >
                      {t("users.endMembership", { role: t(`roles.${m.role}`) })}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canManage && (
        <>
          <Heading2>{t("users.addMembership")}</Heading2>
          <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
            <ErrorSummary {...form} />
            <SelectField
              name="role"
              label={t("fields.role")}
              emptyLabel={t("common.choose")}
              options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              error={form.errors.role}
              required
            />
            <SelectField
              name="organisationId"
              label={t("fields.organisation")}
              emptyLabel={t("users.noOrganisation")}
              options={organisations}
              error={form.errors.organisationId}
            />
            <div>
              <SubmitButton busy={form.busy}>{t("users.addMembership")}</SubmitButton>
            </div>
          </form>
        </>
      )}
      <Paragraph>
        <AppLink to="/beheer/gebruikers">{t("users.back")}</AppLink>
      </Paragraph>
    </>
  );
}
