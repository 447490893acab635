import "@utrecht/component-library-css/dist/index.css";
import "@utrecht/design-tokens/dist/index.css";
import "./ui/styles.css";
import "./i18n/index.ts";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  RouterProvider,
  redirect,
} from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { z } from "../shared/zod.ts";
import { ApiError } from "./api.ts";
import { meQuery } from "./features/accounts/api.ts";
import { ideasSearchSchema, publicBoardSearchSchema } from "./features/agreements/search.ts";
import { referralsSearchSchema } from "./features/referrals/search.ts";
import { Shell } from "./shell.tsx";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2 },
  },
});

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({ component: Shell });

const page = (loader: () => Promise<Record<string, unknown>>, name: string) =>
  lazyRouteComponent(loader as () => Promise<Record<string, React.ComponentType>>, name);

// --- Public pages ---
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/inloggen",
  validateSearch: z.object({ redirect: z.string().optional(), error: z.string().max(100).optional() }),
  component: page(() => import("./pages/sign-in.tsx"), "SignInPage"),
});
const twoFactorCodeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/inloggen/code",
  validateSearch: z.object({ redirect: z.string().optional() }),
  component: page(() => import("./pages/sign-in-code.tsx"), "SignInCodePage"),
});
const forgotRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/wachtwoord-vergeten",
  component: page(() => import("./pages/forgot-password.tsx"), "ForgotPasswordPage"),
});
const resetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/wachtwoord-herstellen",
  validateSearch: z.object({ token: z.string().optional(), error: z.string().optional() }),
  component: page(() => import("./pages/reset-password.tsx"), "ResetPasswordPage"),
});

const signupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/aanmelden",
  validateSearch: z.object({
    werkgebied: z.string().optional(),
    campagne: z.string().optional(),
    kanaal: z.string().optional(),
  }),
  component: page(() => import("./pages/volunteer-signup.tsx"), "VolunteerSignupPage"),
});
const signupConfirmRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/aanmelden/bevestigen",
  validateSearch: z.object({ token: z.string().optional() }),
  component: page(() => import("./pages/volunteer-confirm.tsx"), "VolunteerConfirmPage"),
});

const vacancySearchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/vacatures",
  validateSearch: z.object({
    werkgebied: z.string().optional(),
    q: z.string().optional(),
    wijk: z.string().optional(),
    dagdeel: z.string().optional(),
    soort: z.enum(["oneOff", "regular"]).optional().catch(undefined),
    thema: z.string().optional(),
    afstand: z.literal("ja").optional().catch(undefined),
    pagina: z.coerce.number().int().min(1).optional().catch(undefined),
  }),
  component: page(() => import("./pages/vacancy-search.tsx"), "VacancySearchPage"),
});
const vacancyPublicRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/vacatures/$id",
  validateSearch: z.object({ werkgebied: z.string().optional() }),
  component: page(() => import("./pages/vacancy-public.tsx"), "VacancyPublicPage"),
});

const publicWijkenRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/wijken",
  validateSearch: publicBoardSearchSchema,
  component: page(() => import("./features/agreements/public-board-page.tsx"), "PublicTrajectoriesPage"),
});
const publicBoardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/wijken/$id",
  component: page(() => import("./features/agreements/public-board-page.tsx"), "PublicBoardPage"),
});

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
  appPage("/", () => import("./pages/home.tsx"), "HomePage"),
  appPage("/tweestapsverificatie", () => import("./pages/two-factor-setup.tsx"), "TwoFactorSetupPage"),
  appPage("/mijn-gegevens", () => import("./pages/my-data.tsx"), "MyDataPage"),
  appPage("/mijn-profiel", () => import("./pages/my-profile.tsx"), "MyProfilePage"),
  appPage("/mijn-profiel/drijfveren", () => import("./pages/my-motives.tsx"), "MyMotivesPage"),
  appPage("/vrijwilligers", () => import("./pages/volunteers.tsx"), "VolunteersPage"),
  appPage("/vrijwilligers/nieuw", () => import("./pages/volunteer-new.tsx"), "VolunteerNewPage"),
  appPage(
    "/vrijwilligers/aandacht",
    () => import("./pages/volunteers-attention.tsx"),
    "VolunteersAttentionPage",
  ),
  appPage("/vrijwilligers/$id", () => import("./pages/volunteer-detail.tsx"), "VolunteerDetailPage"),
  appPage(
    "/vrijwilligers/$id/drijfveren",
    () => import("./pages/volunteer-motives.tsx"),
    "VolunteerMotivesPage",
  ),
  appPage("/werving", () => import("./pages/recruitment.tsx"), "RecruitmentPage"),
  appPage("/werving/uitval", () => import("./pages/dropout.tsx"), "DropoutPage"),
  appPage("/werving/actieplan", () => import("./pages/action-plan.tsx"), "ActionPlanPage"),
  appPage("/werving/$id", () => import("./pages/campaign.tsx"), "CampaignPage"),
  appPage("/huisbezoeken", () => import("./pages/outreach-campaigns.tsx"), "OutreachCampaignsPage"),
  appPage("/huisbezoek/$id", () => import("./pages/doorstep.tsx"), "DoorstepPage"),
  createRoute({
    getParentRoute: () => appRoute,
    path: "/doorverwijzingen",
    validateSearch: referralsSearchSchema,
    component: page(() => import("./features/referrals/referrals-page.tsx"), "ReferralsPage"),
  }),
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
  appPage("/huisbezoeken/nieuw", () => import("./pages/outreach-campaign.tsx"), "OutreachCampaignNewPage"),
  appPage("/huisbezoeken/$id", () => import("./pages/outreach-campaign.tsx"), "OutreachCampaignPage"),
  appPage(
    "/huisbezoeken/$id/bewerken",
    () => import("./pages/outreach-campaign.tsx"),
    "OutreachCampaignEditPage",
  ),
  appPage("/vacaturebeheer", () => import("./pages/vacancies-manage.tsx"), "VacanciesManagePage"),
  appPage("/vacaturebeheer/uren", () => import("./pages/hours-report.tsx"), "HoursReportPage"),
  appPage("/vacaturebeheer/verdelen", () => import("./pages/vacancy-batch.tsx"), "VacancyBatchPage"),
  appPage("/vacaturebeheer/nieuw", () => import("./pages/vacancy-edit.tsx"), "VacancyNewPage"),
  appPage("/vacaturebeheer/$id", () => import("./pages/vacancy-edit.tsx"), "VacancyEditPage"),
  appPage("/beheer/vrijwilligers", () => import("./pages/volunteer-settings.tsx"), "VolunteerSettingsPage"),
  appPage("/beheer/organisaties", () => import("./pages/organisations.tsx"), "OrganisationsPage"),
  appPage("/beheer/organisaties/nieuw", () => import("./pages/organisation-edit.tsx"), "OrganisationNewPage"),
  appPage("/beheer/organisaties/$id", () => import("./pages/organisation-edit.tsx"), "OrganisationEditPage"),
  appPage("/beheer/gebruikers", () => import("./pages/users.tsx"), "UsersPage"),
  appPage("/beheer/gebruikers/nieuw", () => import("./pages/user-new.tsx"), "UserNewPage"),
  appPage("/beheer/gebruikers/$userId", () => import("./pages/user-detail.tsx"), "UserDetailPage"),
  appPage("/beheer/wijken", () => import("./pages/districts.tsx"), "DistrictsPage"),
  appPage("/beheer/instellingen", () => import("./pages/settings.tsx"), "SettingsPage"),
  appPage("/beheer/verwerkingslog", () => import("./pages/processing-log.tsx"), "ProcessingLogPage"),
  appPage("/beheer/outbox", () => import("./pages/outbox.tsx"), "OutboxPage"),
] as const;

const routeTree = rootRoute.addChildren([
  signInRoute,
  twoFactorCodeRoute,
  forgotRoute,
  resetRoute,
  signupRoute,
  signupConfirmRoute,
  vacancySearchRoute,
  vacancyPublicRoute,
  publicWijkenRoute,
  publicBoardRoute,
  appRoute.addChildren([...appChildren]),
]);

const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: "intent",
  defaultNotFoundComponent: page(() => import("./pages/not-found.tsx"), "NotFoundPage"),
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
