import { addStrings } from "../../i18n/index.ts";
import { participationTeamEn } from "../../i18n/participation-team-en.ts";
import { participationTeamNl } from "../../i18n/participation-team-nl.ts";

// The team page and the client page's handover bring their own strings (not in the first chunk).
addStrings("participation", { nl: participationTeamNl, en: participationTeamEn });
