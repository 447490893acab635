/**
 * Strings of the circle participant page and the evaluation summary, loaded with those pages (not in
 * the first chunk): web/i18n/index.ts `addStrings` merges them under `circles`.
 */
export const circleProgressNl = {
  person: {
    backToCircle: "Terug naar {{circle}}",
    attendance: "Aanwezigheid",
    attendanceSummary:
      "{{present}} van de {{held}} keer aanwezig ({{rate}}). Afgemeld: {{excused}}. Afwezig zonder bericht: {{absent}}.",
    attendanceNone: "Er is nog geen bijeenkomst geweest.",
    unrecorded_one: "Van {{count}} bijeenkomst is de aanwezigheid nog niet ingevuld.",
    unrecorded_other: "Van {{count}} bijeenkomsten is de aanwezigheid nog niet ingevuld.",
    sessionsCaption: "Aanwezigheid per bijeenkomst",
    notRecorded: "Nog niet ingevuld",
    progress: "Voortgang",
    goals: "Eigen doelen",
    goalsIntro: "Doelen in de eigen woorden van de deelnemer. Zet een doel op bereikt als het gelukt is.",
    noGoals: "Nog geen doelen.",
    goal: "Doel",
    reachedOn: "Bereikt op {{day}}",
    open: "Nog bezig",
    markReached: "Bereikt",
    markOpen: "Toch nog bezig",
    reword: "Anders verwoorden",
    saveGoal: "Doel opslaan",
    newGoal: "Nieuw doel",
    addGoal: "Doel toevoegen",
    goalAdded: "Het doel is toegevoegd.",
    goalSaved: "Het doel is opgeslagen.",
    evaluation: "Evaluatie aan het eind",
    evaluationIntro: "Vraag de deelnemer hoe de kring was. Een cijfer van 1 (niet goed) tot 5 (heel goed).",
    score: "Hoe was de kring?",
    scores: { "1": "1 – niet goed", "2": "2", "3": "3 – gaat wel", "4": "4", "5": "5 – heel goed" },
    comment: "Wat wil de deelnemer nog zeggen? (mag leeg)",
    saveEvaluation: "Evaluatie opslaan",
    evaluationSaved: "De evaluatie is opgeslagen.",
    evaluated: "Cijfer {{score}}.",
  },
  evaluations: {
    title: "Evaluaties",
    intro:
      "Samenvatting zonder namen. Bij minder dan 5 antwoorden tonen we geen aantallen en geen opmerkingen.",
    responses: "{{responses}} van de {{participants}} deelnemers vulden de evaluatie in.",
    caption: "Aantal deelnemers per cijfer",
    score: "Cijfer",
    count: "Aantal",
    mean: "Gemiddeld cijfer: {{mean}}.",
    comments: "Wat deelnemers zeiden",
    hidden: "minder dan 5",
    derivable: "verborgen",
  },
};
