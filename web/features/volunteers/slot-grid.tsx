import {
  Fieldset,
  FieldsetLegend,
  FormFieldErrorMessage,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { dayParts, weekDays } from "../../../shared/volunteers.ts";

/** Day × part-of-day checkboxes as a table (read with `form.getAll(name)`), for availability and schedules. */
export function SlotGrid({
  name,
  legend,
  caption,
  defaultValue,
  error,
}: {
  name: string;
  legend: string;
  caption: string;
  defaultValue: readonly string[];
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset
      id={`field-${name}`}
      invalid={Boolean(error)}
      aria-describedby={error ? `field-${name}-error` : undefined}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {error && <FormFieldErrorMessage id={`field-${name}-error`}>{error}</FormFieldErrorMessage>}
      <div className="inzet-table-scroll">
        <Table className="inzet-availability">
          <TableCaption>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">
                <span className="inzet-visually-hidden">{t("volunteers.fields.on")}</span>
              </TableHeaderCell>
              {dayParts.map((part) => (
                <TableHeaderCell key={part} scope="col">
                  {t(`volunteers.parts.${part}`)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {weekDays.map((day) => (
              <TableRow key={day}>
                <TableHeaderCell scope="row">{t(`volunteers.days.${day}`)}</TableHeaderCell>
                {dayParts.map((part) => (
                  <TableCell key={part}>
                    <input
                      type="checkbox"
                      className="utrecht-checkbox utrecht-checkbox--html-input inzet-slot"
                      name={name}
                      value={`${day}-${part}`}
                      defaultChecked={defaultValue.includes(`${day}-${part}`)}
                      aria-label={`${t(`volunteers.days.${day}`)} ${t(`volunteers.parts.${part}`)}`}
                    />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </Fieldset>
  );
}
