// The kinds of organisation, in a module of their own so the route table can validate the URL filter
// without loading the organisation schemas.
export const organisationTypes = [
  "municipalDepartment",
  "welfare",
  "volunteerOrganisation",
  "volunteerCentre",
  "church",
  "privateInitiative",
  "officialBody",
  "clientCouncil",
] as const;
