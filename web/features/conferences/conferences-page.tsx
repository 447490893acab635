import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { conferenceInputSchema } from "../../../shared/conferences.ts";
import { instantOfAmsterdamLocal } from "../../../shared/dates.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { ErrorSummary, SubmitButton, TextField, useSchemaForm } from "../../ui/form.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { hasPermission, useMe } from "../accounts/api.ts";
import { conferenceQueries, conferencesApi } from "./api.ts";

/** A `<input type="datetime-local">` value, read as Amsterdam's wall clock (not the browser's zone), as an instant. */
export const instant = (local: FormDataEntryValue | null) =>
  typeof local === "string" ? instantOfAmsterdamLocal(local)?.toISOString() : undefined;

export function ConferencesPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const list = useQuery(conferenceQueries.list());
  const queryClient = useQueryClient();
  const form = useSchemaForm(
    conferenceInputSchema,
    async (values) => {
      await conferencesApi.create(values);
      await queryClient.invalidateQueries({ queryKey: conferenceQueries.all });
    },
    (data) => ({
      title: data.get("title"),
      place: data.get("place"),
      startsAt: instant(data.get("startsAt")),
      agendaDeadline: instant(data.get("agendaDeadline")),
    }),
  );
  return (
    <>
      <Heading1>{t("conferences.title")}</Heading1>
      <Paragraph>{t("conferences.intro")}</Paragraph>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <DataTable
          caption={t("conferences.caption")}
          rows={list.data}
          rowKey={(row) => row.id}
          empty={t("conferences.empty")}
          columns={[
            {
              header: t("conferences.titleField"),
              cell: (row) => (
                <AppLink to="/conferenties/$id" params={{ id: row.id }}>
                  {row.title}
                </AppLink>
              ),
            },
            { header: t("conferences.when"), cell: (row) => formatDateTime(row.startsAt, i18n.language) },
            { header: t("conferences.place"), cell: (row) => row.place },
            { header: t("conferences.status"), cell: (row) => t(`conferences.statuses.${row.status}`) },
            { header: t("conferences.openActions"), cell: (row) => row.openActions },
          ]}
        />
      )}
      {hasPermission(me.data, "conferences.manage") && (
        <>
          <Heading2>{t("conferences.new")}</Heading2>
          <form onSubmit={form.onSubmit} noValidate>
            <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
            <TextField name="title" label={t("conferences.titleField")} error={form.errors.title} required />
            <DateTimeField name="startsAt" label={t("conferences.startsAt")} error={form.errors.startsAt} />
            <TextField name="place" label={t("conferences.place")} error={form.errors.place} />
            <DateTimeField
              name="agendaDeadline"
              label={t("conferences.deadline")}
              error={form.errors.agendaDeadline}
            />
            <SubmitButton busy={form.busy}>{t("conferences.create")}</SubmitButton>
          </form>
        </>
      )}
    </>
  );
}

export function DateTimeField({ name, label, error }: { name: string; label: string; error?: string }) {
  return (
    <div className={`utrecht-form-field${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={`field-${name}`}>
          {label}
        </label>
      </div>
      {error && (
        <p className="utrecht-form-field-error-message" id={`field-${name}-error`}>
          {error}
        </p>
      )}
      <div className="utrecht-form-field__input">
        <input
          id={`field-${name}`}
          name={name}
          type="datetime-local"
          className="utrecht-textbox utrecht-textbox--html-input"
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `field-${name}-error` : undefined}
        />
      </div>
    </div>
  );
}
