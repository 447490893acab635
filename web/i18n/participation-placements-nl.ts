/**
 * Strings of the organisation's placements page, loaded with that page (not in the first chunk):
 * web/features/participation/placement-strings.ts merges them under `participation`.
 */
export const participationPlacementsNl = {
  placements: {
    title: "Participatieplaatsingen",
    intro:
      "Mensen met een uitkering die bij uw organisatie een activiteit doen en hebben verteld dat het een participatieafspraak is. Geef hier per week hun uren door; de klantmanager ziet ze.",
    empty: "Er zijn geen plaatsingen om uren voor door te geven.",
    agreed: "Afgesproken: {{hours}} uur per week, vanaf {{start}}",
    weeksCaption: "Doorgegeven uren van {{name}}",
    week: "Week van",
    hours: "Uren",
    by: "Doorgegeven door",
    noWeeks: "Nog geen uren doorgegeven.",
    saved: "De uren van {{name}} zijn doorgegeven.",
  },
  reporters: { client: "De klant", organisation: "De organisatie", caseworker: "De klantmanager" },
};
