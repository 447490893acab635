import { useTranslation } from "react-i18next";
import { agreementInputSchema, goalKinds } from "../../../shared/participation/agreements.ts";
import { type ActivityType, activityTypes } from "../../../shared/participation/rules.ts";
import type { z } from "../../../shared/zod.ts";
import {
  CheckboxField,
  CheckboxGroupField,
  ErrorSummary,
  formValues,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";

export type AgreementFormProps = {
  /** The activities that count in this municipality (all when the rules are not known). */
  counting?: readonly ActivityType[];
  /** The klantmanager also says who found it. */
  withFoundBy?: boolean;
  onSubmit: (values: z.output<typeof agreementInputSchema>) => Promise<unknown>;
};

const toInput = (form: FormData) => {
  const values = formValues(form, ["goalKinds"]);
  return { ...values, disclosedToOrganisation: form.get("disclosedToOrganisation") === "on" };
};

/** An activity, proposed by the client or entered by the klantmanager on their behalf. */
export function AgreementForm({ counting = activityTypes, withFoundBy, onSubmit }: AgreementFormProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(agreementInputSchema, onSubmit, toInput);
  const e = form.errors;
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <ErrorSummary errors={e} formError={form.formError} summaryRef={form.summaryRef} />
      <SelectField
        name="activity"
        label={t("participation.agreement.activity")}
        error={e.activity}
        emptyLabel="–"
        options={counting.map((a) => ({ value: a, label: t(`participation.activities.${a}`) }))}
      />
      <TextField name="placeName" label={t("participation.agreement.place")} error={e.placeName} />
      <TextAreaField
        name="description"
        label={t("participation.agreement.description")}
        error={e.description}
      />
      <TextField
        name="hoursPerWeek"
        label={t("participation.agreement.hoursPerWeek")}
        inputMode="numeric"
        error={e.hoursPerWeek}
      />
      <TextField
        name="startDate"
        type="date"
        label={t("participation.agreement.startDate")}
        error={e.startDate}
      />
      <TextField name="endDate" type="date" label={t("participation.agreement.endDate")} error={e.endDate} />
      <TextAreaField name="goals" label={t("participation.agreement.goals")} error={e.goals} />
      <CheckboxGroupField
        name="goalKinds"
        legend={t("participation.agreement.goalKinds")}
        options={goalKinds.map((g) => ({ value: g, label: t(`participation.goalKinds.${g}`) }))}
      />
      {withFoundBy && (
        <SelectField
          name="foundBy"
          label={t("participation.agreement.foundBy")}
          defaultValue="client"
          options={(["client", "caseworker", "volunteerShop"] as const).map((f) => ({
            value: f,
            label: t(`participation.agreement.foundByOptions.${f}`),
          }))}
        />
      )}
      <CheckboxField name="disclosedToOrganisation" label={t("participation.agreement.disclosed")} />
      <SubmitButton busy={form.busy}>{t("participation.agreement.save")}</SubmitButton>
    </form>
  );
}
