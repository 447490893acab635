import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { circleInputSchema } from "../../../shared/circles/circles.ts";
import {
  type Programme,
  programmeDefaults,
  programmeInputSchema,
  programmeKinds,
} from "../../../shared/circles/programmes.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import {
  CheckboxField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { volunteerListQuery } from "../volunteers/api.ts";
import { circleQueries, circlesApi } from "./api.ts";

const number = (value: FormDataEntryValue | null) =>
  value === null || value === "" ? undefined : Number(value);

/** The coordinator's overview: seasons, a new season, programmes (Budgetkring curriculum as default). */
export function CirclesPage() {
  const { t } = useTranslation();
  const programmes = useQuery(circleQueries.programmes());
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <Heading1>{t("circles.title")}</Heading1>
      <Paragraph>{t("circles.intro")}</Paragraph>
      {message && <Notice>{message}</Notice>}
      <CircleList />
      {programmes.data && programmes.data.items.length > 0 && (
        <NewCircle programmes={programmes.data.items} />
      )}
      <Heading2>{t("circles.programmes")}</Heading2>
      {programmes.isError ? (
        <ErrorMessage error={programmes.error} />
      ) : (
        <DataTable
          caption={t("circles.programmes")}
          rows={programmes.data?.items ?? []}
          rowKey={(p) => p.id}
          empty={t("circles.noProgrammes")}
          columns={[
            { header: t("circles.name"), cell: (p) => p.name },
            { header: t("circles.kind"), cell: (p) => t(`circles.kinds.${p.kind}`) },
            { header: t("circles.sessionCount"), cell: (p) => p.sessionCount },
            { header: t("circles.size"), cell: (p) => `${p.targetSize} (max. ${p.maxSize})` },
          ]}
        />
      )}
      <NewProgramme onCreated={(name) => setMessage(t("circles.programmeCreated", { name }))} />
    </>
  );
}

function CircleList() {
  const { t, i18n } = useTranslation();
  const circles = useQuery(circleQueries.list(1));
  return (
    <>
      <Heading2>{t("circles.seasons")}</Heading2>
      {circles.isPending ? (
        <Loading />
      ) : circles.isError ? (
        <ErrorMessage error={circles.error} />
      ) : (
        <DataTable
          caption={t("circles.seasons")}
          rows={circles.data.items}
          rowKey={(c) => c.id}
          empty={t("circles.noCircles")}
          columns={[
            {
              header: t("circles.name"),
              cell: (c) => (
                <AppLink to="/kringen/$id" params={{ id: c.id }}>
                  {c.name}
                </AppLink>
              ),
            },
            { header: t("circles.programme"), cell: (c) => c.programmeName },
            { header: t("circles.startsOn"), cell: (c) => formatDay(c.startsOn, i18n.language) },
            { header: t("circles.leaders"), cell: (c) => c.leaders.map((l) => l.name).join(", ") },
            {
              header: t("circles.places"),
              cell: (c) =>
                t("circles.placesTaken", {
                  taken: c.participantCount,
                  max: c.maxSize,
                  waiting: c.waitlistCount,
                }),
            },
          ]}
        />
      )}
    </>
  );
}

function NewCircle({ programmes }: { programmes: Programme[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const volunteers = useQuery(volunteerListQuery({ status: "active", pageSize: 100 }));
  const form = useSchemaForm(
    circleInputSchema,
    async (values) => {
      const created = await circlesApi.createCircle(values);
      await client.invalidateQueries({ queryKey: circleQueries.keys.list });
      await navigate({ to: "/kringen/$id", params: { id: created.id } });
    },
    (data) => ({
      ...Object.fromEntries(data),
      leaderIds: [data.get("leader1"), data.get("leader2")].filter(Boolean),
      publicSignup: true,
    }),
  );
  const leaders = (volunteers.data?.items ?? []).map((v) => ({ value: v.id, label: v.name }));
  const e = form.errors;
  return (
    <section aria-labelledby="new-circle">
      <Heading2 id="new-circle">{t("circles.newCircle")}</Heading2>
      <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
        <ErrorSummary {...form} />
        <SelectField
          name="programmeId"
          label={t("circles.programme")}
          error={e.programmeId}
          options={programmes.map((p) => ({ value: p.id, label: p.name }))}
        />
        <TextField name="name" label={t("circles.name")} error={e.name} />
        <TextField name="place" label={t("circles.place")} error={e.place} />
        <TextField name="startsOn" type="date" label={t("circles.firstDate")} error={e.startsOn} />
        <TextField name="startTime" type="time" label={t("circles.startTime")} error={e.startTime} />
        <TextField name="endTime" type="time" label={t("circles.endTime")} error={e.endTime} />
        <SelectField
          name="leader1"
          label={t("circles.leader1")}
          emptyLabel={t("circles.choose")}
          error={e.leaderIds ?? e["leaderIds.0"]}
          options={leaders}
        />
        <SelectField
          name="leader2"
          label={t("circles.leader2")}
          emptyLabel={t("circles.none")}
          error={e["leaderIds.1"]}
          options={leaders}
        />
        <div>
          <SubmitButton busy={form.busy}>{t("circles.createCircle")}</SubmitButton>
        </div>
      </form>
    </section>
  );
}

function NewProgramme({ onCreated }: { onCreated: (name: string) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useSchemaForm(
    programmeInputSchema,
    async (values) => {
      const created = await circlesApi.createProgramme(values);
      onCreated(created.name);
      await client.invalidateQueries({ queryKey: circleQueries.keys.programmes });
    },
    (data) => {
      const kind = programmeKinds.find((k) => k === data.get("kind")) ?? "budgetkring";
      return {
        ...programmeDefaults(kind),
        name: data.get("name"),
        kind,
        sessionCount: number(data.get("sessionCount")),
        targetSize: number(data.get("targetSize")),
        maxSize: number(data.get("maxSize")),
        vogProfiles: data.get("vog") === "on" ? ["11"] : [],
      };
    },
  );
  const e = form.errors;
  return (
    <section aria-labelledby="new-programme">
      <Heading2 id="new-programme">{t("circles.newProgramme")}</Heading2>
      <Paragraph>{t("circles.newProgrammeIntro")}</Paragraph>
      <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
        <ErrorSummary {...form} />
        <TextField name="name" label={t("circles.name")} error={e.name} defaultValue="Budgetkring" />
        <SelectField
          name="kind"
          label={t("circles.kind")}
          error={e.kind}
          options={programmeKinds.map((k) => ({ value: k, label: t(`circles.kinds.${k}`) }))}
        />
        <TextField
          name="sessionCount"
          inputMode="numeric"
          label={t("circles.sessionCount")}
          defaultValue="16"
          error={e.sessionCount}
        />
        <TextField
          name="targetSize"
          inputMode="numeric"
          label={t("circles.targetSize")}
          defaultValue="7"
          error={e.targetSize}
        />
        <TextField
          name="maxSize"
          inputMode="numeric"
          label={t("circles.maxSize")}
          defaultValue="9"
          error={e.maxSize}
        />
        <CheckboxField name="vog" label={t("circles.vogRequired")} defaultChecked />
        <div>
          <SubmitButton busy={form.busy}>{t("circles.createProgramme")}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
