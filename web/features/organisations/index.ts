export { useOrganisationOptions } from "./use-organisation-options.ts";
