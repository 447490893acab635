import { useTranslation } from "react-i18next";
import type { Trajectory } from "../../../shared/agreements/trajectories.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { formatDay } from "../../ui/format.ts";

/** The three steps of a wijktraject as an ordered list: done, current, next. */
export function Timeline({ trajectory }: { trajectory: Trajectory }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="inzet-timeline" aria-label={t("agreements.timeline")}>
      {trajectory.timeline.map((s, i) => (
        <li key={s.step} className={`inzet-timeline__step inzet-timeline__step--${s.state}`}>
          <strong>
            {i + 1}. {t(`agreements.steps.${s.step}`)}
          </strong>
          <br />
          {t(`agreements.stepStates.${s.state}`)}
          {s.startedOn && ` · ${t("agreements.since", { day: formatDay(s.startedOn, i18n.language) })}`}
        </li>
      ))}
    </ol>
  );
}

/** Links between the pages of one wijktraject. */
export function TrajectoryNav({ id }: { id: string }) {
  const { t } = useTranslation();
  const links = [
    ["/wijkaanpak/$id", "agreements.nav.overview"],
    ["/wijkaanpak/$id/ideeen", "agreements.nav.ideas"],
    ["/wijkaanpak/$id/mindmap", "agreements.nav.mindMap"],
    ["/wijkaanpak/$id/afspraken", "agreements.nav.agreements"],
  ] as const;
  return (
    <nav aria-label={t("agreements.nav.label")} className="inzet-subnav">
      <ul>
        {links.map(([to, label]) => (
          <li key={to}>
            {/* A router link: no page reload, and aria-current="page" on the page you are on. */}
            <AppLink to={to} params={{ id }} activeOptions={{ exact: true, includeSearch: false }}>
              {t(label)}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
