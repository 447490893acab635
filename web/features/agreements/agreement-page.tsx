import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import {
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Agreement, signInputSchema } from "../../../shared/agreements/agreement.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { ErrorSummary, SelectField, SubmitButton, TextField, useSchemaForm } from "../../ui/form.tsx";
import { formatDay, formatMoney } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { AgreementEditor } from "./agreement-editor.tsx";
import { agreementKeys, agreementQueries, agreementsApi, pdfHref } from "./api.ts";
import "./values-strings.ts";

const route = getRouteApi("/app/afspraken/$id");
type Version = Agreement["versions"][number];

/** One prestatieafspraak: every version with its sign-offs and what changed; sign, or start a new version. */
export function AgreementPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const queryClient = useQueryClient();
  const agreement = useQuery(agreementQueries.agreement(id));
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (agreement.isPending) return <Loading />;
  if (agreement.isError) return <ErrorMessage error={agreement.error} />;
  const a = agreement.data;
  const latest = a.versions.at(-1)!;
  return (
    <>
      <Heading1>{latest.content.title}</Heading1>
      <Paragraph>
        <AppLink to="/wijkaanpak/$id/afspraken" params={{ id: a.trajectoryId }}>
          {t("agreements.list.back")}
        </AppLink>
        {a.versions.some((v) => v.status === "active") && (
          <>
            {" · "}
            <AppLink to="/afspraken/$id/monitoring" params={{ id }}>
              {t("agreements.list.toMonitoring")}
            </AppLink>
          </>
        )}
      </Paragraph>
      {message && <Notice>{message}</Notice>}
      {a.can.sign && <SignForm id={id} version={latest} onDone={setMessage} />}
      {a.can.edit && !editing && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => setEditing(true)}
        >
          {latest.status === "draft" ? t("agreements.detail.editDraft") : t("agreements.detail.newVersion")}
        </button>
      )}
      {editing && (
        <AgreementEditor
          trajectoryId={a.trajectoryId}
          initial={latest.content}
          needsNote={latest.status !== "draft" || latest.number > 1}
          onSave={async (body) => {
            await agreementsApi.saveDraft(id, body);
            setEditing(false);
            setMessage(t("agreements.detail.saved"));
            await queryClient.invalidateQueries({ queryKey: agreementKeys.agreement });
          }}
        />
      )}
      {[...a.versions].reverse().map((v) => (
        <VersionView key={v.number} id={id} version={v} />
      ))}
    </>
  );
}

function VersionView({ id, version: v }: { id: string; version: Version }) {
  const { t, i18n } = useTranslation();
  const party = (key: string) => v.content.parties.find((p) => p.key === key)?.name ?? key;
  return (
    <section className="inzet-card" aria-labelledby={`version-${v.number}`}>
      <Heading2 id={`version-${v.number}`}>
        {t("agreements.detail.version", { n: v.number })} · {t(`agreements.versionStatuses.${v.status}`)}
      </Heading2>
      <Paragraph>
        {formatDay(v.content.validFrom, i18n.language)} – {formatDay(v.content.validUntil, i18n.language)}
        {v.changeNote && ` · ${v.changeNote}`}
      </Paragraph>
      <Paragraph>
        <a href={pdfHref(id, v.number)} download>
          {t("agreements.document.pdf", { n: v.number })}
        </a>
      </Paragraph>
      {v.changes.length > 0 && (
        <>
          <Heading3>{t("agreements.detail.changes")}</Heading3>
          <UnorderedList>
            {v.changes.map((c) => (
              <UnorderedListItem key={`${c.path}-${c.kind}`}>
                {c.path}: {t(`agreements.changeKinds.${c.kind}`)} {c.before && `«${c.before}»`}{" "}
                {c.after && `→ «${c.after}»`}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      <Heading3>{t("agreements.detail.parties")}</Heading3>
      <UnorderedList>
        {v.content.parties.map((p) => {
          const s = v.signatures.find((x) => x.partyKey === p.key);
          return (
            <UnorderedListItem key={p.key}>
              {p.name} ({t(`agreements.partyKinds.${p.kind}`)}):{" "}
              {s
                ? t("agreements.detail.signedBy", {
                    name: s.signerName,
                    day: formatDay(s.signedOn, i18n.language),
                  })
                : t("agreements.detail.notSigned")}
            </UnorderedListItem>
          );
        })}
      </UnorderedList>
      {v.content.activities.map((x) => (
        <div key={x.key}>
          <Heading3>{x.title}</Heading3>
          <Paragraph>
            {t("agreements.detail.activityLine", {
              supplier: party(x.supplierPartyKey),
              owner: party(x.ownerPartyKey),
              cost: formatMoney(x.cost, i18n.language),
              volunteer: x.volunteerHoursPerMonth,
              professional: x.professionalHoursPerMonth,
            })}
          </Paragraph>
          <Paragraph>
            {t("agreements.detail.budget")}{" "}
            {x.budget.map((b) => `${party(b.partyKey)} ${formatMoney(b.amount, i18n.language)}`).join(", ")}
          </Paragraph>
          <UnorderedList>
            {x.indicators.map((ind) => (
              <UnorderedListItem key={ind.key}>
                {ind.name}: {t("agreements.detail.target", { target: ind.target })} (
                {t(`agreements.sources.${ind.source}`)})
              </UnorderedListItem>
            ))}
          </UnorderedList>
          {x.professionalSupport && <Paragraph>{x.professionalSupport}</Paragraph>}
        </div>
      ))}
    </section>
  );
}

function SignForm({ id, version, onDone }: { id: string; version: Version; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useSchemaForm(signInputSchema, async (values) => {
    await agreementsApi.sign(id, version.number, values);
    onDone(t("agreements.detail.signed"));
    await queryClient.invalidateQueries({ queryKey: agreementKeys.agreement });
  });
  if (version.unsigned.length === 0) return null;
  return (
    <form className="inzet-form" noValidate onSubmit={form.onSubmit} aria-labelledby="sign-form">
      <Heading2 id="sign-form">{t("agreements.detail.signTitle", { n: version.number })}</Heading2>
      <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
      <SelectField
        name="partyKey"
        label={t("agreements.detail.party")}
        error={form.errors.partyKey}
        options={version.unsigned.map((k) => ({
          value: k,
          label: version.content.parties.find((p) => p.key === k)?.name ?? k,
        }))}
      />
      <TextField name="signerName" label={t("agreements.detail.signerName")} error={form.errors.signerName} />
      <TextField
        name="signedOn"
        type="date"
        label={t("agreements.detail.signedOn")}
        error={form.errors.signedOn}
      />
      <SubmitButton busy={form.busy}>{t("agreements.detail.sign")}</SubmitButton>
    </form>
  );
}
