import type { Permission, Role } from "../../../shared/roles.ts";

/**
 * The modules of Inzet and who works in them. `to` is set for modules that exist; the others are
 * shown as "coming" so each role sees where their work will be — no fake figures.
 */
export type Module = { key: string; roles: Role[]; to?: string; permission?: Permission };

export const modules: Module[] = [
  {
    key: "organisations",
    roles: [
      "admin",
      "policyOfficer",
      "coordinator",
      "professional",
      "caseworker",
      "partner",
      "clientCouncil",
      "volunteer",
      "participant",
    ],
    to: "/beheer/organisaties",
    permission: "organisations.read",
  },
  { key: "users", roles: ["admin"], to: "/beheer/gebruikers", permission: "users.read" },
  { key: "districts", roles: ["admin", "policyOfficer"], to: "/beheer/wijken", permission: "districts.read" },
  { key: "settings", roles: ["admin"], to: "/beheer/instellingen", permission: "tenant.manage" },
  { key: "processingLog", roles: ["admin"], to: "/beheer/verwerkingslog", permission: "processingLog.read" },
  { key: "volunteers", roles: ["coordinator", "admin"], to: "/vrijwilligers", permission: "volunteers.read" },
  {
    key: "recruitment",
    roles: ["coordinator", "admin", "policyOfficer"],
    to: "/werving",
    permission: "recruitment.read",
  },
  {
    key: "myProfile",
    roles: ["volunteer", "participant"],
    to: "/mijn-profiel",
    permission: "volunteers.self",
  },
  { key: "vacancies", roles: ["coordinator", "volunteer", "participant", "caseworker"], to: "/vacatures" },
  { key: "outreach", roles: ["coordinator", "professional", "volunteer", "policyOfficer"] },
  { key: "circles", roles: ["coordinator", "volunteer", "participant"] },
  { key: "referrals", roles: ["professional", "partner", "coordinator"] },
  { key: "participation", roles: ["caseworker", "participant"] },
  { key: "agreements", roles: ["policyOfficer"] },
  { key: "learning", roles: ["clientCouncil", "policyOfficer"], to: "/leren", permission: "learning.read" },
  {
    key: "myData",
    roles: [
      "volunteer",
      "participant",
      "admin",
      "policyOfficer",
      "coordinator",
      "professional",
      "caseworker",
      "clientCouncil",
      "partner",
    ],
    to: "/mijn-gegevens",
  },
];

export function modulesFor(role: Role, permissions: string[]) {
  return modules.filter(
    (m) => m.roles.includes(role) && (!m.permission || permissions.includes(m.permission)),
  );
}
