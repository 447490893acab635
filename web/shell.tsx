import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Outlet, useLocation, useNavigate } from "@tanstack/react-router";
import { SkipLink } from "@utrecht/component-library-react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Permission } from "../shared/roles.ts";
import { authApi, hasPermission, meQuery } from "./features/accounts/api.ts";
import { queuedVisits } from "./features/outreach/visit-queue.ts";
import { publicTenantQuery, themeStyle } from "./features/tenancy/api.ts";
import { changeLanguage } from "./i18n/index.ts";
import { AppLink } from "./ui/app-link.tsx";
import { setDefaultTitle } from "./ui/document-head.ts";

const navItems: { to: string; label: string; permission?: Permission }[] = [
  { to: "/", label: "nav.home" },
  { to: "/mijn-profiel", label: "volunteers.nav.myProfile", permission: "volunteers.self" },
  { to: "/vrijwilligers", label: "volunteers.nav.volunteers", permission: "volunteers.read" },
  { to: "/vrijwilligers/aandacht", label: "volunteers.nav.attention", permission: "volunteers.read" },
  { to: "/werving", label: "volunteers.nav.recruitment", permission: "recruitment.read" },
  { to: "/vacaturebeheer", label: "vacancies.nav.manage", permission: "vacancies.read" },
  { to: "/huisbezoeken", label: "outreach.nav", permission: "outreach.read" },
  { to: "/doorverwijzingen", label: "referrals.nav", permission: "referrals.read" },
  { to: "/leren", label: "learning.nav", permission: "learning.read" },
  { to: "/rapporten", label: "learning.reports.nav", permission: "reports.read" },
  { to: "/leergang", label: "learning.coursesNav", permission: "courses.read" },
  { to: "/kringen", label: "circles.nav", permission: "circles.read" },
  { to: "/mijn-kringen", label: "circles.navOwn", permission: "circles.lead" },
  { to: "/thuisadministratie", label: "coaching.nav", permission: "coaching.read" },
  { to: "/mijn-participatie", label: "participation.nav.mine", permission: "participation.self" },
  { to: "/participatie", label: "participation.nav.caseload", permission: "participation.caseload" },
  { to: "/participatie/rapport", label: "participation.nav.report", permission: "participation.report" },
  { to: "/beheer/participatie", label: "participation.nav.rules", permission: "participation.rules" },
  { to: "/netwerk", label: "network.nav", permission: "network.read" },
  { to: "/conferenties", label: "conferences.nav", permission: "conferences.read" },
  { to: "/wijkaanpak", label: "agreements.nav.main", permission: "agreements.read" },
  { to: "/vacatures", label: "vacancies.nav.search" },
  { to: "/beheer/organisaties", label: "nav.organisations", permission: "organisations.read" },
  { to: "/beheer/gebruikers", label: "nav.users", permission: "users.read" },
  { to: "/beheer/wijken", label: "nav.districts", permission: "districts.read" },
  { to: "/beheer/instellingen", label: "nav.settings", permission: "tenant.manage" },
  { to: "/beheer/vrijwilligers", label: "volunteers.settings.title", permission: "volunteers.settings" },
  { to: "/beheer/verwerkingslog", label: "nav.processingLog", permission: "processingLog.read" },
  { to: "/beheer/outbox", label: "nav.outbox", permission: "outbox.read" },
  { to: "/mijn-gegevens", label: "nav.myData" },
];

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === "en" ? "nl" : "en";
  return (
    <button
      type="button"
      className="utrecht-button utrecht-button--subtle"
      lang={other}
      onClick={() => {
        void changeLanguage(other);
        void authApi.setLocale(other).catch(() => {});
      }}
    >
      {t("nav.switchLanguage")}
    </button>
  );
}

/** Header, navigation, main landmark and footer around every page. */
export function Shell() {
  const { t } = useTranslation();
  const tenant = useQuery(publicTenantQuery).data;
  const me = useQuery({ ...meQuery, enabled: false }).data;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // Move focus to the content after navigation, so keyboard and screen reader users start there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect runs on purpose when the path changes
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  useEffect(() => {
    if (tenant) setDefaultTitle(`Inzet – ${tenant.name}`);
  }, [tenant]);

  const signOut = async () => {
    const unsent = queuedVisits().length;
    if (unsent > 0 && !window.confirm(t("outreach.doorstep.signOutUnsent", { count: unsent }))) return;
    await authApi.signOut().catch(() => {});
    queryClient.clear();
    // Nothing of this user stays on the device: no kept walk lists, queue or profile.
    for (const key of Object.keys(localStorage))
      if (key.startsWith("inzet.") && key !== "inzet.lang") localStorage.removeItem(key);
    await navigate({ to: "/inloggen" });
  };

  const signedIn = Boolean(me);
  return (
    <div style={themeStyle(tenant?.theme)}>
      <SkipLink href="#main" className="inzet-skip-link">
        {t("nav.skipToContent")}
      </SkipLink>
      <header className="inzet-header">
        <a className="inzet-header__brand" href="/">
          {tenant?.theme.logoUrl ? <img src={tenant.theme.logoUrl} alt="" /> : null}
          <span>Inzet{tenant ? ` · ${tenant.name}` : ""}</span>
        </a>
        <div className="inzet-header__tools">
          {me && (
            <span>
              {me.user.name}
              {me.activeMembership ? ` (${t(`roles.${me.activeMembership.role}`)})` : ""}
            </span>
          )}
          <LanguageSwitch />
          {signedIn && (
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle"
              onClick={() => void signOut()}
            >
              {t("nav.signOut")}
            </button>
          )}
        </div>
      </header>
      {me && (
        <nav className="inzet-nav" aria-label={t("nav.label")}>
          <ul>
            {navItems
              .filter((item) => !item.permission || hasPermission(me, item.permission))
              .map((item) => (
                <li key={item.to}>
                  <AppLink
                    to={item.to}
                    activeOptions={{ exact: item.to === "/" || item.to === "/vrijwilligers" }}
                  >
                    {t(item.label)}
                  </AppLink>
                </li>
              ))}
          </ul>
        </nav>
      )}
      <main id="main" className="inzet-main" tabIndex={-1} ref={mainRef}>
        <Outlet />
      </main>
      <footer className="inzet-footer">
        <p className="utrecht-paragraph">
          {t("footer.text")} ·{" "}
          <a className="utrecht-link" href="/api/docs">
            {t("footer.api")}
          </a>
        </p>
      </footer>
    </div>
  );
}
