import { roles } from "../../../shared/roles.ts";
import { oneOf, pageNumber, searchParams, text } from "../../ui/search-params.ts";

/** The filters of the users list, in the URL. */
export const usersSearchSchema = searchParams({ q: text(200), rol: oneOf(roles), pagina: pageNumber });
