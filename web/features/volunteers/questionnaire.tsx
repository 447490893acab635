import { Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { type MotiveAnswers, motiveAnswersSchema, motiveItems } from "../../../shared/motives.ts";
import { ErrorSummary, RadioGroupField, SubmitButton, useSchemaForm } from "../../ui/form.tsx";

const scale = ["1", "2", "3", "4", "5", "6", "7"].map((value) => ({ value, label: value }));

/** The 18 motive items as radio groups on a 1–7 scale; every item must be answered. */
export function Questionnaire({
  onSubmit,
  intro,
}: {
  onSubmit: (answers: MotiveAnswers) => Promise<unknown>;
  intro: string;
}) {
  const { t, i18n } = useTranslation();
  const form = useSchemaForm(motiveAnswersSchema, onSubmit, (data) =>
    Object.fromEntries(
      motiveItems.filter((item) => data.has(item.id)).map((item) => [item.id, Number(data.get(item.id))]),
    ),
  );
  return (
    <form onSubmit={form.onSubmit} noValidate className="inzet-form">
      <ErrorSummary {...form} />
      <Paragraph>{intro}</Paragraph>
      {motiveItems.map((item, index) => (
        <RadioGroupField
          key={item.id}
          name={item.id}
          inline
          legend={`${index + 1}. ${i18n.language === "en" ? item.en : item.nl}`}
          description={index === 0 ? t("volunteers.questionnaire.scale") : undefined}
          error={form.errors[item.id]}
          options={scale}
        />
      ))}
      <div>
        <SubmitButton busy={form.busy}>{t("volunteers.questionnaire.submit")}</SubmitButton>
      </div>
    </form>
  );
}
