import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Heading2 } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { amsterdamDay } from "../../../shared/dates.ts";
import {
  participantInputSchema,
  participantStages,
  type ResearchProject,
} from "../../../shared/learning/research.ts";
import { DataTable } from "../../ui/data-table.tsx";
import {
  CheckboxField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { researchApi, researchKeys, researchQueries } from "./api.ts";

/** Participants by code; contact only for the council member who recruited them. */
export function ParticipantsSection({ project }: { project: ResearchProject }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useQuery(researchQueries.participants(project.id));
  const refresh = () => Promise.all(researchKeys.map((queryKey) => client.invalidateQueries({ queryKey })));
  return (
    <section>
      <Heading2>{t("learning.research.participants")}</Heading2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <DataTable
          caption={t("learning.research.participants")}
          rows={list.data}
          rowKey={(row) => row.id}
          empty={t("learning.research.noParticipants")}
          columns={[
            { header: t("learning.research.code"), cell: (row) => row.code },
            {
              header: t("learning.research.channelHeader"),
              cell: (row) => project.channels.find((c) => c.code === row.channel)?.label ?? row.channel,
            },
            {
              header: t("learning.research.stage"),
              cell: (row) => t(`learning.research.stages.${row.stage}`),
            },
            {
              header: t("learning.research.consent"),
              cell: (row) =>
                row.consent?.withdrawnAt
                  ? t("learning.research.withdrawn")
                  : row.consent
                    ? t("learning.research.consentUntil", { day: row.consent.until })
                    : t("learning.research.noConsent"),
            },
            {
              header: t("learning.research.contact"),
              cell: (row) => row.contact ?? t("learning.research.contactHidden"),
            },
            {
              header: t("learning.research.actions"),
              cell: (row) =>
                row.consent && !row.consent.withdrawnAt ? (
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle inzet-inline-button"
                    onClick={() => void researchApi.withdraw(row.id).then(refresh)}
                  >
                    {t("learning.research.withdraw")}
                    <span className="inzet-visually-hidden"> {row.code}</span>
                  </button>
                ) : (
                  "–"
                ),
            },
          ]}
        />
      )}
      <ParticipantForm project={project} onSaved={refresh} />
    </section>
  );
}

/** A new participant: the channel, the stage and, when given, consent (what for, until when). */
function ParticipantForm({
  project,
  onSaved,
}: {
  project: ResearchProject;
  onSaved: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    participantInputSchema,
    async (values) => {
      await researchApi.addParticipant(project.id, values);
      await onSaved();
    },
    (data) => ({
      channel: data.get("channel"),
      stage: data.get("stage"),
      contact: data.get("contact"),
      consent:
        data.get("consentGiven") === "on"
          ? { scope: data.get("consentScope"), givenOn: amsterdamDay(), until: data.get("consentUntil") }
          : null,
    }),
  );
  return (
    <form onSubmit={(event) => void form.onSubmit(event)} noValidate>
      <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
      <SelectField
        name="channel"
        label={t("learning.research.channelHeader")}
        options={project.channels.map((c) => ({ value: c.code, label: c.label }))}
        error={form.errors.channel}
      />
      <SelectField
        name="stage"
        label={t("learning.research.stage")}
        options={participantStages.map((s) => ({ value: s, label: t(`learning.research.stages.${s}`) }))}
        error={form.errors.stage}
      />
      <TextField
        name="contact"
        label={t("learning.research.contact")}
        description={t("learning.research.contactHelp")}
        error={form.errors.contact}
      />
      <CheckboxField name="consentGiven" label={t("learning.research.consentGiven")} />
      <TextField
        name="consentScope"
        label={t("learning.research.consentScope")}
        error={form.errors["consent.scope"] ?? form.errors.consent}
      />
      <TextField
        name="consentUntil"
        type="date"
        label={t("learning.research.consentUntilField")}
        error={form.errors["consent.until"]}
      />
      <SubmitButton busy={form.busy}>{t("learning.research.addParticipant")}</SubmitButton>
    </form>
  );
}
