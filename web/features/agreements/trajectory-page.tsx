import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Meeting, meetingInputSchema } from "../../../shared/agreements/dialogue.ts";
import { trajectoryStepInputSchema, trajectorySteps } from "../../../shared/agreements/trajectories.ts";
import { DataTable } from "../../ui/data-table.tsx";
import { readBase64 } from "../../ui/files.ts";
import {
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { hasPermission, meQuery } from "../accounts/api.ts";
import { agreementKeys, agreementQueries, agreementsApi } from "./api.ts";
import { Timeline, TrajectoryNav } from "./timeline.tsx";

const route = getRouteApi("/app/wijkaanpak/$id");

/** One wijktraject: the three steps, moving on, and the meetings with residents. */
export function TrajectoryPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const trajectory = useQuery(agreementQueries.trajectory(id));
  if (trajectory.isPending) return <Loading />;
  if (trajectory.isError) return <ErrorMessage error={trajectory.error} />;
  const x = trajectory.data;
  return (
    <>
      <Heading1>{t("agreements.trajectoryTitle", { district: x.districtName })}</Heading1>
      <TrajectoryNav id={id} />
      <Paragraph>
        {t("agreements.leadBy", { name: x.leadName, organisation: x.leadOrganisationName })} ·{" "}
        {t(`agreements.statuses.${x.status}`)}
      </Paragraph>
      {x.goal && <Paragraph>{x.goal}</Paragraph>}
      <Timeline trajectory={x} />
      {x.can.manage && x.currentStep !== "execution" && <StepForm id={id} current={x.currentStep} />}
      <Meetings trajectoryId={id} />
    </>
  );
}

function StepForm({ id, current }: { id: string; current: (typeof trajectorySteps)[number] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const next = trajectorySteps.slice(trajectorySteps.indexOf(current) + 1);
  const form = useSchemaForm(trajectoryStepInputSchema, async (values) => {
    await agreementsApi.moveStep(id, values);
    await queryClient.invalidateQueries({ queryKey: agreementKeys.trajectory });
  });
  return (
    <form
      className="inzet-filters"
      noValidate
      onSubmit={form.onSubmit}
      aria-label={t("agreements.stepForm.title")}
    >
      <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
      <SelectField
        name="step"
        label={t("agreements.stepForm.step")}
        defaultValue={next[0]}
        error={form.errors.step}
        options={next.map((s) => ({ value: s, label: t(`agreements.steps.${s}`) }))}
      />
      <TextField name="on" type="date" label={t("agreements.stepForm.on")} error={form.errors.on} />
      <div>
        <SubmitButton busy={form.busy}>{t("agreements.stepForm.submit")}</SubmitButton>
      </div>
    </form>
  );
}

function Meetings({ trajectoryId }: { trajectoryId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  const meetings = useQuery(agreementQueries.meetings(trajectoryId));
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: agreementKeys.meetings });
  const upload = async (meeting: Meeting, file: File | undefined) => {
    if (!file) return;
    setError(null);
    try {
      const contentType = file.type as "image/png";
      await agreementsApi.addAttachment(meeting.id, {
        name: file.name,
        contentType,
        data: await readBase64(file),
      });
      setMessage(t("agreements.meetings.uploaded", { name: file.name }));
      await refresh();
    } catch (caught) {
      setError(caught);
    }
  };
  const manage = hasPermission(me, "dialogue.manage");
  return (
    <section aria-labelledby="meetings">
      <Heading2 id="meetings">{t("agreements.meetings.title")}</Heading2>
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      {meetings.isPending ? (
        <Loading />
      ) : meetings.isError ? (
        <ErrorMessage error={meetings.error} />
      ) : (
        <DataTable
          caption={t("agreements.meetings.caption")}
          rows={meetings.data.items}
          rowKey={(m) => m.id}
          empty={t("agreements.meetings.empty")}
          columns={[
            { header: t("agreements.meetings.heldOn"), cell: (m) => formatDay(m.heldOn, i18n.language) },
            { header: t("agreements.meetings.place"), cell: (m) => `${m.place} (${m.organisationName})` },
            { header: t("agreements.meetings.residentCount"), cell: (m) => m.residentCount },
            { header: t("agreements.meetings.notes"), cell: (m) => m.notes },
            {
              header: t("agreements.meetings.attachments"),
              cell: (m) => (
                <>
                  {m.attachments.map((a) => (
                    <div key={a.id}>
                      <a href={`/api/agreements/attachments/${a.id}`}>{a.name}</a>
                    </div>
                  ))}
                  {manage && (
                    <label className="inzet-file">
                      {t("agreements.meetings.upload")}
                      <span className="inzet-visually-hidden"> {formatDay(m.heldOn, i18n.language)}</span>
                      <input
                        type="file"
                        accept="image/png,image/jpeg,application/pdf"
                        onChange={(event) => void upload(m, event.currentTarget.files?.[0])}
                      />
                    </label>
                  )}
                </>
              ),
            },
          ]}
        />
      )}
      {manage && <MeetingForm trajectoryId={trajectoryId} onDone={setMessage} />}
    </section>
  );
}

function MeetingForm({ trajectoryId, onDone }: { trajectoryId: string; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const organisations = useQuery(agreementQueries.organisations);
  const form = useSchemaForm(meetingInputSchema, async (values) => {
    await agreementsApi.addMeeting(trajectoryId, values);
    onDone(t("agreements.meetings.added"));
    await queryClient.invalidateQueries({ queryKey: agreementKeys.meetings });
  });
  return (
    <form className="inzet-form" noValidate onSubmit={form.onSubmit} aria-labelledby="meeting-form">
      <Heading2 id="meeting-form">{t("agreements.meetings.add")}</Heading2>
      <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
      <TextField
        name="heldOn"
        type="date"
        label={t("agreements.meetings.heldOn")}
        error={form.errors.heldOn}
      />
      <TextField name="place" label={t("agreements.meetings.place")} error={form.errors.place} />
      <SelectField
        name="organisationId"
        label={t("agreements.meetings.organiser")}
        emptyLabel={t("common.choose")}
        error={form.errors.organisationId}
        options={(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
      />
      <TextField
        name="residentCount"
        inputMode="numeric"
        label={t("agreements.meetings.residentCount")}
        error={form.errors.residentCount}
      />
      <TextAreaField name="notes" label={t("agreements.meetings.notes")} error={form.errors.notes} />
      <SubmitButton busy={form.busy}>{t("agreements.meetings.submit")}</SubmitButton>
    </form>
  );
}
