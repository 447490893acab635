import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type OutreachCampaign,
  type Shift,
  shiftInputSchema,
  type WalkList,
} from "../../../shared/outreach.ts";
import { DataTable } from "../../ui/data-table.tsx";
import {
  CheckboxGroupField,
  ErrorSummary,
  formValues,
  SelectField,
  SubmitButton,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { formatDayWithWeekday } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { outreachApi, outreachQueries } from "./api.ts";

export const shiftWhen = (s: Shift, language: string) =>
  `${formatDayWithWeekday(s.date, language)}, ${s.startTime}–${s.endTime}`;

/** The roster of a campaign, and planning a shift for a pair (the rules are checked by the server). */
export function ShiftsSection({
  campaign,
  lists,
  canManage,
}: {
  campaign: OutreachCampaign;
  lists: WalkList[];
  canManage: boolean;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const shifts = useQuery({
    ...outreachQueries.shifts(campaign.id),
  });
  const eligible = useQuery({
    ...outreachQueries.eligible(campaign.id),
    enabled: canManage,
  });
  const professionals = useQuery({
    ...outreachQueries.professionals(),
    enabled: canManage,
  });
  const form = useSchemaForm(
    shiftInputSchema,
    async (values) => {
      const planned = await outreachApi.planShift(campaign.id, values);
      setMessage(t("outreach.shifts.planned", { when: shiftWhen(planned, i18n.language) }));
      await queryClient.invalidateQueries({ queryKey: outreachQueries.shifts(campaign.id).queryKey });
    },
    (data) => formValues(data, ["volunteerIds", "professionalUserIds"]),
  );
  const e = form.errors;
  const onCall = (professionals.data ?? []).filter((p) => campaign.professionalUserIds.includes(p.userId));
  return (
    <section aria-labelledby="shifts-title">
      <Heading2 id="shifts-title">{t("outreach.shifts.title")}</Heading2>
      <Paragraph>{t("outreach.shifts.intro")}</Paragraph>
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      {shifts.isPending ? (
        <Loading />
      ) : shifts.isError ? (
        <ErrorMessage error={shifts.error} />
      ) : (
        <DataTable
          caption={t("outreach.shifts.caption")}
          rows={shifts.data}
          rowKey={(row) => row.id}
          empty={t("outreach.shifts.empty")}
          columns={[
            { header: t("outreach.shifts.when"), cell: (row) => shiftWhen(row, i18n.language) },
            { header: t("outreach.walkLists.name"), cell: (row) => row.walkListName ?? "" },
            {
              header: t("outreach.shifts.people"),
              cell: (row) =>
                row.members
                  .map(
                    (m) =>
                      `${m.name}${m.professional ? ` (${t("outreach.shifts.professional")})` : ""}${m.checkedInAt ? ` ✓ ${t("outreach.shifts.checkedIn")}` : ""}`,
                  )
                  .join(", "),
            },
            ...(canManage
              ? [
                  {
                    header: t("common.actions"),
                    cell: (row: Shift) => (
                      <Button
                        appearance="secondary-action-button"
                        aria-label={t("outreach.shifts.cancelFor", { when: shiftWhen(row, i18n.language) })}
                        onClick={async () => {
                          setError(null);
                          try {
                            await outreachApi.cancelShift(campaign.id, row.id);
                            setMessage(t("outreach.shifts.cancelled"));
                            await shifts.refetch();
                          } catch (caught) {
                            setError(caught);
                          }
                        }}
                      >
                        {t("outreach.shifts.cancel")}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {canManage && lists.length > 0 && (
        <>
          <Heading3>{t("outreach.shifts.plan")}</Heading3>
          <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
            <ErrorSummary {...form} />
            <SelectField
              name="walkListId"
              label={t("outreach.walkLists.name")}
              emptyLabel={t("common.choose")}
              options={lists.map((l) => ({
                value: l.id,
                label: `${l.name} (${l.addresses[0]?.line ?? ""})`,
              }))}
              error={e.walkListId}
            />
            <TextField name="date" type="date" label={t("outreach.shifts.date")} error={e.date} required />
            <TextField
              name="startTime"
              type="time"
              label={t("outreach.shifts.start")}
              defaultValue="14:00"
              error={e.startTime}
            />
            <TextField
              name="endTime"
              type="time"
              label={t("outreach.shifts.end")}
              defaultValue="16:30"
              error={e.endTime}
            />
            {eligible.data && eligible.data.length > 0 ? (
              <CheckboxGroupField
                name="volunteerIds"
                legend={t("outreach.shifts.volunteers")}
                description={t("outreach.shifts.volunteersHelp")}
                options={eligible.data.map((v) => ({
                  value: v.volunteerId,
                  label: v.experienced ? v.name : `${v.name} (${t("outreach.shifts.firstTime")})`,
                }))}
                error={e.volunteerIds}
              />
            ) : (
              <Paragraph>{t("outreach.shifts.noneEligible")}</Paragraph>
            )}
            {onCall.length > 0 && (
              <CheckboxGroupField
                name="professionalUserIds"
                legend={t("outreach.shifts.professionals")}
                options={onCall.map((p) => ({ value: p.userId, label: p.name }))}
                error={e.professionalUserIds}
              />
            )}
            <div>
              <SubmitButton busy={form.busy}>{t("outreach.shifts.save")}</SubmitButton>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
