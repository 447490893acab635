import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Link,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { type FormEvent, type ReactNode, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../shared/errors.ts";
import type { z } from "../../shared/zod.ts";
import { ApiError } from "../api.ts";

export type FieldErrors = Record<string, string>;

function toFieldErrors(fields: FieldError[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of fields) errors[field.path || "form"] ??= field.message;
  return errors;
}

/** Reads a form, validates it with the shared zod schema, submits, and maps server field errors. */
export function useSchemaForm<S extends z.ZodType>(
  schema: S,
  submit: (values: z.output<S>) => Promise<unknown>,
  toInput: (form: FormData) => unknown = (form) => Object.fromEntries(form),
) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const showErrors = (fieldErrors: FieldErrors, message: string | null) => {
    setErrors(fieldErrors);
    setFormError(message);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = schema.safeParse(toInput(new FormData(event.currentTarget)));
    if (!parsed.success) {
      return showErrors(
        toFieldErrors(
          parsed.error.issues.map((i) => ({ path: i.path.join("."), code: i.code, message: i.message })),
        ),
        null,
      );
    }
    setBusy(true);
    try {
      await submit(parsed.data);
      setErrors({});
      setFormError(null);
    } catch (error) {
      if (error instanceof ApiError) showErrors(toFieldErrors(error.fields), error.message);
      else showErrors({}, String(error));
    } finally {
      setBusy(false);
    }
  };

  return { errors, formError, busy, onSubmit, summaryRef };
}

export type ErrorSummaryProps = {
  errors: FieldErrors;
  formError: string | null;
  summaryRef: React.Ref<HTMLDivElement>;
};

/** Lists all problems at the top of a form, each linking to its field (keyboard and screen reader friendly). */
export function ErrorSummary({ errors, formError, summaryRef }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const entries = Object.entries(errors);
  if (entries.length === 0 && !formError) return <div ref={summaryRef} tabIndex={-1} />;
  return (
    <div ref={summaryRef} tabIndex={-1}>
      <Alert type="error" role="alert">
        <Heading2>{t("form.problems")}</Heading2>
        {formError && <Paragraph>{formError}</Paragraph>}
        {entries.length > 0 && (
          <UnorderedList>
            {entries.map(([path, message]) => (
              <UnorderedListItem key={path}>
                <Link href={`#field-${path}`}>{message}</Link>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </Alert>
    </div>
  );
}

type BaseFieldProps = {
  name: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  required?: boolean;
};

function Field({ name, label, description, error, children }: BaseFieldProps & { children: ReactNode }) {
  return (
    <FormField invalid={Boolean(error)} type="text">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={`field-${name}`}>{label}</FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={`field-${name}-description`}>{description}</FormFieldDescription>
      )}
      {error && <FormFieldErrorMessage id={`field-${name}-error`}>{error}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

function describedBy(name: string, description?: ReactNode, error?: string) {
  return (
    [description && `field-${name}-description`, error && `field-${name}-error`].filter(Boolean).join(" ") ||
    undefined
  );
}

export type TextFieldProps = BaseFieldProps & {
  type?: "text" | "email" | "password" | "url" | "tel" | "search" | "date" | "time" | "month";
  defaultValue?: string | null;
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email" | "tel";
};

export function TextField({
  type = "text",
  defaultValue,
  autoComplete,
  inputMode,
  ...field
}: TextFieldProps) {
  return (
    <Field {...field}>
      <Textbox
        id={`field-${field.name}`}
        name={field.name}
        type={type}
        defaultValue={defaultValue ?? undefined}
        autoComplete={autoComplete}
        inputMode={inputMode}
        invalid={Boolean(field.error)}
        required={field.required}
        aria-describedby={describedBy(field.name, field.description, field.error)}
      />
    </Field>
  );
}

export function TextAreaField({ defaultValue, ...field }: BaseFieldProps & { defaultValue?: string | null }) {
  return (
    <Field {...field}>
      <Textarea
        id={`field-${field.name}`}
        name={field.name}
        defaultValue={defaultValue ?? undefined}
        invalid={Boolean(field.error)}
        aria-describedby={describedBy(field.name, field.description, field.error)}
      />
    </Field>
  );
}

export type SelectFieldProps = BaseFieldProps & {
  options: { value: string; label: string }[];
  defaultValue?: string | null;
  emptyLabel?: string;
};

export function SelectField({ options, defaultValue, emptyLabel, ...field }: SelectFieldProps) {
  return (
    <Field {...field}>
      <Select
        id={`field-${field.name}`}
        name={field.name}
        defaultValue={defaultValue ?? ""}
        invalid={Boolean(field.error)}
        aria-describedby={describedBy(field.name, field.description, field.error)}
      >
        {emptyLabel !== undefined && <SelectOption value="">{emptyLabel}</SelectOption>}
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
    </Field>
  );
}

export function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  return (
    <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
      {children}
    </Button>
  );
}

export type ChoiceFieldProps = {
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  options: { value: string; label: string }[];
  /** Lay the options out in a row (e.g. a 1–7 scale). */
  inline?: boolean;
};

/** A fieldset of checkboxes; read it with `form.getAll(name)`. */
export function CheckboxGroupField({
  defaultValue = [],
  ...props
}: ChoiceFieldProps & { defaultValue?: readonly string[] }) {
  return <ChoiceGroup {...props} type="checkbox" isChecked={(v) => defaultValue.includes(v)} />;
}

/** A fieldset of radio buttons. */
export function RadioGroupField({
  defaultValue,
  ...props
}: ChoiceFieldProps & { defaultValue?: string | null }) {
  return <ChoiceGroup {...props} type="radio" isChecked={(v) => v === defaultValue} />;
}

function ChoiceGroup({
  name,
  legend,
  description,
  error,
  options,
  inline,
  type,
  isChecked,
}: ChoiceFieldProps & { type: "checkbox" | "radio"; isChecked: (value: string) => boolean }) {
  const describedByIds = [description && `field-${name}-description`, error && `field-${name}-error`]
    .filter(Boolean)
    .join(" ");
  return (
    <Fieldset
      invalid={Boolean(error)}
      aria-describedby={describedByIds || undefined}
      id={`field-${name}`}
      tabIndex={-1}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && (
        <FormFieldDescription id={`field-${name}-description`}>{description}</FormFieldDescription>
      )}
      {error && <FormFieldErrorMessage id={`field-${name}-error`}>{error}</FormFieldErrorMessage>}
      <div className={inline ? "inzet-choices inzet-choices--inline" : "inzet-choices"}>
        {options.map((option) => {
          const id = `field-${name}-${option.value}`;
          return (
            <FormField key={option.value} type={type}>
              <div className="utrecht-form-field__input">
                {type === "checkbox" ? (
                  <Checkbox
                    id={id}
                    name={name}
                    value={option.value}
                    defaultChecked={isChecked(option.value)}
                  />
                ) : (
                  <RadioButton
                    id={id}
                    name={name}
                    value={option.value}
                    defaultChecked={isChecked(option.value)}
                  />
                )}
              </div>
              <div className="utrecht-form-field__label">
                <FormLabel htmlFor={id} type={type}>
                  {option.label}
                </FormLabel>
              </div>
            </FormField>
          );
        })}
      </div>
    </Fieldset>
  );
}

/** One checkbox with its label (e.g. consent). Read it with `form.get(name) === "on"`. */
export function CheckboxField({
  name,
  label,
  error,
  defaultChecked,
}: {
  name: string;
  label: ReactNode;
  error?: string;
  defaultChecked?: boolean;
}) {
  const id = `field-${name}`;
  return (
    <FormField type="checkbox" invalid={Boolean(error)}>
      {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">
        <Checkbox
          id={id}
          name={name}
          defaultChecked={defaultChecked}
          invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id} type="checkbox">
          {label}
        </FormLabel>
      </div>
    </FormField>
  );
}

/** Form values as an object: repeated names become arrays when listed in `arrays`. */
export function formValues(form: FormData, arrays: readonly string[] = []) {
  const values: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    values[key] = arrays.includes(key) ? form.getAll(key).map(String) : String(form.get(key));
  }
  for (const key of arrays) values[key] ??= [];
  return values;
}
