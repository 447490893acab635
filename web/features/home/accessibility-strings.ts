import { accessibilityEn } from "../../i18n/accessibility-en.ts";
import { accessibilityNl } from "../../i18n/accessibility-nl.ts";
import { addStrings } from "../../i18n/index.ts";

// The statement brings its own strings (not in the first chunk).
addStrings("accessibility", { nl: accessibilityNl, en: accessibilityEn });
