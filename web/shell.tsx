import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Outlet, useLocation, useNavigate } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { meQuery, sessionApi } from "./features/accounts/session.ts";
import { queuedVisits } from "./features/outreach/visit-queue.ts";
import { applyTenantTheme, publicTenantQuery } from "./features/tenancy/public-tenant.ts";
import { ShellHeader } from "./shell-header.tsx";
import { AppLink } from "./ui/app-link.tsx";
import { setDefaultTitle } from "./ui/document-head.ts";

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
    if (!tenant) return;
    setDefaultTitle(`Inzet – ${tenant.name}`);
    // A changed theme (or one that could not load offline) applies without a reload.
    void applyTenantTheme(tenant);
  }, [tenant]);

  const signOut = async () => {
    const unsent = queuedVisits().length;
    if (unsent > 0 && !window.confirm(t("outreach.doorstep.signOutUnsent", { count: unsent }))) return;
    await sessionApi.signOut().catch(() => {});
    queryClient.clear();
    // Nothing of this user stays on the device: no kept walk lists, queue or profile.
    for (const key of Object.keys(localStorage))
      if (key.startsWith("inzet.") && key !== "inzet.lang") localStorage.removeItem(key);
    await navigate({ to: "/inloggen" });
  };

  return (
    <div>
      {/* Not Utrecht's SkipLink: it wraps the link in a <p>, whose margin made a white strip above the header. */}
      <a href="#main" className="utrecht-skip-link utrecht-skip-link--visible-on-focus inzet-skip-link">
        {t("nav.skipToContent")}
      </a>
      <ShellHeader tenant={tenant} me={me} onSignOut={() => void signOut()} />
      <main id="main" className="inzet-main" tabIndex={-1} ref={mainRef}>
        <Outlet />
      </main>
      <footer className="inzet-footer">
        <p className="utrecht-paragraph">
          {t("footer.text")} ·{" "}
          <a className="utrecht-link" href="/api/docs">
            {t("footer.api")}
          </a>{" "}
          · <AppLink to="/toegankelijkheid">{t("footer.accessibility")}</AppLink>
        </p>
      </footer>
    </div>
  );
}
