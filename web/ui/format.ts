import { useTranslation } from "react-i18next";

/**
 * Dates, numbers and money in the user's language: "1 december 2026", "€ 5,75", "615,2" in Dutch and
 * "1 December 2026", "€5.75", "615.2" in English (British forms, never US month-first dates).
 * A calendar day ("2026-12-01") is shown as that day everywhere; a moment is shown in Amsterdam time,
 * whatever time zone the browser is in.
 */
const localeOf = (language: string) => (language.startsWith("en") ? "en-GB" : "nl-NL");
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function formatDay(
  value: string | null | undefined,
  language: string,
  month: "long" | "short" = "long",
) {
  if (!value) return "–";
  const isDay = DAY.test(value);
  return new Intl.DateTimeFormat(localeOf(language), {
    day: "numeric",
    month,
    year: "numeric",
    timeZone: isDay ? "UTC" : "Europe/Amsterdam",
  }).format(new Date(isDay ? `${value}T12:00:00Z` : value));
}

/** A month ("2027-02") as "februari 2027" / "February 2027". */
export function formatMonth(value: string, language: string) {
  return new Intl.DateTimeFormat(localeOf(language), {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${value}-15T12:00:00Z`));
}

export function formatDayWithWeekday(value: string, language: string) {
  return new Intl.DateTimeFormat(localeOf(language), {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(new Date(`${value}T12:00:00Z`));
}

export function formatDateTime(value: string | null | undefined, language: string) {
  if (!value) return "–";
  return new Intl.DateTimeFormat(localeOf(language), {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(value));
}

export function formatNumber(value: number, language: string, options: Intl.NumberFormatOptions = {}) {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2, ...options }).format(value);
}

export function formatMoney(value: number, language: string) {
  return new Intl.NumberFormat(localeOf(language), { style: "currency", currency: "EUR" }).format(value);
}

/** The formatters bound to the current language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    day: (value: string | null | undefined, month?: "long" | "short") => formatDay(value, language, month),
    dayWithWeekday: (value: string) => formatDayWithWeekday(value, language),
    dateTime: (value: string | null | undefined) => formatDateTime(value, language),
    number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, language, options),
    money: (value: number) => formatMoney(value, language),
  };
}
