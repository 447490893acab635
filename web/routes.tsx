import { createRoute, redirect } from "@tanstack/react-router";
import { ApiError } from "./api.ts";
import { usersSearchSchema } from "./features/accounts/search.ts";
import { meQuery } from "./features/accounts/session.ts";
import { ideasSearchSchema } from "./features/agreements/search.ts";
import { monitorSearchSchema } from "./features/circles/search.ts";
import { conferenceSearchSchema } from "./features/conferences/search.ts";
import { learningSearchSchema } from "./features/learning/search.ts";
import { matrixSearchSchema, networkSearchSchema } from "./features/network/search.ts";
import { organisationsSearchSchema } from "./features/organisations/search.ts";
import { caseloadSearchSchema } from "./features/participation/search.ts";
import { pageSearchSchema, processingLogSearchSchema } from "./features/privacy/search.ts";
import { referralsSearchSchema } from "./features/referrals/search.ts";
import { vacanciesManageSearchSchema } from "./features/vacancies/search.ts";
import { volunteerDetailSearchSchema, volunteersSearchSchema } from "./features/volunteers/search.ts";
import {
  accessibilityRoute,
  circleOfferRoute,
  circleSignupRoute,
  directoryRoute,
  forgotRoute,
  publicBoardRoute,
  publicWijkenRoute,
  resetRoute,
  signInRoute,
  signupConfirmRoute,
  signupRoute,
  twoFactorCodeRoute,
  vacancyPublicRoute,
  vacancySearchRoute,
} from "./public-routes.tsx";
import { page, rootRoute } from "./route-root.tsx";

export { page };

// --- Signed-in pages ---
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "app",
  beforeLoad: async ({ context, location }) => {
    try {
      const me = await context.queryClient.ensureQueryData(meQuery);
      if (
        me.twoFactorRequired &&
        !me.user.twoFactorEnabled &&
        location.pathname !== "/tweestapsverificatie"
      ) {
        throw redirect({ to: "/tweestapsverificatie" });
      }
      return { me };
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        throw redirect({ to: "/inloggen", search: { redirect: location.href } });
      }
      throw error;
    }
  },
});

function appPage<TPath extends string>(
  path: TPath,
  loader: () => Promise<Record<string, unknown>>,
  name: string,
) {
  return createRoute({ getParentRoute: () => appRoute, path, component: page(loader, name) });
}

const appChildren = [
  appPage("/", () => import("./features/home/home-page.tsx"), "HomePage"),
  appPage(
    "/tweestapsverificatie",
    () => import("./features/accounts/two-factor-setup-page.tsx"),
    "TwoFactorSetupPage",
  ),
  createRoute({
    getParentRoute: () => appRoute,
    path: "/mijn-gegevens",
    validateSearch: pageSearchSchema,
    component: page(() => import("./features/privacy/my-data-page.tsx"), "MyDataPage"),
  }),
  appPage("/meldingen", () => import("./features/accounts/mail-preferences-page.tsx"), "MailPreferencesPage"),
  appPage("/mijn-profiel", () => import("./features/volunteers/my-profile-page.tsx"), "MyProfilePage"),
  appPage(
    "/mijn-profiel/drijfveren",
    () => import("./features/volunteers/my-motives-page.tsx"),
    "MyMotivesPage",
  ),
  createRoute({
    getParentRoute: () => appRoute,
    path: "/vrijwilligers",
    validateSearch: volunteersSearchSchema,
    component: page(() => import("./features/volunteers/volunteers-page.tsx"), "VolunteersPage"),
  }),
  appPage(
    "/vrijwilligers/nieuw",
    () => import("./features/volunteers/volunteer-new-page.tsx"),
    "VolunteerNewPage",
  ),
  appPage(
    "/vrijwilligers/aandacht",
    () => import("./features/volunteers/volunteers-attention-page.tsx"),
    "VolunteersAttentionPage",
  ),
  createRoute({
    getParentRoute: () => appRoute,
    path: "/vrijwilligers/$id",
    validateSearch: volunteerDetailSearchSchema,
    component: page(() => import("./features/volunteers/volunteer-detail-page.tsx"), "VolunteerDetailPage"),
  }),
  appPage(
    "/vrijwilligers/$id/drijfveren",
    () => import("./features/volunteers/volunteer-motives-page.tsx"),
    "VolunteerMotivesPage",
  ),
  appPage("/werving", () => import("./features/recruitment/campaigns-page.tsx"), "RecruitmentPage"),
  appPage("/werving/uitval", () => import("./features/recruitment/dropout-page.tsx"), "DropoutPage"),
  appPage(
    "/werving/actieplan",
    () => import("./features/recruitment/action-plan-page.tsx"),
    "ActionPlanPage",
  ),
  appPage("/werving/$id", () => import("./features/recruitment/campaign-page.tsx"), "CampaignPage"),
  appPage(
    "/huisbezoeken",
    () => import("./features/outreach/outreach-campaigns-page.tsx"),
    "OutreachCampaignsPage",
  ),
  appPage("/huisbezoek/$id", () => import("./features/outreach/doorstep-page.tsx"), "DoorstepPage"),
  createRoute({
    getParentRoute: () => appRoute,
    path: "/doorverwijzingen",
    validateSearch: referralsSearchSchema,
    component: page(() => import("./features/referrals/referrals-page.tsx"), "ReferralsPage"),
  }),
  appPage(
    "/huisbezoeken/nieuw",
    () => import("./features/outreach/outreach-campaign-page.tsx"),
    "OutreachCampaignNewPage",
  ),
  appPage(
    "/huisbezoeken/$id",
    () => import("./features/outreach/outreach-campaign-page.tsx"),
    "OutreachCampaignPage",
  ),
  createRoute({
    getParentRoute: () => appRoute,
    path: "/leren",
    validateSearch: learningSearchSchema,
    component: page(() => import("./features/learning/learning-page.tsx"), "LearningPage"),
  }),
  appPage("/leren/$id", () => import("./features/learning/trajectory-page.tsx"), "TrajectoryPage"),
  appPage("/ervaringsonderzoek", () => import("./features/learning/research-page.tsx"), "ResearchPage"),
  appPage("/ervaringsonderzoek/$id", () => import("./features/learning/project-page.tsx"), "ProjectPage"),
  appPage("/rapporten", () => import("./features/learning/reports-page.tsx"), "ReportsPage"),
  appPage("/rapporten/$id", () => import("./features/learning/report-page.tsx"), "ReportPage"),
  appPage("/leergang", () => import("./features/learning/courses-page.tsx"), "CoursesPage"),
  appPage("/leergang/$id", () => import("./features/learning/homework-page.tsx"), "HomeworkPage"),
  createRoute({
    getParentRoute: () => appRoute,
    path: "/participatie",
    validateSearch: caseloadSearchSchema,
    component: page(() => import("./features/participation/caseload-page.tsx"), "CaseloadPage"),
  }),
  appPage(
    "/participatie/klanten/$id",
    () => import("./features/participation/client-page.tsx"),
    "ClientPage",
  ),
  appPage(
    "/participatie/plaatsingen",
    () => import("./features/participation/placements-page.tsx"),
    "PlacementsPage",
  ),
  appPage("/participatie/team", () => import("./features/participation/team-page.tsx"), "TeamPage"),
  appPage("/participatie/rapport", () => import("./features/participation/report-page.tsx"), "ReportPage"),
  appPage(
    "/mijn-participatie",
    () => import("./features/participation/my-participation-page.tsx"),
    "MyParticipationPage",
  ),
  appPage("/beheer/participatie", () => import("./features/participation/rules-page.tsx"), "RulesPage"),
  appPage(
    "/doorverwijzingen/nieuw",
    () => import("./features/referrals/new-referral-page.tsx"),
    "NewReferralPage",
  ),
  createRoute({
    getParentRoute: () => appRoute,
    path: "/netwerk",
    validateSearch: networkSearchSchema,
    component: page(() => import("./features/network/network-page.tsx"), "NetworkPage"),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: "/netwerk/verwijzingen",
    validateSearch: matrixSearchSchema,
    component: page(() => import("./features/network/matrix-page.tsx"), "MatrixPage"),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: "/conferenties",
    validateSearch: conferenceSearchSchema,
    component: page(() => import("./features/conferences/conferences-page.tsx"), "ConferencesPage"),
  }),
  appPage("/conferenties/$id", () => import("./features/conferences/conference-page.tsx"), "ConferencePage"),
  appPage("/wijkaanpak", () => import("./features/agreements/trajectories-page.tsx"), "TrajectoriesPage"),
  appPage("/wijkaanpak/bewaking", () => import("./features/agreements/guard-page.tsx"), "GuardPage"),
  appPage("/wijkaanpak/$id", () => import("./features/agreements/trajectory-page.tsx"), "TrajectoryPage"),
  createRoute({
    getParentRoute: () => appRoute,
    path: "/wijkaanpak/$id/ideeen",
    validateSearch: ideasSearchSchema,
    component: page(() => import("./features/agreements/ideas-page.tsx"), "IdeasPage"),
  }),
  appPage("/wijkaanpak/$id/mindmap", () => import("./features/agreements/mind-map-page.tsx"), "MindMapPage"),
  appPage(
    "/wijkaanpak/$id/afspraken",
    () => import("./features/agreements/agreements-page.tsx"),
    "AgreementsPage",
  ),
  appPage("/afspraken/$id", () => import("./features/agreements/agreement-page.tsx"), "AgreementPage"),
  appPage(
    "/afspraken/$id/monitoring",
    () => import("./features/agreements/monitoring-page.tsx"),
    "MonitoringPage",
  ),
  appPage(
    "/huisbezoeken/$id/bewerken",
    () => import("./features/outreach/outreach-campaign-page.tsx"),
    "OutreachCampaignEditPage",
  ),
  createRoute({
    getParentRoute: () => appRoute,
    path: "/vacaturebeheer",
    validateSearch: vacanciesManageSearchSchema,
    component: page(() => import("./features/vacancies/vacancies-manage-page.tsx"), "VacanciesManagePage"),
  }),
  appPage(
    "/vacaturebeheer/uren",
    () => import("./features/vacancies/hours-report-page.tsx"),
    "HoursReportPage",
  ),
  appPage(
    "/vacaturebeheer/verdelen",
    () => import("./features/vacancies/vacancy-batch-page.tsx"),
    "VacancyBatchPage",
  ),
  appPage(
    "/vacaturebeheer/nieuw",
    () => import("./features/vacancies/vacancy-edit-page.tsx"),
    "VacancyNewPage",
  ),
  appPage(
    "/vacaturebeheer/$id",
    () => import("./features/vacancies/vacancy-edit-page.tsx"),
    "VacancyEditPage",
  ),
  appPage(
    "/beheer/vrijwilligers",
    () => import("./features/volunteers/volunteer-settings-page.tsx"),
    "VolunteerSettingsPage",
  ),
  createRoute({
    getParentRoute: () => appRoute,
    path: "/beheer/organisaties",
    validateSearch: organisationsSearchSchema,
    component: page(() => import("./features/organisations/organisations-page.tsx"), "OrganisationsPage"),
  }),
  appPage(
    "/beheer/organisaties/nieuw",
    () => import("./features/organisations/organisation-page.tsx"),
    "OrganisationNewPage",
  ),
  appPage(
    "/beheer/organisaties/$id",
    () => import("./features/organisations/organisation-page.tsx"),
    "OrganisationEditPage",
  ),
  createRoute({
    getParentRoute: () => appRoute,
    path: "/beheer/gebruikers",
    validateSearch: usersSearchSchema,
    component: page(() => import("./features/accounts/users-page.tsx"), "UsersPage"),
  }),
  appPage("/beheer/gebruikers/nieuw", () => import("./features/accounts/user-new-page.tsx"), "UserNewPage"),
  appPage(
    "/beheer/gebruikers/$userId",
    () => import("./features/accounts/user-detail-page.tsx"),
    "UserDetailPage",
  ),
  appPage("/beheer/wijken", () => import("./features/tenancy/districts-page.tsx"), "DistrictsPage"),
  appPage("/beheer/instellingen", () => import("./features/tenancy/settings-page.tsx"), "SettingsPage"),
  createRoute({
    getParentRoute: () => appRoute,
    path: "/beheer/verwerkingslog",
    validateSearch: processingLogSearchSchema,
    component: page(() => import("./features/privacy/processing-log-page.tsx"), "ProcessingLogPage"),
  }),
  createRoute({
    getParentRoute: () => appRoute,
    path: "/beheer/outbox",
    validateSearch: pageSearchSchema,
    component: page(() => import("./features/outbox/outbox-page.tsx"), "OutboxPage"),
  }),
  appPage("/kringen", () => import("./features/circles/circles-page.tsx"), "CirclesPage"),
  createRoute({
    getParentRoute: () => appRoute,
    path: "/kringen-cijfers",
    validateSearch: monitorSearchSchema,
    component: page(() => import("./features/circles/monitor-page.tsx"), "MonitorPage"),
  }),
  appPage("/kringen/$id", () => import("./features/circles/circle-page.tsx"), "CirclePage"),
  appPage(
    "/kringen/deelnemers/$id",
    () => import("./features/circles/participant-page.tsx"),
    "ParticipantPage",
  ),
  appPage("/mijn-doelen", () => import("./features/circles/own-goals-page.tsx"), "OwnGoalsPage"),
  appPage("/mijn-kringen", () => import("./features/circles/leader-page.tsx"), "OwnCirclesPage"),
  appPage(
    "/mijn-kringen/bijeenkomst/$id",
    () => import("./features/circles/leader-page.tsx"),
    "LeaderSessionPage",
  ),
  appPage("/thuisadministratie", () => import("./features/coaching/coaching-page.tsx"), "CoachingPage"),
] as const;

export const routeTree = rootRoute.addChildren([
  signInRoute,
  twoFactorCodeRoute,
  forgotRoute,
  resetRoute,
  signupRoute,
  signupConfirmRoute,
  vacancySearchRoute,
  vacancyPublicRoute,
  circleSignupRoute,
  circleOfferRoute,
  directoryRoute,
  publicWijkenRoute,
  publicBoardRoute,
  accessibilityRoute,
  appRoute.addChildren([...appChildren]),
]);
