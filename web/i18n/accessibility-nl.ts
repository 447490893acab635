/**
 * Strings of the accessibility statement and the own-theme section of the settings, loaded with those
 * pages (not in the first chunk): web/i18n/index.ts `addStrings` merges them under `accessibility` and
 * `themeTokens`.
 */
export const accessibilityNl = {
  title: "Toegankelijkheidsverklaring",
  description:
    "Hoe toegankelijk Inzet is: de norm, wat getoetst is, wat nog niet goed is en hoe u het meldt.",
  intro:
    "{{tenant}} wil dat iedereen Inzet kan gebruiken, ook met een beperking. Deze verklaring gaat over deze website van Inzet.",
  statusTitle: "Stand van zaken",
  status:
    "Inzet voldoet gedeeltelijk aan de norm {{wcag}} niveau {{level}} (zoals opgenomen in {{en}}). Wat nog niet goed is, staat hieronder.",
  dateTitle: "Datum",
  date: "Deze verklaring is voor het laatst bijgewerkt op {{date}}.",
  checkedTitle: "Welke pagina's zijn getoetst",
  checkedIntro:
    "Elke wijziging van Inzet wordt automatisch getoetst in een echte browser, op een computerscherm ({{desktop}}) en op een telefoon ({{phone}}). Deze lijst komt uit die toets: er staat niets in wat niet getoetst is.",
  pagesCaption: "Getoetste pagina's",
  page: "Pagina",
  address: "Adres",
  signedIn: "Ingelogd als vrijwilliger",
  public: "Openbaar",
  methodTitle: "Wat er op elke pagina wordt gecontroleerd",
  gapsTitle: "Wat nog niet goed is of niet getoetst",
  contactTitle: "Contact",
  contactWays: "Zo bereikt u ons",
  contact:
    "Loopt u tegen iets aan op deze website? Of wilt u een pagina in een andere vorm? Neem dan contact op met {{tenant}}. U krijgt binnen 5 werkdagen antwoord.",
  complaint:
    "Bent u niet tevreden over het antwoord? Dan kunt u een klacht indienen bij {{tenant}}, en daarna bij de Nationale ombudsman.",
  modelNote:
    "Deze verklaring volgt het modelformaat van de Nederlandse overheid (toegankelijkheidsverklaring.nl).",
};

export const themeTokensNl = {
  title: "Eigen thema (NL Design System)",
  intro:
    "Plak of kies hier het thema van uw gemeente: een CSS-bestand met custom properties of een JSON-bestand met design tokens. Alleen tokens die beginnen met --basis-, --utrecht-, --nl- of --inzet- worden gebruikt. Zie docs/theming.md.",
  file: "Bestand met het thema",
  source: "Inhoud van het thema",
  sourceHint:
    "Bijvoorbeeld .mijn-theme { --basis-color-action-1-inverse-bg-default: #00703c; }. Leeg: het standaardthema.",
  preview: "Voorbeeld bekijken",
  save: "Thema opslaan",
  previewTitle: "Zo ziet het eruit",
  previewCount_one: "{{count}} token wordt gebruikt.",
  previewCount_other: "{{count}} tokens worden gebruikt.",
  skipped_one:
    "{{count}} token met een ander voorvoegsel is weggelaten (de waarde is ingevuld waar een token ernaar verwijst).",
  skipped_other:
    "{{count}} tokens met een ander voorvoegsel zijn weggelaten (de waarde is ingevuld waar een token ernaar verwijst).",
  sampleHeading: "Voorbeeldkop",
  sampleText: "Een alinea tekst met een link erin.",
  sampleLink: "een link",
  sampleField: "Een invoerveld",
  samplePrimary: "Hoofdknop",
  sampleSecondary: "Tweede knop",
  sampleAlert: "Een melding.",
  saved: "Het thema is opgeslagen. Het geldt nu voor iedereen in dit werkgebied.",
  cleared: "Het eigen thema is verwijderd: het standaardthema geldt weer.",
};
