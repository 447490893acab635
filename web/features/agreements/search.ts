import { ideaStatuses } from "../../../shared/agreements/idea-statuses.ts";
import { oneOf, pageNumber, searchParams, text } from "../../ui/search-params.ts";

/** The moderation queue's filter, in the URL. */
export const ideasSearchSchema = searchParams({ status: oneOf(ideaStatuses), pagina: pageNumber });
/** The public board: which werkgebied (as for the vacancy search). */
export const publicBoardSearchSchema = searchParams({ werkgebied: text(100) });
