/**
 * Strings of the indicator values on the monitoring page, loaded with that page (not in the first
 * chunk): web/i18n/index.ts `addStrings` merges them under `agreements`.
 */
export const agreementValuesNl = {
  values: {
    title: "Met de hand ingevulde waarden",
    intro:
      "Sommige indicatoren komen niet uit Inzet, zoals bezoekers die bij de deur zijn geteld. Vul ze per maand in. Een nieuwe waarde voor dezelfde maand telt in plaats van de oude; de oude blijft zichtbaar.",
    form: "Waarde invullen",
    indicator: "Indicator",
    month: "Maand",
    monthHint: "Bijvoorbeeld 2026-11.",
    value: "Waarde",
    note: "Toelichting (niet verplicht)",
    save: "Waarde opslaan",
    saved: "De waarde voor {{name}} in {{month}} is opgeslagen.",
    history: "Ingevulde waarden, nieuwste eerst",
    none: "Nog geen waarden ingevuld.",
    replaced: "{{value}} (vervangen)",
    by: "Ingevuld door",
    at: "Wanneer",
    unknown: "Onbekend",
  },
  document: { pdf: "Versie {{n}} als PDF downloaden" },
};
