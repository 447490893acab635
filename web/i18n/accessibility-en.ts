import type { accessibilityNl, themeTokensNl } from "./accessibility-nl.ts";

export const accessibilityEn: typeof accessibilityNl = {
  title: "Accessibility statement",
  description:
    "How accessible Inzet is: the standard, what is tested, what is not right yet and how to report it.",
  intro:
    "{{tenant}} wants everyone to be able to use Inzet, including people with a disability. This statement is about this Inzet website.",
  statusTitle: "Compliance status",
  status:
    "Inzet partially complies with {{wcag}} level {{level}} (as included in {{en}}). What is not right yet is listed below.",
  dateTitle: "Date",
  date: "This statement was last updated on {{date}}.",
  checkedTitle: "Which pages were checked",
  checkedIntro:
    "Every change to Inzet is checked automatically in a real browser, on a computer screen ({{desktop}}) and on a phone ({{phone}}). This list comes from that check: nothing is listed that is not checked.",
  pagesCaption: "Pages checked",
  page: "Page",
  address: "Address",
  signedIn: "Signed in as a volunteer",
  public: "Public",
  methodTitle: "What is checked on every page",
  gapsTitle: "What is not right yet or not checked",
  contactTitle: "Contact",
  contactWays: "How to reach us",
  contact:
    "Do you run into a problem on this website? Or do you need a page in another form? Please contact {{tenant}}. You will get an answer within 5 working days.",
  complaint:
    "Not satisfied with the answer? You can file a complaint with {{tenant}}, and after that with the National Ombudsman.",
  modelNote:
    "This statement follows the model format of the Dutch government (toegankelijkheidsverklaring.nl).",
};

export const themeTokensEn: typeof themeTokensNl = {
  title: "Own theme (NL Design System)",
  intro:
    "Paste or choose your municipality's theme here: a CSS file with custom properties or a JSON file with design tokens. Only tokens starting with --basis-, --utrecht-, --nl- or --inzet- are used. See docs/theming.md.",
  file: "File with the theme",
  source: "Contents of the theme",
  sourceHint:
    "For example .my-theme { --basis-color-action-1-inverse-bg-default: #00703c; }. Empty: the default theme.",
  preview: "Show preview",
  save: "Save theme",
  previewTitle: "This is how it looks",
  previewCount_one: "{{count}} token is used.",
  previewCount_other: "{{count}} tokens are used.",
  skipped_one:
    "{{count}} token with another prefix was left out (its value is filled in where a token refers to it).",
  skipped_other:
    "{{count}} tokens with another prefix were left out (their values are filled in where a token refers to them).",
  sampleHeading: "Sample heading",
  sampleText: "A paragraph of text with a link in it.",
  sampleLink: "a link",
  sampleField: "An input field",
  samplePrimary: "Main button",
  sampleSecondary: "Second button",
  sampleAlert: "A notice.",
  saved: "The theme is saved. It now applies to everyone in this area.",
  cleared: "The own theme is removed: the default theme applies again.",
};
