export const roles = [
  "admin",
  "policyOfficer",
  "coordinator",
  "professional",
  "caseworker",
  "volunteer",
  "participant",
  "clientCouncil",
  "partner",
] as const;
export type Role = (typeof roles)[number];

const everyone = roles;

/**
 * Who may do what. One line per action; a route names one of these (or "public"/"authenticated").
 * Scope (tenant, organisation, caseload) is applied in the queries, on top of these rules.
 */
export const permissionRules = {
  "organisations.read": everyone,
  "organisations.manage": ["admin"],
  "districts.read": everyone,
  "districts.manage": ["admin"],
  "users.read": ["admin"],
  "users.manage": ["admin"],
  "tenant.manage": ["admin"],
  "processingLog.read": ["admin"],
  "outbox.read": ["admin"],
  "volunteers.read": ["admin", "coordinator"],
  "volunteers.manage": ["admin", "coordinator"],
  "volunteers.erase": ["admin"],
  "volunteers.self": ["volunteer", "participant"],
  "volunteers.settings": ["admin"],
  "volunteers.report": ["admin", "policyOfficer", "coordinator"],
  "recruitment.read": ["admin", "policyOfficer", "coordinator"],
  "recruitment.manage": ["admin", "coordinator"],
  "vacancies.read": ["admin", "policyOfficer", "coordinator"],
  "vacancies.manage": ["admin", "coordinator"],
  // Campaigns and the monitor's counts; the policy officer gets these aggregates only.
  "outreach.read": ["admin", "policyOfficer", "coordinator", "professional"],
  // Door-, household- and person-level: addresses, walk lists, rosters (names), visits.
  "outreach.detail": ["admin", "coordinator", "professional"],
  "outreach.manage": ["admin", "coordinator"],
  // A referral's household details are for the partner and the sender only (ADR 0010): no beheerder.
  "referrals.read": ["coordinator", "professional", "partner"],
  "referrals.answer": ["partner", "professional"],
  // Learning trajectories and the library shared between werkgebieden (ADR 0022).
  "learning.read": ["admin", "policyOfficer", "coordinator", "professional", "caseworker", "clientCouncil"],
  "learning.manage": ["admin", "policyOfficer", "clientCouncil"],
  // The council's research workspace: staff roles pass this, then meet the wall (404 unless clientCouncil).
  "research.workspace": [
    "admin",
    "policyOfficer",
    "coordinator",
    "professional",
    "caseworker",
    "clientCouncil",
  ],
  // The research report (ADR 0022): the council writes, signs off and publishes; the municipality answers.
  "reports.read": ["admin", "policyOfficer", "coordinator", "professional", "caseworker", "clientCouncil"],
  "reports.write": ["clientCouncil"],
  "reports.respond": ["policyOfficer"],
  // The Drijfveren course: professionals enrol, the beheerder runs editions.
  "courses.read": ["admin", "coordinator", "professional"],
  "courses.enrol": ["coordinator", "professional"],
  "courses.manage": ["admin"],
  // The participant's manager (a coordinator of the same organisation) signs off the course's action plan.
  "courses.signOff": ["coordinator"],
  // Circles (kringen): programmes, seasons, participants; a leader (volunteer) sees only their own circles.
  "circles.read": ["admin", "coordinator"],
  "circles.manage": ["admin", "coordinator"],
  /** Aggregates of circles and coaching: a coordinator their organisation's, others the tenant's. */
  "circles.monitor": ["admin", "coordinator", "policyOfficer"],
  "circles.lead": ["volunteer"],
  // A participant sees and edits their own goals (their own person only; a volunteer may also take part).
  "circles.own": ["participant", "volunteer"],
  // One-to-one coaching: the organisation's coordinator and the coach only (need to know, ADR 0019).
  "coaching.read": ["coordinator", "volunteer"],
  "coaching.manage": ["coordinator"],
  // Participation (ADR 0018): rules for the beheerder; client files for the klantmanager's own caseload only.
  "participation.read": ["admin", "caseworker"],
  "participation.rules": ["admin"],
  "participation.caseload": ["caseworker"],
  "participation.import": ["admin", "caseworker"],
  "participation.teams": ["admin"],
  "participation.handover": ["admin", "caseworker"],
  "participation.organisation": ["coordinator"],
  "participation.self": ["participant"],
  "participation.obstacles": ["caseworker", "participant"],
  "participation.report": ["admin", "policyOfficer", "clientCouncil", "caseworker"],
  // Any member organisation refers a resident to any other (network, ADR 0020).
  "referrals.create": ["coordinator", "professional", "partner"],
  "network.read": ["admin", "policyOfficer", "coordinator", "professional", "caseworker", "partner"],
  "network.offerings": ["admin", "policyOfficer", "coordinator", "professional", "partner"],
  "network.manage": ["admin", "policyOfficer"],
  "network.figures": ["admin", "policyOfficer"],
  "conferences.read": ["admin", "policyOfficer", "coordinator", "professional", "caseworker", "partner"],
  "conferences.participate": ["admin", "policyOfficer", "coordinator", "professional", "partner"],
  "conferences.manage": ["admin", "policyOfficer"],
  // Wijkaanpak (ADR 0021): trajectories, agreements and monitoring; the dialogue; the role-boundary guard.
  "agreements.read": ["admin", "policyOfficer", "coordinator", "professional"],
  "agreements.manage": ["admin", "policyOfficer"],
  "dialogue.manage": ["admin", "policyOfficer", "coordinator", "professional"],
  "agreements.guard": ["admin", "policyOfficer", "coordinator"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionRules;
export const permissions = Object.keys(permissionRules) as Permission[];

/** Who acts, as far as a record rule (features' policy) needs to know: role and organisation. */
export type PolicyActor = { role: Role; organisationId: string | null };

/** What a route needs: nobody ("public"), a signed-in user ("authenticated"), or a permission. */
export type RoutePermission = "public" | "authenticated" | Permission;

export function can(role: Role, permission: Permission): boolean {
  return (permissionRules[permission] as readonly Role[]).includes(role);
}

/** Roles that see other people's personal data; by default they must use two-factor sign-in. */
export const rolesSeeingPersonalData: Role[] = [
  "admin",
  "coordinator",
  "professional",
  "caseworker",
  "partner",
  "clientCouncil",
];
