import { addStrings } from "../../i18n/index.ts";
import { networkStaffEn } from "../../i18n/network-staff-en.ts";
import { networkStaffNl } from "../../i18n/network-staff-nl.ts";

// The staff network pages bring their own strings (not in the first chunk).
addStrings("networkStaff", { nl: networkStaffNl, en: networkStaffEn });
