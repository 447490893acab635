import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Heading2 } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { hoursInputSchema } from "../../../shared/allowances.ts";
import { amsterdamDay } from "../../../shared/dates.ts";
import { z } from "../../../shared/zod.ts";
import { DataTable } from "../../ui/data-table.tsx";
import { ErrorSummary, SelectField, SubmitButton, TextField, useSchemaForm } from "../../ui/form.tsx";
import { formatDay, formatNumber } from "../../ui/format.ts";
import { Notice } from "../../ui/status.tsx";
import { invalidate, type OwnApplication, vacanciesApi, vacancyKeys, vacancyQueries } from "./api.ts";

const ownHoursSchema = hoursInputSchema.extend({ applicationId: z.uuid({ message: "Kies een plaatsing." }) });

/** A volunteer writes hours for a placement and sees whether they were approved. */
export function OwnHours({ placements }: { placements: OwnApplication[] }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState(placements[0]?.id ?? "");
  const [saved, setSaved] = useState(false);
  const list = useQuery({ ...vacancyQueries.ownHours(selected), enabled: Boolean(selected) });
  const form = useSchemaForm(ownHoursSchema, async ({ applicationId, ...body }) => {
    await vacanciesApi.logOwnHours(applicationId, body);
    setSelected(applicationId);
    setSaved(true);
    await invalidate(queryClient, vacancyKeys.ownHours);
  });
  if (placements.length === 0) return null;
  const e = form.errors;
  return (
    <section aria-labelledby="own-hours-title">
      <Heading2 id="own-hours-title">{t("vacancies.hours.ownTitle")}</Heading2>
      <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
        {saved && <Notice>{t("vacancies.hours.logged")}</Notice>}
        <ErrorSummary {...form} />
        <SelectField
          name="applicationId"
          label={t("vacancies.hours.placement")}
          defaultValue={selected}
          options={placements.map((p) => ({ value: p.id, label: `${p.title} (${p.organisationName})` }))}
          error={e.applicationId}
        />
        <TextField
          name="date"
          type="date"
          label={t("vacancies.hours.date")}
          defaultValue={amsterdamDay()}
          error={e.date}
        />
        <TextField name="hours" inputMode="numeric" label={t("vacancies.hours.hours")} error={e.hours} />
        <TextField name="note" label={t("volunteers.fields.note")} error={e.note} />
        <div>
          <SubmitButton busy={form.busy}>{t("vacancies.hours.log")}</SubmitButton>
        </div>
      </form>
      <DataTable
        caption={t("vacancies.hours.ownCaption")}
        rows={list.data ?? []}
        rowKey={(row) => row.id}
        empty={t("vacancies.hours.empty")}
        columns={[
          {
            header: t("vacancies.hours.date"),
            cell: (row) => formatDay(row.date, i18n.language),
          },
          { header: t("vacancies.hours.hours"), cell: (row) => formatNumber(row.hours, i18n.language) },
          { header: t("volunteers.fields.note"), cell: (row) => row.note || "–" },
          { header: t("vacancies.mine.status"), cell: (row) => t(`vacancies.hours.statuses.${row.status}`) },
        ]}
      />
    </section>
  );
}
