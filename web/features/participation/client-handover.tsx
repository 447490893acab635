import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { Heading2 } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { handoverSchema } from "../../../shared/participation/teams.ts";
import { ErrorSummary, SelectField, SubmitButton, useSchemaForm } from "../../ui/form.tsx";
import { participationApi, participationQueries } from "./api.ts";
import "./team-strings.ts";

type ClientHandoverProps = { clientId: string; caseworkerUserId: string };

/** Hands one client to a colleague of the team; shown when there is a colleague to hand to. */
export function ClientHandover({ clientId, caseworkerUserId }: ClientHandoverProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const colleagues = (useQuery(participationQueries.caseworkers()).data?.items ?? []).filter(
    (c) => c.userId !== caseworkerUserId && c.team,
  );
  const form = useSchemaForm(
    handoverSchema,
    async (values) => {
      await participationApi.handOver(values);
      await queryClient.invalidateQueries({ queryKey: participationQueries.keys.clients });
      await queryClient.invalidateQueries({ queryKey: participationQueries.keys.caseworkers });
      await navigate({ to: "/participatie" });
    },
    (data) => ({ fromUserId: caseworkerUserId, toUserId: data.get("toUserId") ?? "", clientIds: [clientId] }),
  );
  if (colleagues.length === 0) return null;
  return (
    <section aria-labelledby="client-handover">
      <Heading2 id="client-handover">{t("participation.team.handoverOne")}</Heading2>
      <form onSubmit={form.onSubmit} noValidate>
        <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
        <SelectField
          name="toUserId"
          label={t("participation.team.to")}
          emptyLabel={t("participation.team.choose")}
          options={colleagues.map((c) => ({ value: c.userId, label: c.name }))}
          error={form.errors.toUserId}
        />
        <SubmitButton busy={form.busy}>{t("participation.team.handoverOneButton")}</SubmitButton>
      </form>
    </section>
  );
}
