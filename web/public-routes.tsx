// Pages anyone can open: sign-in, sign-up, vacancies, circles, the sociale kaart, the ideas boards.
import { createRoute } from "@tanstack/react-router";
import { publicBoardSearchSchema } from "./features/agreements/search.ts";
import { directorySearchSchema } from "./features/network/search.ts";
import { vacancyPublicSearchSchema, vacancySearchSchema } from "./features/vacancies/search.ts";
import { page, rootRoute } from "./route-root.tsx";
import { searchParams, text } from "./ui/search-params.ts";

// --- Public pages ---
export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/inloggen",
  validateSearch: searchParams({ redirect: text(2000), error: text(100) }),
  component: page(() => import("./features/accounts/sign-in-page.tsx"), "SignInPage"),
});
export const twoFactorCodeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/inloggen/code",
  validateSearch: searchParams({ redirect: text(2000) }),
  component: page(() => import("./features/accounts/sign-in-code-page.tsx"), "SignInCodePage"),
});
export const forgotRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/wachtwoord-vergeten",
  component: page(() => import("./features/accounts/forgot-password-page.tsx"), "ForgotPasswordPage"),
});
export const resetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/wachtwoord-herstellen",
  validateSearch: searchParams({ token: text(200), error: text(100) }),
  component: page(() => import("./features/accounts/reset-password-page.tsx"), "ResetPasswordPage"),
});

export const signupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/aanmelden",
  validateSearch: searchParams({ werkgebied: text(100), campagne: text(100), kanaal: text(100) }),
  component: page(() => import("./features/volunteers/volunteer-signup-page.tsx"), "VolunteerSignupPage"),
});
export const signupConfirmRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/aanmelden/bevestigen",
  validateSearch: searchParams({ token: text(200) }),
  component: page(() => import("./features/volunteers/volunteer-confirm-page.tsx"), "VolunteerConfirmPage"),
});

export const vacancySearchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/vacatures",
  validateSearch: vacancySearchSchema,
  component: page(() => import("./features/vacancies/vacancy-search-page.tsx"), "VacancySearchPage"),
});
export const vacancyPublicRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/vacatures/$id",
  validateSearch: vacancyPublicSearchSchema,
  component: page(() => import("./features/vacancies/vacancy-public-page.tsx"), "VacancyPublicPage"),
});

export const circleSignupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/kringen/$id/aanmelden",
  component: page(() => import("./features/circles/circle-signup-page.tsx"), "CircleSignupPage"),
});
export const circleOfferRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/kring-plek",
  validateSearch: searchParams({ token: text(100) }),
  component: page(() => import("./features/circles/circle-signup-page.tsx"), "CircleOfferPage"),
});

export const directoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sociale-kaart",
  validateSearch: directorySearchSchema,
  component: page(() => import("./features/network/directory-page.tsx"), "DirectoryPage"),
});

export const accessibilityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/toegankelijkheid",
  component: page(() => import("./features/home/accessibility-page.tsx"), "AccessibilityPage"),
});

export const publicWijkenRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/wijken",
  validateSearch: publicBoardSearchSchema,
  component: page(() => import("./features/agreements/public-board-page.tsx"), "PublicTrajectoriesPage"),
});
export const publicBoardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/wijken/$id",
  component: page(() => import("./features/agreements/public-board-page.tsx"), "PublicBoardPage"),
});
