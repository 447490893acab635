/**
 * Strings of the participation team page, loaded with that page (not in the first chunk):
 * web/features/participation/team-strings.ts merges them under `participation` with `addStrings`.
 */
export const participationTeamNl = {
  languages: {
    label: "Taal van de brieven",
    hint: "In het Engels krijgt de klant de Nederlandse brief en een vertaling.",
    nl: "Nederlands",
    en: "Engels",
  },
  team: {
    title: "Teams en overdracht",
    intro:
      "Welke klantmanager in welk team zit, en hoeveel klanten ieder heeft. Een teamleider ziet de klanten van het hele team.",
    introOwn:
      "Uw team en hoeveel klanten ieder heeft. Gaat u weg of met verlof? Draag uw klanten over aan een collega uit uw team.",
    caption: "Klantmanagers",
    name: "Naam",
    email: "E-mailadres",
    team: "Team",
    noTeam: "Geen team",
    role: "Rol",
    lead: "Teamleider",
    member: "Klantmanager",
    clients: "Klanten",
    empty: "Er zijn nog geen klantmanagers.",
    setTitle: "Team instellen",
    setIntro: "Laat het team leeg om iemand uit het team te halen.",
    who: "Klantmanager",
    choose: "Kies een klantmanager",
    teamLead: "Is teamleider van dit team",
    save: "Team opslaan",
    saved: "Het team van {{name}} is opgeslagen.",
    handoverTitle: "Klanten overdragen",
    handoverIntro:
      "Alle klanten van de ene klantmanager gaan naar de andere. De klanten zelf merken er niets van.",
    from: "Van klantmanager",
    to: "Naar klantmanager",
    handover: "Klanten overdragen",
    handedOver_one: "{{count}} klant is overgedragen.",
    handedOver_other: "{{count}} klanten zijn overgedragen.",
    handoverOne: "Overdragen aan een collega",
    handoverOneButton: "Deze klant overdragen",
  },
};
