import { z } from "zod";

// Zod's own messages in Dutch by default; the web app switches to English with the language.
z.config(z.locales.nl());

export function setZodLocale(language: "nl" | "en") {
  z.config(language === "en" ? z.locales.en() : z.locales.nl());
}

export { z };
