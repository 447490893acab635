import { useTranslation } from "react-i18next";
import {
  commitmentPatterns,
  personalGoals,
  type Volunteer,
  type VolunteerSettings,
  volunteerProfileInputSchema,
} from "../../../shared/volunteers.ts";
import type { z } from "../../../shared/zod.ts";
import {
  CheckboxGroupField,
  ErrorSummary,
  formValues,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { SlotGrid } from "./slot-grid.tsx";

const arrays = ["languages", "skills", "interests", "availability", "preferredDistrictIds", "goals"] as const;

/** The volunteer profile: used by the volunteer themself and by their coordinator. */
export function ProfileForm({
  volunteer: v,
  settings,
  districts,
  submitLabel,
  onSubmit,
}: {
  volunteer: Volunteer;
  settings: VolunteerSettings;
  districts: { id: string; name: string }[];
  submitLabel: string;
  onSubmit: (values: z.output<typeof volunteerProfileInputSchema>) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm(volunteerProfileInputSchema, onSubmit, (data) => formValues(data, arrays));
  const e = form.errors;
  const terms = (list: { code: string; label: string }[]) =>
    list.map((x) => ({ value: x.code, label: x.label }));
  return (
    <form onSubmit={form.onSubmit} noValidate className="inzet-form">
      <ErrorSummary {...form} />
      <TextField
        name="givenName"
        label={t("volunteers.fields.givenName")}
        defaultValue={v.givenName}
        error={e.givenName}
        autoComplete="given-name"
        required
      />
      <TextField
        name="familyName"
        label={t("volunteers.fields.familyName")}
        defaultValue={v.familyName}
        error={e.familyName}
        autoComplete="family-name"
        required
      />
      <TextField
        name="email"
        type="email"
        label={t("volunteers.fields.email")}
        defaultValue={v.email}
        error={e.email}
        autoComplete="email"
      />
      <TextField
        name="phone"
        type="tel"
        label={t("volunteers.fields.phone")}
        defaultValue={v.phone}
        error={e.phone}
        autoComplete="tel"
      />
      <TextField
        name="street"
        label={t("volunteers.fields.street")}
        defaultValue={v.street}
        error={e.street}
        autoComplete="address-line1"
      />
      <TextField
        name="houseNumber"
        label={t("volunteers.fields.houseNumber")}
        defaultValue={v.houseNumber}
        error={e.houseNumber}
      />
      <TextField
        name="postcode"
        label={t("volunteers.fields.postcode")}
        defaultValue={v.postcode}
        error={e.postcode}
        autoComplete="postal-code"
      />
      <TextField
        name="city"
        label={t("volunteers.fields.city")}
        defaultValue={v.city}
        error={e.city}
        autoComplete="address-level2"
      />
      <TextField
        name="birthDate"
        type="date"
        label={t("volunteers.fields.birthDate")}
        description={t("volunteers.fields.birthDateHelp")}
        defaultValue={v.birthDate}
        error={e.birthDate}
        autoComplete="bday"
      />
      <CheckboxGroupField
        name="skills"
        legend={t("volunteers.fields.skills")}
        options={terms(settings.skills)}
        defaultValue={v.skills}
        error={e.skills}
      />
      <CheckboxGroupField
        name="interests"
        legend={t("volunteers.fields.interests")}
        options={terms(settings.interests)}
        defaultValue={v.interests}
        error={e.interests}
      />
      <CheckboxGroupField
        name="languages"
        legend={t("volunteers.fields.languages")}
        options={terms(settings.languages)}
        defaultValue={v.languages}
        error={e.languages}
        inline
      />
      <SlotGrid
        name="availability"
        legend={t("volunteers.fields.availability")}
        caption={t("volunteers.profile.availabilityCaption")}
        defaultValue={v.availability}
        error={e.availability ?? e["availability.0"]}
      />
      <TextField
        name="hoursPerWeek"
        inputMode="numeric"
        label={t("volunteers.fields.hoursPerWeek")}
        defaultValue={v.hoursPerWeek?.toString()}
        error={e.hoursPerWeek}
      />
      <SelectField
        name="commitment"
        label={t("volunteers.fields.commitment")}
        emptyLabel={t("common.choose")}
        defaultValue={v.commitment}
        error={e.commitment}
        options={commitmentPatterns.map((c) => ({ value: c, label: t(`volunteers.commitment.${c}`) }))}
      />
      <CheckboxGroupField
        name="preferredDistrictIds"
        legend={t("volunteers.fields.preferredDistricts")}
        options={districts.map((d) => ({ value: d.id, label: d.name }))}
        defaultValue={v.preferredDistrictIds}
        error={e.preferredDistrictIds}
        inline
      />
      <TextField
        name="maxTravelKm"
        inputMode="numeric"
        label={t("volunteers.fields.maxTravelKm")}
        defaultValue={v.maxTravelKm?.toString()}
        error={e.maxTravelKm}
      />
      <CheckboxGroupField
        name="goals"
        legend={t("volunteers.fields.goals")}
        options={personalGoals.map((g) => ({ value: g, label: t(`volunteers.goals.${g}`) }))}
        defaultValue={v.goals}
        error={e.goals}
      />
      <TextField
        name="emergencyName"
        label={t("volunteers.fields.emergencyName")}
        defaultValue={v.emergencyName}
        error={e.emergencyName}
      />
      <TextField
        name="emergencyPhone"
        type="tel"
        label={t("volunteers.fields.emergencyPhone")}
        defaultValue={v.emergencyPhone}
        error={e.emergencyPhone}
      />
      <TextAreaField
        name="motivation"
        label={t("volunteers.fields.motivation")}
        defaultValue={v.motivation}
        error={e.motivation}
      />
      <div>
        <SubmitButton busy={form.busy}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
