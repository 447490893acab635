import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import Papa from "papaparse";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { addressCsvRowSchema, addressHeader } from "../../../shared/outreach.ts";
import { ApiError } from "../../api.ts";
import { ErrorMessage, Notice } from "../../ui/status.tsx";
import { outreachApi } from "./api.ts";

type Phase =
  | { step: "idle" }
  | { step: "checking"; done: number; fraction: number }
  | { step: "sending" }
  | { step: "failed"; errors: string[]; total: number }
  | { step: "done"; added: number; updated: number };

const SHOWN_ERRORS = 20;

/**
 * Address import with a progress bar: the browser reads and checks the file in chunks first (the same
 * rules as the server), so a large file with mistakes is refused before it is sent. The server checks
 * again and imports all rows or none.
 */
export function AddressImport({ campaignId, onImported }: { campaignId: string; onImported: () => void }) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ step: "idle" });
  const [error, setError] = useState<unknown>(null);

  const check = (file: File) =>
    new Promise<{ errors: string[]; total: number; rows: number }>((resolve, reject) => {
      const errors: string[] = [];
      let rows = 0;
      let total = 0;
      Papa.parse<Record<string, string>>(file, {
        header: true,
        skipEmptyLines: "greedy",
        transformHeader: addressHeader,
        chunkSize: 256 * 1024,
        chunk: (results) => {
          for (const raw of results.data) {
            rows++;
            const line = rows + 1;
            const parsed = addressCsvRowSchema.safeParse(raw);
            if (!parsed.success) {
              total += parsed.error.issues.length;
              for (const issue of parsed.error.issues)
                if (errors.length < SHOWN_ERRORS) errors.push(`Regel ${line}: ${issue.message}`);
            }
          }
          setPhase({ step: "checking", done: rows, fraction: Math.min(1, results.meta.cursor / file.size) });
        },
        complete: () => resolve({ errors, total, rows }),
        error: (e) => reject(e),
      });
    });

  const onFile = async (file: File | undefined) => {
    setError(null);
    if (!file) return;
    setPhase({ step: "checking", done: 0, fraction: 0 });
    try {
      const checked = await check(file);
      if (checked.total > 0) {
        setPhase({ step: "failed", errors: checked.errors, total: checked.total });
        return;
      }
      setPhase({ step: "sending" });
      const result = await outreachApi.importAddresses(campaignId, await file.text());
      setPhase({ step: "done", ...result });
      onImported();
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields.length > 0) {
        setPhase({
          step: "failed",
          errors: caught.fields.slice(0, SHOWN_ERRORS).map((f) => f.message),
          total: caught.fields.length,
        });
      } else {
        setPhase({ step: "idle" });
        setError(caught);
      }
    }
  };

  const busy = phase.step === "checking" || phase.step === "sending";
  return (
    <section aria-labelledby="address-import-title">
      <Heading2 id="address-import-title">{t("outreach.import.title")}</Heading2>
      <Paragraph>{t("outreach.import.intro")}</Paragraph>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="address-file">
          {t("outreach.import.file")}
        </label>
        <div>
          <input
            id="address-file"
            type="file"
            accept=".csv,text/csv"
            disabled={busy}
            onChange={(event) => void onFile(event.currentTarget.files?.[0])}
          />
        </div>
      </div>
      {busy && (
        <div className="inzet-progress">
          <label htmlFor="address-progress">
            {phase.step === "checking" ? t("outreach.import.checking") : t("outreach.import.sending")}
          </label>
          <progress
            id="address-progress"
            max={100}
            value={phase.step === "checking" ? Math.round(phase.fraction * 100) : undefined}
          />
          <p className="utrecht-paragraph" aria-live="polite">
            {phase.step === "checking"
              ? t("outreach.import.progress", { done: phase.done })
              : t("outreach.import.sending")}
          </p>
        </div>
      )}
      {phase.step === "failed" && (
        <div role="alert" className="utrecht-alert utrecht-alert--error">
          <Paragraph>{t("outreach.import.errors")}</Paragraph>
          <UnorderedList>
            {phase.errors.map((message) => (
              <UnorderedListItem key={message}>{message}</UnorderedListItem>
            ))}
            {phase.total > phase.errors.length && (
              <UnorderedListItem>
                {t("outreach.import.moreErrors", { count: phase.total - phase.errors.length })}
              </UnorderedListItem>
            )}
          </UnorderedList>
        </div>
      )}
      {phase.step === "done" && (
        <Notice>{t("outreach.import.done", { added: phase.added, updated: phase.updated })}</Notice>
      )}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
