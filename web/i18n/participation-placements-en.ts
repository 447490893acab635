import type { participationPlacementsNl } from "./participation-placements-nl.ts";

export const participationPlacementsEn: typeof participationPlacementsNl = {
  placements: {
    title: "Participation placements",
    intro:
      "People on benefits who do an activity at your organisation and have told you it is a participation agreement. Report their hours per week here; the client manager sees them.",
    empty: "There are no placements to report hours for.",
    agreed: "Agreed: {{hours}} hours a week, from {{start}}",
    weeksCaption: "Hours reported for {{name}}",
    week: "Week of",
    hours: "Hours",
    by: "Reported by",
    noWeeks: "No hours reported yet.",
    saved: "The hours of {{name}} have been reported.",
  },
  reporters: { client: "The client", organisation: "The organisation", caseworker: "The client manager" },
};
