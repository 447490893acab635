import { Fieldset, FieldsetLegend } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { decisionSchema, deliveries, refusalCategories } from "../../../shared/participation/agreements.ts";
import { standardChecklist } from "../../../shared/participation/rules.ts";
import type { z } from "../../../shared/zod.ts";
import {
  ErrorSummary,
  RadioGroupField,
  SelectField,
  SubmitButton,
  TextAreaField,
  useSchemaForm,
} from "../../ui/form.tsx";

export type DecisionFormProps = {
  extraChecklist: readonly string[];
  onSubmit: (values: z.output<typeof decisionSchema>) => Promise<unknown>;
};

/** The verdringing check and the decision; a refusal needs a reason and a motivation. */
export function DecisionForm({ extraChecklist, onSubmit }: DecisionFormProps) {
  const { t } = useTranslation();
  const items = [
    ...standardChecklist.map((item) => ({ key: item.key as string, label: item.label as string })),
    ...extraChecklist.map((label, i) => ({ key: `extra${i + 1}`, label })),
  ];
  const toInput = (form: FormData) => {
    const checklist: Record<string, boolean> = {};
    for (const item of items) {
      const answer = form.get(`check-${item.key}`);
      if (answer) checklist[item.key] = answer === "yes";
    }
    const category = form.get("refusalCategory");
    return {
      decision: form.get("decision") ?? undefined,
      motivation: form.get("motivation") ?? "",
      refusalCategory: category ? category : undefined,
      delivery: form.get("delivery") ?? "mail",
      checklist,
    };
  };
  const form = useSchemaForm(decisionSchema, onSubmit, toInput);
  const e = form.errors;
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <ErrorSummary errors={e} formError={form.formError} summaryRef={form.summaryRef} />
      <Fieldset>
        <FieldsetLegend>{t("participation.client.checklist")}</FieldsetLegend>
        {items.map((item) => (
          <RadioGroupField
            key={item.key}
            name={`check-${item.key}`}
            legend={item.label}
            error={e[`checklist.${item.key}`]}
            inline
            options={[
              { value: "yes", label: t("participation.client.yes") },
              { value: "no", label: t("participation.client.no") },
            ]}
          />
        ))}
      </Fieldset>
      <RadioGroupField
        name="decision"
        legend={t("participation.client.decision")}
        error={e.decision}
        options={[
          { value: "granted", label: t("participation.client.granted") },
          { value: "refused", label: t("participation.client.refused") },
        ]}
      />
      <SelectField
        name="refusalCategory"
        label={t("participation.client.refusalCategory")}
        emptyLabel="–"
        error={e.refusalCategory}
        options={refusalCategories.map((c) => ({
          value: c,
          label: t(`participation.refusalCategories.${c}`),
        }))}
      />
      <TextAreaField name="motivation" label={t("participation.agreement.motivation")} error={e.motivation} />
      <SelectField
        name="delivery"
        label={t("participation.client.delivery")}
        defaultValue="mail"
        options={deliveries.map((d) => ({ value: d, label: t(`participation.deliveries.${d}`) }))}
      />
      <SubmitButton busy={form.busy}>{t("participation.client.decide")}</SubmitButton>
    </form>
  );
}
