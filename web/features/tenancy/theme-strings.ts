import { themeTokensEn } from "../../i18n/accessibility-en.ts";
import { themeTokensNl } from "../../i18n/accessibility-nl.ts";
import { addStrings } from "../../i18n/index.ts";

// The own-theme section brings its own strings (not in the first chunk).
addStrings("themeTokens", { nl: themeTokensNl, en: themeTokensEn });
