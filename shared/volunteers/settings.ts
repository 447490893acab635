import { endpoint } from "../endpoint.ts";
import { volunteerSettingsPatchSchema, volunteerSettingsSchema } from "../volunteers.ts";

const tags = ["vrijwilligers"];
export const settingsEndpoints = {
  get: endpoint({
    method: "GET",
    path: "/api/volunteer-settings",
    tags,
    summary: "Lijsten en instellingen voor vrijwilligers",
    permission: "authenticated",
    response: volunteerSettingsSchema,
  }),
  update: endpoint({
    method: "PUT",
    path: "/api/volunteer-settings",
    tags,
    summary: "Lijsten, termijnen en typen vrijwilligers wijzigen (wat u weglaat, blijft zoals het was)",
    permission: "volunteers.settings",
    body: volunteerSettingsPatchSchema,
    response: volunteerSettingsSchema,
  }),
};
