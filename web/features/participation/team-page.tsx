import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Caseworker } from "../../../shared/participation/teams.ts";
import { handoverSchema, teamFormSchema } from "../../../shared/participation/teams.ts";
import { DataTable } from "../../ui/data-table.tsx";
import {
  CheckboxField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { useMe } from "../accounts/api.ts";
import { participationApi, participationQueries } from "./api.ts";
import "./team-strings.ts";

/**
 * Teams of klantmanagers and the handover of a caseload: the beheerder sets teams and moves any
 * caseload; a team lead moves clients within the team; a klantmanager hands their own to a colleague.
 */
export function TeamPage() {
  const { t } = useTranslation();
  const list = useQuery(participationQueries.caseworkers());
  const me = useMe().data;
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} />;
  const { items, manage } = list.data;
  const self = items.find((c) => c.userId === me?.user.id);
  const from = manage || self?.teamLead ? items : items.filter((c) => c.userId === self?.userId);
  return (
    <>
      <Heading1>{t("participation.team.title")}</Heading1>
      <Paragraph>{t(manage ? "participation.team.intro" : "participation.team.introOwn")}</Paragraph>
      <DataTable
        caption={t("participation.team.caption")}
        rows={items}
        rowKey={(row) => row.userId}
        empty={t("participation.team.empty")}
        columns={[
          { header: t("participation.team.name"), cell: (row) => row.name },
          { header: t("participation.team.email"), cell: (row) => row.email },
          { header: t("participation.team.team"), cell: (row) => row.team ?? t("participation.team.noTeam") },
          {
            header: t("participation.team.role"),
            cell: (row) => t(row.teamLead ? "participation.team.lead" : "participation.team.member"),
          },
          { header: t("participation.team.clients"), cell: (row) => row.clients },
        ]}
      />
      {manage && <SetTeam items={items} />}
      {from.length > 0 && <Handover from={from} to={items} />}
    </>
  );
}

const options = (items: Caseworker[]) =>
  items.map((c) => ({ value: c.userId, label: `${c.name} (${c.team ?? "–"})` }));

function SetTeam({ items }: { items: Caseworker[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useSchemaForm(
    teamFormSchema,
    async ({ userId, ...values }) => {
      const row = await participationApi.setTeam(userId, values);
      setSaved(row.name);
      await client.invalidateQueries({ queryKey: participationQueries.keys.caseworkers });
    },
    (data) => ({
      userId: data.get("userId") ?? "",
      team: data.get("team") ?? "",
      teamLead: data.get("teamLead") === "on",
    }),
  );
  return (
    <section aria-labelledby="set-team">
      <Heading2 id="set-team">{t("participation.team.setTitle")}</Heading2>
      <Paragraph>{t("participation.team.setIntro")}</Paragraph>
      {saved && <Notice>{t("participation.team.saved", { name: saved })}</Notice>}
      <form onSubmit={form.onSubmit} noValidate>
        <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
        <SelectField
          name="userId"
          label={t("participation.team.who")}
          emptyLabel={t("participation.team.choose")}
          options={options(items)}
          error={form.errors.userId}
        />
        <TextField name="team" label={t("participation.team.team")} error={form.errors.team} />
        <CheckboxField name="teamLead" label={t("participation.team.teamLead")} />
        <SubmitButton busy={form.busy}>{t("participation.team.save")}</SubmitButton>
      </form>
    </section>
  );
}

function Handover({ from, to }: { from: Caseworker[]; to: Caseworker[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [moved, setMoved] = useState<number | null>(null);
  const form = useSchemaForm(handoverSchema, async (values) => {
    const result = await participationApi.handOver(values);
    setMoved(result.moved);
    await Promise.all([
      client.invalidateQueries({ queryKey: participationQueries.keys.caseworkers }),
      client.invalidateQueries({ queryKey: participationQueries.keys.clients }),
    ]);
  });
  return (
    <section aria-labelledby="handover">
      <Heading2 id="handover">{t("participation.team.handoverTitle")}</Heading2>
      <Paragraph>{t("participation.team.handoverIntro")}</Paragraph>
      {moved !== null && <Notice>{t("participation.team.handedOver", { count: moved })}</Notice>}
      <form onSubmit={form.onSubmit} noValidate>
        <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
        <SelectField
          name="fromUserId"
          label={t("participation.team.from")}
          emptyLabel={t("participation.team.choose")}
          options={options(from)}
          defaultValue={from.length === 1 ? from[0]!.userId : undefined}
          error={form.errors.fromUserId}
        />
        <SelectField
          name="toUserId"
          label={t("participation.team.to")}
          emptyLabel={t("participation.team.choose")}
          options={options(to)}
          error={form.errors.toUserId}
        />
        <SubmitButton busy={form.busy}>{t("participation.team.handover")}</SubmitButton>
      </form>
    </section>
  );
}
