import { useTranslation } from "react-i18next";
import { type Count, type Rate, SMALL_COUNT } from "../../shared/small-counts.ts";

/**
 * How a count from an aggregate report reads on screen: the number, "minder dan 5" or "verborgen"
 * (the same words as in the exports, shared/small-counts.ts), never 0 for a hidden count.
 */
export function useCountText() {
  const { t, i18n } = useTranslation();
  return {
    count: (c: Count) =>
      "shown" in c ? c.shown.toLocaleString(i18n.language) : t(`counts.${c.hidden}`, { n: SMALL_COUNT }),
    /** A rate as a percentage; "verborgen" when a count behind it is hidden, "–" for 0 of 0. */
    rate: (r: Rate) =>
      r === null ? "–" : "shown" in r ? `${Math.round(r.shown * 100)}%` : t("counts.derivable"),
    explained: t("counts.explained", { n: SMALL_COUNT }),
  };
}
