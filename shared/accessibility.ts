// What the accessibility statement (toegankelijkheidsverklaring, /toegankelijkheid) may claim, in one
// place: e2e/accessibility.test.ts iterates over exactly these pages at exactly these sizes with axe
// (WCAG 2.0–2.2 A/AA rules) and the keyboard checks, so the statement never claims more than is tested.
// Add a page here only together with the test run that covers it (the test walks this list).

export const accessibilityStandard = { wcag: "WCAG 2.2", level: "AA", en: "EN 301 549 v3.2.1" } as const;

/** Date of the last review of this statement (the e2e test runs on every change; this is the written check). */
export const accessibilityStatementDate = "2026-12-02";

/** Screen sizes every page is checked at: a desktop and a common phone. */
export const accessibilityViewports = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

export type CheckedPage = {
  /** Path as opened in the test; `:vacancy` is the first published vacancy. */
  path: string;
  /** Dutch name shown in the statement. */
  nl: string;
  en: string;
  /** Opened signed in as this demo account (no two-step sign-in), or public. */
  as?: "vrijwilliger";
};

export const accessibilityCheckedPages: readonly CheckedPage[] = [
  { path: "/inloggen", nl: "Inloggen", en: "Sign in" },
  { path: "/vacatures", nl: "Vrijwilligerswerk zoeken", en: "Find volunteer work" },
  {
    path: "/vacatures/:vacancy",
    nl: "Een vacature, met het reactieformulier",
    en: "A vacancy, with the reply form",
  },
  { path: "/aanmelden", nl: "Aanmelden als vrijwilliger", en: "Sign up as a volunteer" },
  { path: "/sociale-kaart", nl: "Sociale kaart", en: "Social map" },
  { path: "/toegankelijkheid", nl: "Deze toegankelijkheidsverklaring", en: "This accessibility statement" },
  { path: "/", nl: "Startpagina van de vrijwilliger", en: "The volunteer's home page", as: "vrijwilliger" },
  { path: "/mijn-profiel", nl: "Mijn vrijwilligersprofiel", en: "My volunteer profile", as: "vrijwilliger" },
];

/** What the tests check on each page (the statement lists these as the method). */
export const accessibilityChecks = {
  nl: [
    "geen fouten van axe-core op de regels van WCAG 2.0, 2.1 en 2.2 niveau A en AA",
    "de link 'Direct naar de inhoud' is het eerste element bij Tab en zet de focus op de inhoud",
    "het menu (of de knop Menu op een telefoon) is binnen vijf keer Tab te bereiken",
    "na het volgen van een link staat de focus op de inhoud, nooit op de pagina zelf (body)",
    "de lettertypen van kop, menu, tekst, lijsten en tabellen zijn die van het thema, niet die van de browser",
  ],
  en: [
    "no axe-core violations of the WCAG 2.0, 2.1 and 2.2 level A and AA rules",
    "the 'Skip to content' link comes first on Tab and moves focus to the content",
    "the menu (or the Menu button on a phone) is reached within five presses of Tab",
    "after following a link, focus is on the content, never on the page itself (body)",
    "header, menu, text, lists and tables use the theme's typeface, not the browser's",
  ],
} as const;

/** Known gaps: what is not (yet) accessible or not tested, said plainly. */
export const accessibilityKnownGaps = {
  nl: [
    "Pagina's voor medewerkers (coördinator, beheerder, beleid en anderen) zijn niet allemaal in deze toets opgenomen; een deel wordt in andere browsertests met axe gecontroleerd, maar niet op beide schermformaten.",
    "De kaart met looplijsten (Leaflet) is niet met een schermlezer te bedienen; de adressen staan er ook als lijst bij.",
    "Geautomatiseerde toetsen vinden ongeveer een derde van de problemen. Een handmatig onderzoek door een deskundige (volgens de WCAG-EM-methode) is nog niet gedaan.",
    "Brieven als PDF zijn niet getoetst op PDF/UA.",
  ],
  en: [
    "Not every staff page (coordinator, administrator, policy and others) is part of this check; some are checked with axe in other browser tests, but not at both screen sizes.",
    "The walk list map (Leaflet) cannot be operated with a screen reader; the addresses are also shown as a list.",
    "Automated checks find about a third of all problems. A manual evaluation by an expert (WCAG-EM) has not been done yet.",
    "PDF letters have not been checked against PDF/UA.",
  ],
} as const;
