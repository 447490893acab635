import { useTranslation } from "react-i18next";
import { motiveFunctions } from "../../../shared/motives.ts";
import {
  languageLevels,
  locationTypes,
  scheduleTypes,
  type Vacancy,
  vacancyInputSchema,
  vacancyStatuses,
} from "../../../shared/vacancies.ts";
import { personalGoals, type VolunteerSettings, vogProfileCodes } from "../../../shared/volunteers.ts";
import type { z } from "../../../shared/zod.ts";
import {
  CheckboxField,
  CheckboxGroupField,
  ErrorSummary,
  formValues,
  RadioGroupField,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { SlotGrid } from "../volunteers/index.ts";

const arrays = ["slots", "skills", "requiredTrainings", "vogProfiles", "motives", "goals"] as const;

export function VacancyForm({
  vacancy: v,
  settings,
  districts,
  organisations,
  onSubmit,
}: {
  vacancy?: Vacancy;
  settings: VolunteerSettings;
  districts: { id: string; name: string }[];
  organisations: { value: string; label: string }[] | null;
  onSubmit: (values: z.output<typeof vacancyInputSchema>) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm(vacancyInputSchema, onSubmit, (data) => ({
    ...formValues(data, arrays),
    accessible: data.get("accessible") === "on",
    suitableForBenefits: data.get("suitableForBenefits") === "on",
  }));
  const e = form.errors;
  const terms = (list: { code: string; label: string }[]) =>
    list.map((x) => ({ value: x.code, label: x.label }));
  return (
    <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
      <ErrorSummary {...form} />
      {organisations && (
        <SelectField
          name="organisationId"
          label={t("vacancies.form.organisation")}
          emptyLabel={t("common.choose")}
          options={organisations}
          defaultValue={v?.organisationId}
          error={e.organisationId}
        />
      )}
      <TextField
        name="title"
        label={t("vacancies.form.title")}
        description={t("vacancies.form.titleHelp")}
        defaultValue={v?.title}
        error={e.title}
        required
      />
      <TextAreaField
        name="description"
        label={t("vacancies.form.description")}
        description={t("vacancies.form.descriptionHelp")}
        defaultValue={v?.description}
        error={e.description}
      />
      <TextAreaField name="tasks" label={t("vacancies.form.tasks")} defaultValue={v?.tasks} error={e.tasks} />
      <RadioGroupField
        name="locationType"
        legend={t("vacancies.form.locationType")}
        options={locationTypes.map((l) => ({ value: l, label: t(`vacancies.location.${l}`) }))}
        defaultValue={v?.locationType ?? "district"}
        error={e.locationType}
      />
      <TextField name="street" label={t("vacancies.form.street")} defaultValue={v?.street} error={e.street} />
      <TextField
        name="postcode"
        label={t("vacancies.form.postcode")}
        defaultValue={v?.postcode}
        error={e.postcode}
      />
      <TextField name="city" label={t("vacancies.form.city")} defaultValue={v?.city} error={e.city} />
      <SelectField
        name="districtId"
        label={t("vacancies.form.district")}
        emptyLabel={t("common.choose")}
        options={districts.map((d) => ({ value: d.id, label: d.name }))}
        defaultValue={v?.districtId}
        error={e.districtId}
      />
      <RadioGroupField
        name="scheduleType"
        legend={t("vacancies.form.scheduleType")}
        options={scheduleTypes.map((s) => ({ value: s, label: t(`vacancies.schedule.${s}`) }))}
        defaultValue={v?.scheduleType ?? "recurring"}
        error={e.scheduleType}
      />
      <TextField
        name="date"
        type="date"
        label={t("vacancies.form.date")}
        defaultValue={v?.date}
        error={e.date}
      />
      <SlotGrid
        name="slots"
        legend={t("vacancies.form.slots")}
        caption={t("vacancies.form.slots")}
        defaultValue={v?.slots ?? []}
        error={e.slots ?? e["slots.0"]}
      />
      <TextField
        name="startTime"
        label={t("vacancies.form.startTime")}
        defaultValue={v?.startTime}
        error={e.startTime}
      />
      <TextField
        name="endTime"
        label={t("vacancies.form.endTime")}
        defaultValue={v?.endTime}
        error={e.endTime}
      />
      <TextField
        name="startsOn"
        type="date"
        label={t("vacancies.form.startsOn")}
        defaultValue={v?.startsOn}
        error={e.startsOn}
      />
      <TextField
        name="endsOn"
        type="date"
        label={t("vacancies.form.endsOn")}
        defaultValue={v?.endsOn}
        error={e.endsOn}
      />
      <TextField
        name="hoursPerWeek"
        inputMode="numeric"
        label={t("vacancies.form.hoursPerWeek")}
        defaultValue={v?.hoursPerWeek?.toString()}
        error={e.hoursPerWeek}
      />
      <TextField
        name="places"
        inputMode="numeric"
        label={t("vacancies.form.places")}
        defaultValue={String(v?.places ?? 1)}
        error={e.places}
        required
      />
      <CheckboxGroupField
        name="skills"
        legend={t("vacancies.form.skills")}
        options={terms(settings.skills)}
        defaultValue={v?.skills ?? []}
        error={e.skills}
      />
      <SelectField
        name="theme"
        label={t("vacancies.form.theme")}
        emptyLabel={t("common.choose")}
        options={terms(settings.interests)}
        defaultValue={v?.theme}
        error={e.theme}
      />
      <CheckboxGroupField
        name="requiredTrainings"
        legend={t("vacancies.form.requiredTrainings")}
        options={terms(settings.trainings)}
        defaultValue={v?.requiredTrainings ?? []}
        error={e.requiredTrainings}
      />
      <CheckboxGroupField
        name="vogProfiles"
        inline
        legend={t("vacancies.form.vogProfiles")}
        options={vogProfileCodes.map((c) => ({ value: c, label: c }))}
        defaultValue={v?.vogProfiles ?? []}
        error={e.vogProfiles}
      />
      <CheckboxGroupField
        name="motives"
        legend={t("vacancies.form.motives")}
        options={motiveFunctions.map((f) => ({ value: f, label: t(`volunteers.functions.${f}`) }))}
        defaultValue={v?.motives ?? []}
        error={e.motives}
      />
      <CheckboxGroupField
        name="goals"
        legend={t("vacancies.form.goals")}
        options={personalGoals.map((g) => ({ value: g, label: t(`volunteers.goals.${g}`) }))}
        defaultValue={v?.goals ?? []}
        error={e.goals}
      />
      <CheckboxField
        name="accessible"
        label={t("vacancies.form.accessible")}
        defaultChecked={v?.accessible}
      />
      <SelectField
        name="languageLevel"
        label={t("vacancies.form.languageLevel")}
        options={languageLevels.map((l) => ({ value: l, label: t(`vacancies.languageLevels.${l}`) }))}
        defaultValue={v?.languageLevel ?? "none"}
        error={e.languageLevel}
      />
      <CheckboxField
        name="suitableForBenefits"
        label={t("vacancies.form.suitableForBenefits")}
        defaultChecked={v?.suitableForBenefits}
      />
      <TextField
        name="publishFrom"
        type="date"
        label={t("vacancies.form.publishFrom")}
        defaultValue={v?.publishFrom}
        error={e.publishFrom}
      />
      <TextField
        name="publishUntil"
        type="date"
        label={t("vacancies.form.publishUntil")}
        defaultValue={v?.publishUntil}
        error={e.publishUntil}
      />
      <SelectField
        name="status"
        label={t("vacancies.form.status")}
        options={vacancyStatuses.map((s) => ({ value: s, label: t(`vacancies.statuses.${s}`) }))}
        defaultValue={v?.status ?? "draft"}
        error={e.status}
      />
      <div>
        <SubmitButton busy={form.busy}>{t("vacancies.form.save")}</SubmitButton>
      </div>
    </form>
  );
}
