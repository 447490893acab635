import { circleProgressEn } from "../../i18n/circle-progress-en.ts";
import { circleProgressNl } from "../../i18n/circle-progress-nl.ts";
import { addStrings } from "../../i18n/index.ts";

// The participant page and the evaluation summary bring their own strings (not in the first chunk).
addStrings("circles", { nl: circleProgressNl, en: circleProgressEn });
