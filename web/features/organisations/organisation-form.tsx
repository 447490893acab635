import { Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import {
  type Organisation,
  organisationInputSchema,
  organisationTypes,
} from "../../../shared/organisations.ts";
import type { District } from "../../../shared/tenancy.ts";
import type { z } from "../../../shared/zod.ts";
import {
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";

export type OrganisationFormProps = {
  organisation?: Organisation;
  districts: District[];
  onSubmit: (values: z.output<typeof organisationInputSchema>) => Promise<unknown>;
};

export function OrganisationForm({ organisation, districts, onSubmit }: OrganisationFormProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(organisationInputSchema, onSubmit, (data) => ({
    ...Object.fromEntries(data),
    active: data.get("active") === "on",
    districtIds: data.getAll("districtIds"),
  }));
  const o = organisation;
  return (
    <form className="inzet-form" noValidate onSubmit={form.onSubmit}>
      <ErrorSummary {...form} />
      <TextField
        name="name"
        label={t("fields.name")}
        defaultValue={o?.name}
        error={form.errors.name}
        required
      />
      <SelectField
        name="type"
        label={t("fields.organisationType")}
        defaultValue={o?.type}
        emptyLabel={t("common.choose")}
        options={organisationTypes.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) }))}
        error={form.errors.type}
        required
      />
      <TextAreaField
        name="description"
        label={t("fields.description")}
        defaultValue={o?.description}
        error={form.errors.description}
      />
      <TextField
        name="email"
        type="email"
        label={t("fields.email")}
        defaultValue={o?.email}
        error={form.errors.email}
      />
      <TextField
        name="phone"
        type="tel"
        label={t("fields.phone")}
        defaultValue={o?.phone}
        error={form.errors.phone}
      />
      <TextField
        name="website"
        type="url"
        label={t("fields.website")}
        defaultValue={o?.website}
        error={form.errors.website}
      />
      <TextField
        name="street"
        label={t("fields.street")}
        defaultValue={o?.street}
        error={form.errors.street}
        autoComplete="street-address"
      />
      <TextField
        name="postcode"
        label={t("fields.postcode")}
        defaultValue={o?.postcode}
        error={form.errors.postcode}
        autoComplete="postal-code"
      />
      <TextField
        name="city"
        label={t("fields.city")}
        defaultValue={o?.city}
        error={form.errors.city}
        autoComplete="address-level2"
      />
      <Fieldset id="field-districtIds">
        <FieldsetLegend>{t("fields.districtsServed")}</FieldsetLegend>
        {districts.map((d) => (
          <FormField key={d.id} type="checkbox">
            <Checkbox
              id={`district-${d.id}`}
              name="districtIds"
              value={d.id}
              defaultChecked={o?.districtIds.includes(d.id)}
            />
            <FormLabel htmlFor={`district-${d.id}`} type="checkbox">
              {d.name} ({d.code})
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <FormField type="checkbox">
        <Checkbox id="field-active" name="active" defaultChecked={o?.active ?? true} />
        <FormLabel htmlFor="field-active" type="checkbox">
          {t("fields.active")}
        </FormLabel>
      </FormField>
      <div>
        <SubmitButton busy={form.busy}>{t("common.save")}</SubmitButton>
      </div>
    </form>
  );
}
