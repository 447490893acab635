import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { trajectoryInputSchema } from "../../../shared/agreements/trajectories.ts";
import { AppLink } from "../../ui/app-link.tsx";
import {
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { hasPermission, meQuery } from "../accounts/api.ts";
import { districtsQuery } from "../tenancy/api.ts";
import { agreementKeys, agreementQueries, agreementsApi, councilReportHref } from "./api.ts";
import { Timeline } from "./timeline.tsx";

/** Every wijktraject of the werkgebied, and (for the policy officer) a form to start one. */
export function TrajectoriesPage() {
  const { t } = useTranslation();
  const list = useQuery(agreementQueries.trajectories);
  const canStart = hasPermission(useQuery(meQuery).data, "agreements.manage");
  return (
    <>
      <Heading1>{t("agreements.title")}</Heading1>
      <Paragraph>{t("agreements.intro")}</Paragraph>
      <Paragraph>
        <AppLink to="/wijkaanpak/bewaking">{t("agreements.guard.title")}</AppLink>
      </Paragraph>
      <Paragraph>
        {t("agreements.councilReport")}:{" "}
        {(["pdf", "xlsx", "csv"] as const).map((format, i) => (
          <span key={format}>
            {i > 0 && " · "}
            <a className="utrecht-link" href={councilReportHref(format)} download>
              {t(`agreements.councilFormats.${format}`)}
            </a>
          </span>
        ))}
      </Paragraph>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Paragraph>{t("agreements.empty")}</Paragraph>
      ) : (
        list.data.items.map((x) => (
          <section key={x.id} className="inzet-card" aria-labelledby={`trajectory-${x.id}`}>
            <Heading2 id={`trajectory-${x.id}`}>
              <AppLink to="/wijkaanpak/$id" params={{ id: x.id }}>
                {x.districtName}
              </AppLink>
            </Heading2>
            <Paragraph>
              {t("agreements.leadBy", { name: x.leadName, organisation: x.leadOrganisationName })} ·{" "}
              {t(`agreements.statuses.${x.status}`)}
            </Paragraph>
            <Timeline trajectory={x} />
          </section>
        ))
      )}
      {canStart && <StartForm />}
    </>
  );
}

function StartForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const districts = useQuery(districtsQuery);
  const organisations = useQuery(agreementQueries.organisations);
  const [done, setDone] = useState<string | null>(null);
  const form = useSchemaForm(trajectoryInputSchema, async (values) => {
    const made = await agreementsApi.createTrajectory(values);
    setDone(made.districtName);
    await queryClient.invalidateQueries({ queryKey: agreementKeys.trajectories });
  });
  return (
    <section aria-labelledby="start-trajectory">
      <Heading2 id="start-trajectory">{t("agreements.start.title")}</Heading2>
      {done && <Notice>{t("agreements.start.done", { district: done })}</Notice>}
      <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
        <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
        <SelectField
          name="districtId"
          label={t("agreements.start.district")}
          emptyLabel={t("common.choose")}
          error={form.errors.districtId}
          options={(districts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
        />
        <SelectField
          name="leadOrganisationId"
          label={t("agreements.start.leadOrganisation")}
          emptyLabel={t("common.choose")}
          error={form.errors.leadOrganisationId}
          options={(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
        <TextField name="leadName" label={t("agreements.start.leadName")} error={form.errors.leadName} />
        <TextField
          name="startedOn"
          type="date"
          label={t("agreements.start.startedOn")}
          error={form.errors.startedOn}
        />
        <TextAreaField name="goal" label={t("agreements.start.goal")} error={form.errors.goal} />
        <SubmitButton busy={form.busy}>{t("agreements.start.submit")}</SubmitButton>
      </form>
    </section>
  );
}
