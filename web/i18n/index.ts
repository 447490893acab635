import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { nl } from "./nl.ts";

const stored = typeof localStorage === "undefined" ? null : localStorage.getItem("inzet.lang");
export const initialLanguage = stored === "en" ? "en" : "nl";

// Dutch is the source and in the first chunk; English is loaded when it is chosen (its own chunk).
void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl } },
  lng: "nl",
  fallbackLng: "nl",
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
document.documentElement.lang = "nl";
if (initialLanguage === "en") void changeLanguage("en");

/** English strings of lazily loaded pages that arrived before English itself (see `addStrings`). */
const laterEnglish: object[] = [];

/**
 * Zod's own messages follow the language. Zod is not in the first chunk: it is Dutch from the start
 * (shared/zod.ts) and switched when English is chosen, loading zod then if no page has yet.
 */
const setZodLocale = (language: "nl" | "en") =>
  import("../../shared/zod.ts").then((zod) => zod.setZodLocale(language));

async function load(language: "nl" | "en") {
  if (language === "en" && !i18n.hasResourceBundle("en", "translation")) {
    const { en } = await import("./en.ts");
    i18n.addResourceBundle("en", "translation", en);
    for (const bundle of laterEnglish.splice(0))
      i18n.addResourceBundle("en", "translation", bundle, true, true);
  }
}

/**
 * Strings that come with a lazily loaded page, merged under `feature` (so they stay out of the first
 * chunk): Dutch at once, English at once if it is loaded, otherwise as soon as it is.
 */
export function addStrings(feature: string, bundles: { nl: object; en: object }) {
  i18n.addResourceBundle("nl", "translation", { [feature]: bundles.nl }, true, true);
  const en = { [feature]: bundles.en };
  if (i18n.hasResourceBundle("en", "translation"))
    i18n.addResourceBundle("en", "translation", en, true, true);
  else laterEnglish.push(en);
}

export async function changeLanguage(language: "nl" | "en") {
  localStorage.setItem("inzet.lang", language);
  await load(language);
  document.documentElement.lang = language;
  await setZodLocale(language);
  return i18n.changeLanguage(language);
}

export { i18n };
