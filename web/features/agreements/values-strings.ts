import { agreementValuesEn } from "../../i18n/agreement-values-en.ts";
import { agreementValuesNl } from "../../i18n/agreement-values-nl.ts";
import { addStrings } from "../../i18n/index.ts";

// The values entered by hand come with the monitoring page (not in the first chunk).
addStrings("agreements", { nl: agreementValuesNl, en: agreementValuesEn });
