import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { setZodLocale } from "../../shared/zod.ts";
import { en } from "./en.ts";
import { nl } from "./nl.ts";

const stored = typeof localStorage === "undefined" ? null : localStorage.getItem("inzet.lang");
export const initialLanguage = stored === "en" ? "en" : "nl";

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: initialLanguage,
  fallbackLng: "nl",
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
setZodLocale(initialLanguage);
document.documentElement.lang = initialLanguage;

export function changeLanguage(language: "nl" | "en") {
  localStorage.setItem("inzet.lang", language);
  document.documentElement.lang = language;
  setZodLocale(language);
  return i18n.changeLanguage(language);
}

export { i18n };
