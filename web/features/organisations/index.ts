// What other web features may use from organisations.
export { useOrganisationOptions } from "./use-organisation-options.ts";
