/** Achter de Voordeur: door-to-door outreach campaigns (outreachCampaign in the glossary). */
export * from "./outreach/addresses.ts";
export * from "./outreach/campaigns.ts";
export * from "./outreach/doorstep.ts";
export * from "./outreach/monitor.ts";
