import { addStrings } from "../../i18n/index.ts";
import { participationPlacementsEn } from "../../i18n/participation-placements-en.ts";
import { participationPlacementsNl } from "../../i18n/participation-placements-nl.ts";

// The placements page and the weeks list bring their own strings (not in the first chunk).
addStrings("participation", { nl: participationPlacementsNl, en: participationPlacementsEn });
