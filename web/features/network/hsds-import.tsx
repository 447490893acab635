import { useQueryClient } from "@tanstack/react-query";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type HsdsService, hsdsServiceSchema } from "../../../shared/hsds.ts";
import { DataTable } from "../../ui/data-table.tsx";
import { ErrorMessage, Notice } from "../../ui/status.tsx";
import { networkApi, networkQueries } from "./api.ts";
import "./staff-strings.ts";

/** One record of the file: what it is and what is wrong with it (checked with the same schema as the server). */
type Checked = { index: number; label: string; problems: string[]; service?: HsdsService };

function checkRecords(records: unknown[]): Checked[] {
  return records.map((record, index) => {
    const parsed = hsdsServiceSchema.safeParse(record);
    const raw = (record ?? {}) as { name?: unknown; organization?: { name?: unknown } };
    const label = [raw.name, raw.organization?.name].filter((v) => typeof v === "string").join(" – ");
    if (parsed.success) return { index, label, problems: [], service: parsed.data };
    return {
      index,
      label,
      problems: parsed.error.issues.map((i) => `${i.path.join(".") || "…"}: ${i.message}`),
    };
  });
}

/** The network manager reads an HSDS 3.0 file: a preview with errors per record, then one import. */
export function HsdsImport() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [records, setRecords] = useState<Checked[] | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const read = async (file: File | undefined) => {
    setRecords(null);
    setFileError(null);
    setError(null);
    setResult(null);
    if (!file) return;
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      return setFileError(t("networkStaff.importNotJson"));
    }
    if (!Array.isArray(data)) return setFileError(t("networkStaff.importNotList"));
    setRecords(checkRecords(data));
  };
  const wrong = records?.filter((r) => r.problems.length > 0).length ?? 0;
  const run = async () => {
    if (!records || wrong > 0) return;
    setBusy(true);
    setError(null);
    try {
      const done = await networkApi.importHsds(records.map((r) => r.service!));
      setResult(t("networkStaff.imported", done));
      setRecords(null);
      await queryClient.invalidateQueries({ queryKey: networkQueries.offeringsAll });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="hsds-import">
      <Heading2 id="hsds-import">{t("networkStaff.importTitle")}</Heading2>
      <Paragraph>{t("networkStaff.importIntro")}</Paragraph>
      <div className={`utrecht-form-field${fileError ? " utrecht-form-field--invalid" : ""}`}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="field-hsds-file">
            {t("networkStaff.importFile")}
          </label>
        </div>
        {fileError && (
          <p className="utrecht-form-field-error-message" id="field-hsds-file-error" role="alert">
            {fileError}
          </p>
        )}
        <div className="utrecht-form-field__input">
          <input
            id="field-hsds-file"
            type="file"
            accept="application/json,.json"
            aria-describedby={fileError ? "field-hsds-file-error" : undefined}
            onChange={(event) => void read(event.currentTarget.files?.[0])}
          />
        </div>
      </div>
      {result && <Notice>{result}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      {records && <Preview records={records} wrong={wrong} busy={busy} onRun={() => void run()} />}
    </section>
  );
}

function Preview({
  records,
  wrong,
  busy,
  onRun,
}: {
  records: Checked[];
  wrong: number;
  busy: boolean;
  onRun: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p aria-live="polite">{t("networkStaff.importPreview", { count: records.length })}</p>
      <DataTable
        caption={t("networkStaff.importCaption")}
        rows={records}
        rowKey={(r) => String(r.index)}
        empty={t("network.empty")}
        columns={[
          { header: t("networkStaff.importRecord"), cell: (r) => r.index + 1 },
          { header: t("networkStaff.importServices"), cell: (r) => r.label },
          {
            header: t("networkStaff.importProblems"),
            cell: (r) =>
              r.problems.length === 0 ? (
                t("networkStaff.importOk")
              ) : (
                <ul className="utrecht-unordered-list">
                  {r.problems.map((p) => (
                    <li key={p} className="utrecht-unordered-list__item">
                      {p}
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
      {wrong > 0 ? (
        <Paragraph>
          <strong>{t("networkStaff.importHasErrors", { count: wrong })}</strong>
        </Paragraph>
      ) : (
        <Paragraph>
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            disabled={busy || records.length === 0}
            onClick={onRun}
          >
            {t("networkStaff.importRun")}
          </button>
        </Paragraph>
      )}
    </>
  );
}
