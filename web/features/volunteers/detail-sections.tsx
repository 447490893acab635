import {
  Button,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { amsterdamDay } from "../../../shared/dates.ts";
import {
  checkInInputSchema,
  statusInputSchema,
  statusTransitions,
  trainingInputSchema,
  type VogRecord,
  type Volunteer,
  type VolunteerSettings,
  vogInputSchema,
  vogProfileCodes,
} from "../../../shared/volunteers.ts";
import type { z } from "../../../shared/zod.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import {
  CheckboxField,
  CheckboxGroupField,
  ErrorSummary,
  formValues,
  RadioGroupField,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { formatDay } from "../../ui/format.ts";
import { labelOf, volunteersApi } from "./api.ts";
import { MotiveChart } from "./motive-chart.tsx";
import { RiskBadge } from "./status-badge.tsx";

type SectionProps = { volunteer: Volunteer; settings: VolunteerSettings; onSaved: (v: Volunteer) => void };
const today = () => amsterdamDay();
const date = (value: string | null, language: string) => (value ? formatDay(value, language) : "–");

export function RiskSection({ volunteer: v }: { volunteer: Volunteer }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="risk-title">
      <Heading2 id="risk-title">
        {t("volunteers.risk.title")}: <RiskBadge risk={v.risk} />
      </Heading2>
      {v.risk.reasons.length === 0 ? (
        <Paragraph>{t("volunteers.risk.none_text")}</Paragraph>
      ) : (
        <UnorderedList>
          {v.risk.reasons.map((reason) => (
            <UnorderedListItem key={reason.code + reason.message}>{reason.message}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}

export function StatusSection({ volunteer: v, settings, onSaved }: SectionProps) {
  const { t, i18n } = useTranslation();
  const form = useSchemaForm(statusInputSchema, async (values) =>
    onSaved(await volunteersApi.changeStatus(v.id, values)),
  );
  const e = form.errors;
  return (
    <section aria-labelledby="status-title">
      <Heading2 id="status-title">{t("volunteers.detail.statusTitle")}</Heading2>
      <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
        <ErrorSummary {...form} />
        <SelectField
          name="status"
          label={t("volunteers.fields.status")}
          emptyLabel={t("common.choose")}
          options={statusTransitions[v.status].map((s) => ({
            value: s,
            label: t(`volunteers.statuses.${s}`),
          }))}
          error={e.status}
        />
        <TextField
          name="on"
          type="date"
          label={t("volunteers.fields.on")}
          defaultValue={today()}
          error={e.on}
        />
        <SelectField
          name="reason"
          label={t("volunteers.fields.reason")}
          emptyLabel={t("common.choose")}
          options={settings.stopReasons.map((r) => ({ value: r.code, label: r.label }))}
          error={e.reason}
        />
        <TextAreaField name="note" label={t("volunteers.fields.note")} error={e.note} />
        <div>
          <SubmitButton busy={form.busy}>{t("volunteers.detail.statusSubmit")}</SubmitButton>
        </div>
      </form>
      <Heading3>{t("volunteers.detail.history")}</Heading3>
      <DataTable
        caption={t("volunteers.detail.historyCaption")}
        rows={v.statusHistory}
        rowKey={(row) => row.at + row.to}
        empty={t("common.none")}
        columns={[
          { header: t("volunteers.fields.on"), cell: (row) => date(row.on, i18n.language) },
          { header: t("volunteers.fields.status"), cell: (row) => t(`volunteers.statuses.${row.to}`) },
          {
            header: t("volunteers.fields.reason"),
            cell: (row) => (row.reason ? labelOf(settings.stopReasons, row.reason) : "–"),
          },
          { header: t("volunteers.fields.note"), cell: (row) => row.note || "–" },
          { header: t("volunteers.detail.by"), cell: (row) => row.byName ?? "–" },
        ]}
      />
    </section>
  );
}

export function MotivesSection({ volunteer: v, settings }: Omit<SectionProps, "onSaved">) {
  const { t, i18n } = useTranslation();
  const latest = v.motives[0];
  const type = settings.motiveTypes.find((x) => x.code === v.motiveType);
  return (
    <section aria-labelledby="motives-title">
      <Heading2 id="motives-title">{t("volunteers.detail.motivesTitle")}</Heading2>
      {latest ? (
        <>
          {type && (
            <Paragraph>
              <strong>{type.name}</strong>. {type.description}
            </Paragraph>
          )}
          <MotiveChart scores={latest.scores} />
          {type && (
            <>
              <Heading3>{t("volunteers.detail.guidance")}</Heading3>
              <dl>
                <dt>{t("volunteers.detail.approach")}</dt>
                <dd>{type.approach || "–"}</dd>
                <dt>{t("volunteers.detail.offer")}</dt>
                <dd>{type.offer || "–"}</dd>
                <dt>{t("volunteers.detail.dos")}</dt>
                <dd>{type.dos || "–"}</dd>
                <dt>{t("volunteers.detail.donts")}</dt>
                <dd>{type.donts || "–"}</dd>
              </dl>
            </>
          )}
        </>
      ) : (
        <Paragraph>{t("volunteers.detail.motivesNone")}</Paragraph>
      )}
      {v.motives.length > 1 && (
        <DataTable
          caption={t("volunteers.detail.motivesHistory")}
          rows={v.motives}
          rowKey={(row) => row.id}
          empty=""
          columns={[
            { header: t("volunteers.fields.on"), cell: (row) => date(row.takenAt, i18n.language) },
            {
              header: t("volunteers.fields.type"),
              cell: (row) => settings.motiveTypes.find((x) => x.code === row.typeCode)?.name ?? "–",
            },
            {
              header: t("volunteers.detail.strongest"),
              cell: (row) => {
                const [top] = Object.entries(row.scores).sort((a, b) => b[1] - a[1]);
                return top ? `${t(`volunteers.functions.${top[0]}`)} (${top[1]})` : "–";
              },
            },
            {
              header: t("volunteers.detail.filledIn"),
              cell: (row) => (row.assisted ? t("volunteers.detail.together") : t("volunteers.detail.self")),
            },
          ]}
        />
      )}
      <Paragraph>
        <AppLink to="/vrijwilligers/$id/drijfveren" params={{ id: v.id }}>
          {t("volunteers.detail.fillTogether")}
        </AppLink>
      </Paragraph>
    </section>
  );
}

export function VogSection({ volunteer: v, onSaved }: Omit<SectionProps, "settings">) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<VogRecord | null>(null);
  return (
    <section aria-labelledby="vog-title">
      <Heading2 id="vog-title">{t("volunteers.detail.vogTitle")}</Heading2>
      <DataTable
        caption={t("volunteers.detail.vogCaption")}
        rows={v.vogs}
        rowKey={(row) => row.id}
        empty={t("volunteers.detail.vogNone")}
        columns={[
          { header: t("volunteers.detail.requestedOn"), cell: (row) => date(row.requestedOn, i18n.language) },
          { header: t("volunteers.detail.receivedOn"), cell: (row) => date(row.receivedOn, i18n.language) },
          { header: t("volunteers.detail.issuedOn"), cell: (row) => date(row.issuedOn, i18n.language) },
          { header: t("volunteers.detail.profileCodes"), cell: (row) => row.profileCodes.join(", ") || "–" },
          { header: t("volunteers.detail.renewalDue"), cell: (row) => date(row.renewalDue, i18n.language) },
          {
            header: t("common.actions"),
            cell: (row) => (
              <Button appearance="subtle-button" onClick={() => setEditing(row)}>
                {t("volunteers.detail.vogEdit")}
                <span className="inzet-visually-hidden">
                  {" "}
                  {date(row.requestedOn ?? row.issuedOn, i18n.language)}
                </span>
              </Button>
            ),
          },
        ]}
      />
      <VogForm
        key={editing?.id ?? "new"}
        vog={editing}
        onCancel={() => setEditing(null)}
        onSubmit={async (values) => {
          onSaved(
            editing
              ? await volunteersApi.updateVog(v.id, editing.id, values)
              : await volunteersApi.addVog(v.id, values),
          );
          setEditing(null);
        }}
      />
    </section>
  );
}

function VogForm({
  vog,
  onSubmit,
  onCancel,
}: {
  vog: VogRecord | null;
  onSubmit: (values: z.output<typeof vogInputSchema>) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm(vogInputSchema, onSubmit, (data) => formValues(data, ["profileCodes"]));
  const e = form.errors;
  return (
    <>
      <Heading3>{vog ? t("volunteers.detail.vogEditTitle") : t("volunteers.detail.vogAdd")}</Heading3>
      <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
        <ErrorSummary {...form} />
        <TextField
          name="requestedOn"
          type="date"
          label={t("volunteers.detail.requestedOn")}
          defaultValue={vog?.requestedOn}
          error={e.requestedOn}
        />
        <TextField
          name="receivedOn"
          type="date"
          label={t("volunteers.detail.receivedOn")}
          defaultValue={vog?.receivedOn}
          error={e.receivedOn}
        />
        <TextField
          name="issuedOn"
          type="date"
          label={t("volunteers.detail.issuedOn")}
          defaultValue={vog?.issuedOn}
          error={e.issuedOn}
        />
        <CheckboxGroupField
          name="profileCodes"
          inline
          legend={t("volunteers.detail.profileCodes")}
          options={vogProfileCodes.map((code) => ({ value: code, label: code }))}
          defaultValue={vog?.profileCodes ?? []}
          error={e.profileCodes}
        />
        <TextAreaField
          name="note"
          label={t("volunteers.fields.note")}
          defaultValue={vog?.note}
          error={e.note}
        />
        <div>
          <SubmitButton busy={form.busy}>
            {vog ? t("volunteers.detail.vogEditTitle") : t("volunteers.detail.vogAdd")}
          </SubmitButton>{" "}
          {vog && (
            <Button appearance="secondary-action-button" onClick={onCancel}>
              {t("volunteers.detail.cancel")}
            </Button>
          )}
        </div>
      </form>
    </>
  );
}

export function TrainingSection({ volunteer: v, settings, onSaved }: SectionProps) {
  const { t, i18n } = useTranslation();
  const form = useSchemaForm(trainingInputSchema, async (values) =>
    onSaved(await volunteersApi.addTraining(v.id, values)),
  );
  const e = form.errors;
  return (
    <section aria-labelledby="training-title">
      <Heading2 id="training-title">{t("volunteers.detail.trainingsTitle")}</Heading2>
      <DataTable
        caption={t("volunteers.detail.trainingsCaption")}
        rows={v.trainings}
        rowKey={(row) => row.id}
        empty={t("volunteers.detail.trainingsNone")}
        columns={[
          {
            header: t("volunteers.detail.training"),
            cell: (row) => labelOf(settings.trainings, row.training),
          },
          { header: t("volunteers.detail.completedOn"), cell: (row) => date(row.completedOn, i18n.language) },
          { header: t("volunteers.detail.expiresOn"), cell: (row) => date(row.expiresOn, i18n.language) },
          {
            header: t("common.actions"),
            cell: (row) => (
              <Button
                appearance="subtle-button"
                onClick={async () => onSaved(await volunteersApi.removeTraining(v.id, row.id))}
              >
                {t("volunteers.detail.remove")}
                <span className="inzet-visually-hidden"> {labelOf(settings.trainings, row.training)}</span>
              </Button>
            ),
          },
        ]}
      />
      <Heading3>{t("volunteers.detail.trainingAdd")}</Heading3>
      <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
        <ErrorSummary {...form} />
        <SelectField
          name="training"
          label={t("volunteers.detail.training")}
          emptyLabel={t("common.choose")}
          options={settings.trainings.map((x) => ({ value: x.code, label: x.label }))}
          error={e.training}
        />
        <TextField
          name="completedOn"
          type="date"
          label={t("volunteers.detail.completedOn")}
          error={e.completedOn}
        />
        <TextField
          name="expiresOn"
          type="date"
          label={t("volunteers.detail.expiresOn")}
          error={e.expiresOn}
        />
        <TextField name="certificate" label={t("volunteers.detail.certificate")} error={e.certificate} />
        <div>
          <SubmitButton busy={form.busy}>{t("volunteers.detail.trainingAdd")}</SubmitButton>
        </div>
      </form>
    </section>
  );
}

const ratings = ["1", "2", "3", "4", "5"].map((value) => ({ value, label: value }));
const ratingFields = ["satisfaction", "roleClarity", "support", "coordinatorRelation", "workload"] as const;

export function CheckInSection({ volunteer: v, onSaved }: Omit<SectionProps, "settings">) {
  const { t, i18n } = useTranslation();
  const form = useSchemaForm(
    checkInInputSchema,
    async (values) => onSaved(await volunteersApi.addCheckIn(v.id, values)),
    (data) => ({ ...Object.fromEntries(data), wishToChange: data.get("wishToChange") === "on" }),
  );
  const e = form.errors;
  return (
    <section aria-labelledby="checkin-title">
      <Heading2 id="checkin-title">{t("volunteers.detail.checkInsTitle")}</Heading2>
      {v.nextCheckInOn && (
        <Paragraph>
          {t("volunteers.detail.nextCheckIn", { date: date(v.nextCheckInOn, i18n.language) })}
        </Paragraph>
      )}
      <DataTable
        caption={t("volunteers.detail.checkInsCaption")}
        rows={v.checkIns}
        rowKey={(row) => row.id}
        empty={t("volunteers.detail.checkInsNone")}
        columns={[
          { header: t("volunteers.detail.heldOn"), cell: (row) => date(row.heldOn, i18n.language) },
          { header: t("volunteers.detail.satisfaction"), cell: (row) => row.satisfaction },
          { header: t("volunteers.detail.support"), cell: (row) => row.support },
          { header: t("volunteers.detail.coordinatorRelation"), cell: (row) => row.coordinatorRelation },
          { header: t("volunteers.detail.roleClarity"), cell: (row) => row.roleClarity },
          { header: t("volunteers.detail.workload"), cell: (row) => row.workload },
          { header: t("volunteers.fields.note"), cell: (row) => row.note || "–" },
        ]}
      />
      <Heading3>{t("volunteers.detail.checkInAdd")}</Heading3>
      <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
        <ErrorSummary {...form} />
        <TextField
          name="heldOn"
          type="date"
          label={t("volunteers.detail.heldOn")}
          defaultValue={today()}
          error={e.heldOn}
        />
        {ratingFields.map((field) => (
          <RadioGroupField
            key={field}
            name={field}
            inline
            legend={t(`volunteers.detail.${field}`)}
            description={field === "workload" ? undefined : t("volunteers.detail.ratingHelp")}
            options={ratings}
            error={e[field]}
          />
        ))}
        <CheckboxField name="wishToChange" label={t("volunteers.detail.wishToChange")} />
        <TextAreaField name="note" label={t("volunteers.fields.note")} error={e.note} />
        <div>
          <SubmitButton busy={form.busy}>{t("volunteers.detail.checkInAdd")}</SubmitButton>
        </div>
      </form>
    </section>
  );
}
