import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Agreement } from "../../../shared/participation/agreements.ts";
import { type Client, clientExemptionSchema } from "../../../shared/participation/clients.ts";
import { CheckboxField, ErrorSummary, SubmitButton, TextField, useSchemaForm } from "../../ui/form.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { AgreementForm } from "./agreement-form.tsx";
import { AgreementSummary } from "./agreement-summary.tsx";
import { participationApi, participationQueries } from "./api.ts";
import { ClientHandover } from "./client-handover.tsx";
import { DecisionForm } from "./decision-form.tsx";
import { HoursForm } from "./hours-form.tsx";

const route = getRouteApi("/app/participatie/klanten/$id");

/** One client of the caseload: exemption, agreements, the decision and its letter, hours. */
export function ClientPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const queryClient = useQueryClient();
  const client = useQuery(participationQueries.client(id));
  const agreements = useQuery(participationQueries.agreements(id));
  const rules = useQuery(participationQueries.rules());
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: participationQueries.keys.agreements });
    await queryClient.invalidateQueries({ queryKey: participationQueries.keys.client });
  };
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      setMessage(t("participation.client.saved"));
      await refresh();
    } catch (caught) {
      setError(caught);
      throw caught;
    }
  };
  if (client.isPending) return <Loading />;
  if (client.isError) return <ErrorMessage error={client.error} />;
  const c = client.data;
  const inForce = rules.data?.inForce ?? null;
  const open = agreements.data?.items.find((a) => a.can.decide);
  const reportable = agreements.data?.items.find((a) => a.can.reportHours);
  return (
    <>
      <Heading1>{t("participation.client.title", { name: `${c.givenName} ${c.familyName}` })}</Heading1>
      <ClientFacts client={c} />
      {c.isVolunteer && <Paragraph>{t("participation.client.volunteer")}</Paragraph>}
      <section className="inzet-card" aria-labelledby="allowance-title">
        <Heading2 id="allowance-title">{t("participation.mine.allowance")}</Heading2>
        <Paragraph lang="nl">{c.allowance.text}</Paragraph>
      </section>
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      <Exemption id={id} exempt={c.exempt} exemptUntil={c.exemptUntil} onSaved={refresh} />
      <Heading2>{t("participation.mine.agreements")}</Heading2>
      {agreements.data?.items.map((a) => (
        <AgreementSummary
          key={a.id}
          agreement={a}
          onLetter={(letterId) => void act(() => participationApi.letter(a.id, letterId))}
        >
          <Actions agreement={a} procedure={inForce?.procedure ?? null} act={act} />
        </AgreementSummary>
      ))}
      {open && (
        <section aria-labelledby="decision-title">
          <Heading2 id="decision-title">{t("participation.client.decision")}</Heading2>
          <DecisionForm
            extraChecklist={inForce?.extraChecklist ?? []}
            onSubmit={(values) => act(() => participationApi.decide(open.id, values))}
          />
        </section>
      )}
      {reportable && (
        <section aria-labelledby="hours-title">
          <Heading2 id="hours-title">{t("participation.agreement.reportHours")}</Heading2>
          <HoursForm onSubmit={(values) => act(() => participationApi.hours(reportable.id, values))} />
        </section>
      )}
      <Heading2>{t("participation.client.newAgreement")}</Heading2>
      <AgreementForm
        counting={inForce?.countingActivities}
        withFoundBy
        onSubmit={(values) => act(() => participationApi.createAgreement(id, values))}
      />
      <ClientHandover clientId={id} caseworkerUserId={c.caseworkerUserId} />
    </>
  );
}

function ClientFacts({ client: c }: { client: Client }) {
  const { t } = useTranslation();
  const facts = [
    c.clientNumber,
    c.email ?? c.phone ?? "–",
    c.allowance.age,
    t(`participation.languages.${c.language}`),
  ];
  if (c.regime)
    facts.push(t("participation.client.regime", { regime: t(`participation.regimes.${c.regime}`) }));
  return <Paragraph>{facts.join(" · ")}</Paragraph>;
}

type ActionsProps = {
  agreement: Agreement;
  procedure: "permission" | "notify" | null;
  act: (work: () => Promise<unknown>) => Promise<void>;
};

function Actions({ agreement: a, procedure, act }: ActionsProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const button = (label: string, work: () => Promise<unknown>) => (
    <button
      type="button"
      className="utrecht-button utrecht-button--secondary-action inzet-inline-button"
      onClick={() => void act(work).catch(() => {})}
    >
      {label}
    </button>
  );
  return (
    <div>
      {a.can.submit && (
        <>
          <label htmlFor={`reason-${a.id}`}>{t("participation.client.overLimitReason")}</label>
          <input
            id={`reason-${a.id}`}
            className="utrecht-textbox utrecht-textbox--html-input"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          {button(
            procedure === "notify"
              ? t("participation.client.submitNotify")
              : t("participation.client.submitPermission"),
            () => participationApi.submit(a.id, { overLimitReason: reason }),
          )}
        </>
      )}
      {a.can.start &&
        button(t("participation.client.start"), () => participationApi.setStatus(a.id, { status: "active" }))}
      {a.can.evaluate &&
        button(t("participation.client.evaluate"), () =>
          participationApi.setStatus(a.id, { status: "evaluated" }),
        )}
      {a.can.end &&
        button(t("participation.client.end"), () => participationApi.setStatus(a.id, { status: "ended" }))}
    </div>
  );
}

type ExemptionProps = {
  id: string;
  exempt: boolean;
  exemptUntil: string | null;
  onSaved: () => Promise<void>;
};

function Exemption({ id, exempt, exemptUntil, onSaved }: ExemptionProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    clientExemptionSchema,
    async (values) => {
      await participationApi.setExemption(id, values);
      await onSaved();
    },
    (data) => ({ exempt: data.get("exempt") === "on", exemptUntil: data.get("exemptUntil") ?? "" }),
  );
  return (
    <section aria-labelledby="exemption-title">
      <Heading2 id="exemption-title">{t("participation.client.exemption")}</Heading2>
      <Paragraph>{t("participation.client.exemptionIntro")}</Paragraph>
      <form onSubmit={form.onSubmit} noValidate>
        <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
        <CheckboxField name="exempt" label={t("participation.client.exempt")} defaultChecked={exempt} />
        <TextField
          name="exemptUntil"
          type="date"
          label={t("participation.client.exemptUntil")}
          defaultValue={exemptUntil}
          error={form.errors.exemptUntil}
        />
        <SubmitButton busy={form.busy}>{t("participation.client.saveExemption")}</SubmitButton>
      </form>
    </section>
  );
}
