import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { type Action, actionInputSchema, actionLevels, actionStatuses } from "../../../shared/recruitment.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import {
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { hasPermission, meQuery } from "../accounts/api.ts";
import { volunteerSettingsQuery } from "../volunteers/api.ts";
import { actionsKey, actionsQuery, recruitmentApi } from "./api.ts";

/** The two-level action plan for werving & binding, with owners, due dates and status. */
export function ActionPlanPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  const settings = useQuery(volunteerSettingsQuery).data;
  const actions = useQuery(actionsQuery);
  const canManage = hasPermission(me, "recruitment.manage");
  const refresh = () => queryClient.invalidateQueries({ queryKey: actionsKey });
  const form = useSchemaForm(actionInputSchema, async (values) => {
    await recruitmentApi.createAction(values);
    await refresh();
  });
  const typeName = (code: string | null) => settings?.motiveTypes.find((x) => x.code === code)?.name ?? "–";
  const table = (level: (typeof actionLevels)[number], rows: Action[]) => (
    <DataTable
      caption={t(`volunteers.actions.${level}`)}
      rows={rows.filter((row) => row.level === level)}
      rowKey={(row) => row.id}
      empty={t("volunteers.actions.empty")}
      columns={[
        {
          header: t("volunteers.actions.titleField"),
          cell: (row) => (
            <>
              {row.title}
              {row.description ? (
                <>
                  <br />
                  {row.description}
                </>
              ) : null}
            </>
          ),
        },
        ...(level === "approach"
          ? [{ header: t("volunteers.actions.motiveType"), cell: (row: Action) => typeName(row.motiveType) }]
          : []),
        { header: t("volunteers.actions.owner"), cell: (row) => row.owner },
        { header: t("volunteers.fields.organisation"), cell: (row) => row.organisationName ?? "–" },
        {
          header: t("volunteers.actions.dueOn"),
          cell: (row) => (
            <>
              {row.dueOn ? formatDay(row.dueOn, i18n.language) : "–"}
              {row.overdue && (
                <>
                  {" "}
                  <span className="inzet-badge inzet-badge--high">{t("volunteers.actions.overdue")}</span>
                </>
              )}
            </>
          ),
        },
        {
          header: t("volunteers.actions.status"),
          cell: (row) => t(`volunteers.actions.statuses.${row.status}`),
        },
        ...(canManage
          ? [
              {
                header: t("common.actions"),
                cell: (row: Action) => (
                  <>
                    {row.status !== "done" && (
                      <Button
                        appearance="subtle-button"
                        onClick={async () => {
                          const { id: _, organisationName: __, overdue: ___, ...rest } = row;
                          await recruitmentApi.updateAction(row.id, { ...rest, status: "done" });
                          await refresh();
                        }}
                      >
                        {t("volunteers.actions.markDone")}
                        <span className="inzet-visually-hidden"> {row.title}</span>
                      </Button>
                    )}
                    <Button
                      appearance="subtle-button"
                      onClick={async () => {
                        await recruitmentApi.deleteAction(row.id);
                        await refresh();
                      }}
                    >
                      {t("volunteers.actions.delete")}
                      <span className="inzet-visually-hidden"> {row.title}</span>
                    </Button>
                  </>
                ),
              },
            ]
          : []),
      ]}
    />
  );
  const e = form.errors;
  return (
    <>
      <Heading1>{t("volunteers.actions.title")}</Heading1>
      <Paragraph>{t("volunteers.actions.intro")}</Paragraph>
      {actions.isPending ? (
        <Loading />
      ) : actions.isError ? (
        <ErrorMessage error={actions.error} />
      ) : (
        <>
          <Heading2>{t("volunteers.actions.approach")}</Heading2>
          {table("approach", actions.data)}
          <Heading2>{t("volunteers.actions.conditions")}</Heading2>
          {table("conditions", actions.data)}
        </>
      )}
      {canManage && (
        <>
          <Heading2>{t("volunteers.actions.add")}</Heading2>
          <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
            <ErrorSummary {...form} />
            <SelectField
              name="level"
              label={t("volunteers.actions.level")}
              emptyLabel={t("common.choose")}
              options={actionLevels.map((l) => ({ value: l, label: t(`volunteers.actions.${l}`) }))}
              error={e.level}
            />
            <SelectField
              name="motiveType"
              label={t("volunteers.actions.motiveType")}
              emptyLabel={t("common.choose")}
              options={(settings?.motiveTypes ?? []).map((m) => ({ value: m.code, label: m.name }))}
              error={e.motiveType}
            />
            <TextField name="title" label={t("volunteers.actions.titleField")} error={e.title} required />
            <TextAreaField
              name="description"
              label={t("volunteers.actions.description")}
              error={e.description}
            />
            <TextField name="owner" label={t("volunteers.actions.owner")} error={e.owner} required />
            <TextField name="dueOn" type="date" label={t("volunteers.actions.dueOn")} error={e.dueOn} />
            <SelectField
              name="status"
              label={t("volunteers.actions.status")}
              options={actionStatuses.map((s) => ({
                value: s,
                label: t(`volunteers.actions.statuses.${s}`),
              }))}
              error={e.status}
            />
            <div>
              <SubmitButton busy={form.busy}>{t("volunteers.actions.add")}</SubmitButton>
            </div>
          </form>
        </>
      )}
      <Paragraph>
        <AppLink to="/werving">{t("volunteers.campaigns.back")}</AppLink>
      </Paragraph>
    </>
  );
}
