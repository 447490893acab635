import { useLocation } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "../shared/accounts.ts";
import type { Permission } from "../shared/roles.ts";
import type { TenantTheme } from "../shared/tenancy.ts";
import { hasPermission, sessionApi } from "./features/accounts/session.ts";
import { changeLanguage } from "./i18n/index.ts";
import { AppLink } from "./ui/app-link.tsx";

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
  { to: "/kringen-cijfers", label: "circles.monitor.nav", permission: "circles.monitor" },
  { to: "/mijn-kringen", label: "circles.navOwn", permission: "circles.lead" },
  { to: "/mijn-doelen", label: "circles.navGoals", permission: "circles.own" },
  { to: "/thuisadministratie", label: "coaching.nav", permission: "coaching.read" },
  { to: "/mijn-participatie", label: "participation.nav.mine", permission: "participation.self" },
  { to: "/participatie", label: "participation.nav.caseload", permission: "participation.caseload" },
  {
    to: "/participatie/plaatsingen",
    label: "participation.nav.placements",
    permission: "participation.organisation",
  },
  { to: "/participatie/team", label: "participation.nav.team", permission: "participation.handover" },
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
        void sessionApi.setLocale(other).catch(() => {});
      }}
    >
      {t("nav.switchLanguage")}
    </button>
  );
}

/** Opened and closed by the menu button; Escape closes it and gives focus back to the button. */
function useMenu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  // A chosen link closes the menu (the page then moves focus to its content).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect runs on purpose when the path changes
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  return { open, button, toggle: () => setOpen((was) => !was) };
}

export type ShellHeaderProps = {
  tenant: { name: string; theme: TenantTheme } | undefined;
  me: Me | undefined;
  onSignOut: () => void;
};

/**
 * The page header: name of the area, language, the signed-in user and the main menu. On a phone (below
 * 48em, see styles.css) the user, the sign-out button and the menu fold behind one menu button.
 */
export function ShellHeader({ tenant, me, onSignOut }: ShellHeaderProps) {
  const { t } = useTranslation();
  const menu = useMenu();
  const classes = ["inzet-header", me && "inzet-header--menu", menu.open && "inzet-header--open"];
  return (
    <header className={classes.filter(Boolean).join(" ")}>
      <a className="inzet-header__brand" href="/">
        {tenant?.theme.logoUrl ? <img src={tenant.theme.logoUrl} alt="" /> : null}
        <span>Inzet{tenant ? ` · ${tenant.name}` : ""}</span>
      </a>
      {me && (
        <button
          ref={menu.button}
          type="button"
          className="utrecht-button utrecht-button--subtle inzet-header__menu-button"
          aria-expanded={menu.open}
          aria-controls="inzet-menu-tools inzet-menu"
          onClick={menu.toggle}
        >
          <span className="inzet-header__menu-icon" aria-hidden="true" />
          {t("nav.menu")}
        </button>
      )}
      <div className="inzet-header__tools" id="inzet-menu-tools">
        {me && (
          <span>
            {me.user.name}
            {me.activeMembership ? ` (${t(`roles.${me.activeMembership.role}`)})` : ""}
          </span>
        )}
        <LanguageSwitch />
        {me && (
          <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onSignOut}>
            {t("nav.signOut")}
          </button>
        )}
      </div>
      {me && (
        <nav className="inzet-nav" id="inzet-menu" aria-label={t("nav.label")}>
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
    </header>
  );
}
