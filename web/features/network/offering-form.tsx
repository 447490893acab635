import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import {
  howToRefer,
  type Offering,
  type OfferingInput,
  offeringInputSchema,
  offeringStatuses,
} from "../../../shared/network.ts";
import {
  CheckboxGroupField,
  ErrorSummary,
  type FieldErrors,
  RadioGroupField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import "./staff-strings.ts";

export type OfferingFormProps = {
  organisationId: string;
  /** The offering being edited; without it the form adds a new one. */
  offering?: Offering;
  submitLabel: string;
  onSubmit: (values: OfferingInput) => Promise<unknown>;
};

/** What, for whom, conditions, how to refer, languages, opening hours and contact of one offering. */
export function OfferingForm({ organisationId, offering: o, submitLabel, onSubmit }: OfferingFormProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(offeringInputSchema, onSubmit, (data) => ({
    ...Object.fromEntries(data),
    organisationId,
    districtIds: o?.districtIds ?? [],
    howToRefer: data.getAll("howToRefer"),
    languages: String(data.get("languages") ?? "")
      .split(",")
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean),
  }));
  const languageError = Object.entries(form.errors).find(([path]) => path.startsWith("languages"))?.[1];
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
      <TextField
        name="name"
        label={t("network.name")}
        error={form.errors.name}
        defaultValue={o?.name}
        required
      />
      <TextAreaField
        name="description"
        label={t("network.description")}
        error={form.errors.description}
        defaultValue={o?.description}
      />
      <TextField
        name="forWhom"
        label={t("network.forWhom")}
        error={form.errors.forWhom}
        defaultValue={o?.forWhom}
      />
      <TextField
        name="conditions"
        label={t("network.conditions")}
        error={form.errors.conditions}
        defaultValue={o?.conditions}
      />
      <CheckboxGroupField
        name="howToRefer"
        legend={t("network.howToRefer")}
        error={form.errors.howToRefer}
        defaultValue={o?.howToRefer}
        options={howToRefer.map((w) => ({ value: w, label: t(`network.ways.${w}`) }))}
      />
      <TextField
        name="languages"
        label={t("network.languages")}
        defaultValue={o ? o.languages.join(", ") : "nl"}
        error={languageError}
      />
      <ContactFields errors={form.errors} offering={o} />
      {o && (
        <RadioGroupField
          name="status"
          legend={t("networkStaff.status")}
          error={form.errors.status}
          defaultValue={o.status}
          options={offeringStatuses.map((s) => ({ value: s, label: t(`networkStaff.statuses.${s}`) }))}
        />
      )}
      <SubmitButton busy={form.busy}>{submitLabel}</SubmitButton>
    </form>
  );
}

/** Opening hours, phone, e-mail, website and the partners' note. */
function ContactFields({ errors, offering: o }: { errors: FieldErrors; offering?: Offering }) {
  const { t } = useTranslation();
  const form = { errors };
  return (
    <>
      <TextField
        name="openingHours"
        label={t("network.openingHours")}
        error={form.errors.openingHours}
        defaultValue={o?.openingHours}
      />
      <TextField
        name="phone"
        type="tel"
        label={t("network.phone")}
        error={form.errors.phone}
        defaultValue={o?.phone}
      />
      <TextField
        name="email"
        type="email"
        label={t("network.email")}
        error={form.errors.email}
        defaultValue={o?.email}
      />
      <TextField
        name="website"
        type="url"
        label={t("network.website")}
        error={form.errors.website}
        defaultValue={o?.website}
      />
      <TextAreaField
        name="referralNotes"
        label={t("network.referralNotes")}
        error={form.errors.referralNotes}
        defaultValue={o?.referralNotes}
      />
    </>
  );
}

export type EditOfferingProps = {
  offering: Offering;
  onSave: (values: OfferingInput) => Promise<unknown>;
  onCancel: () => void;
};

/** The owner edits one offering; saving counts as checking it (the server sets "last checked"). */
export function EditOffering({ offering, onSave, onCancel }: EditOfferingProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="edit-offering">
      <Heading2 id="edit-offering" ref={heading} tabIndex={-1}>
        {t("networkStaff.editTitle", { name: offering.name })}
      </Heading2>
      <Paragraph>{t("networkStaff.editIntro")}</Paragraph>
      <OfferingForm
        key={offering.id}
        organisationId={offering.organisationId}
        offering={offering}
        submitLabel={t("networkStaff.save")}
        onSubmit={onSave}
      />
      <Paragraph>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>
          {t("networkStaff.cancel")}
        </button>
      </Paragraph>
    </section>
  );
}
