import { z } from "zod";

// Zod's own messages in Dutch by default; the web app switches to English with the language.
// In the browser zod runs without `new Function` (jitless): the page's Content-Security-Policy has no
// 'unsafe-eval', and zod's probe for it would be reported as a violation. The server keeps the JIT.
z.config({ ...z.locales.nl(), jitless: typeof window !== "undefined" });

export function setZodLocale(language: "nl" | "en") {
  z.config(language === "en" ? z.locales.en() : z.locales.nl());
}

export { z };
