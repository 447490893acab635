import type { agreementValuesNl } from "./agreement-values-nl.ts";

export const agreementValuesEn: typeof agreementValuesNl = {
  values: {
    title: "Values entered by hand",
    intro:
      "Some indicators do not come from Inzet, such as visitors counted at the door. Enter them per month. A new value for the same month counts instead of the old one; the old one stays visible.",
    form: "Enter a value",
    indicator: "Indicator",
    month: "Month",
    monthHint: "For example 2026-11.",
    value: "Value",
    note: "Explanation (optional)",
    save: "Save value",
    saved: "The value for {{name}} in {{month}} has been saved.",
    history: "Values entered, newest first",
    none: "No values entered yet.",
    replaced: "{{value}} (replaced)",
    by: "Entered by",
    at: "When",
    unknown: "Unknown",
  },
  document: { pdf: "Download version {{n}} as PDF" },
};
