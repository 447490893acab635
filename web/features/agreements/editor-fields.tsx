import type { ReactNode } from "react";

export function Input(props: {
  id: string;
  label: ReactNode;
  value: string | number;
  error?: string;
  type?: string;
  onChange: (v: string) => void;
}) {
  return (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={props.id}>
        {props.label}
      </label>
      {props.error && (
        <p className="utrecht-form-field-error-message" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
      <input
        id={props.id}
        className="utrecht-textbox utrecht-textbox--html-input"
        type={props.type ?? "text"}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
    </div>
  );
}

export function Choice(props: {
  id: string;
  label: ReactNode;
  value: string;
  error?: string;
  options: { value: string; label: string }[];
  onChange: (v: string) => void;
}) {
  return (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={props.id}>
        {props.label}
      </label>
      {props.error && (
        <p className="utrecht-form-field-error-message" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
      <select
        id={props.id}
        className="utrecht-select utrecht-select--html-select"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        <option value="">–</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
