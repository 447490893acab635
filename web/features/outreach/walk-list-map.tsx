import "leaflet/dist/leaflet.css";
import { useQuery } from "@tanstack/react-query";
import L from "leaflet";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { WalkList } from "../../../shared/outreach.ts";
import { defaultMapTileUrl } from "../../../shared/tenancy.ts";
import { publicTenantQuery } from "../tenancy/api.ts";

/** Colours that stay apart for neighbouring lists (and on a grey map). */
const colours = ["#1f5fa8", "#c0392b", "#1e8449", "#8e44ad", "#b9770e", "#117a8b", "#6e2c00", "#34495e"];
export const listColour = (number: number) => colours[(number - 1) % colours.length]!;

/**
 * The walk lists on a Leaflet map: a dot per door and a line in walking order, one colour per list.
 * The tiles come from the tenant's setting (default the PDOK background map); when they cannot load,
 * the dots and lines are still drawn on a blank background. The map is an extra: the table next to it
 * holds the same information for keyboard and screen reader users.
 */
export function WalkListMap({ lists }: { lists: WalkList[] }) {
  const { t } = useTranslation();
  const tenant = useQuery(publicTenantQuery).data;
  const element = useRef<HTMLElement>(null);
  const [tilesFailed, setTilesFailed] = useState(false);
  const tileUrl = tenant?.mapTileUrl ?? defaultMapTileUrl;

  useEffect(() => {
    if (!element.current) return;
    const map = L.map(element.current, { scrollWheelZoom: false, keyboard: false });
    const tiles = L.tileLayer(tileUrl, {
      maxZoom: 19,
      attribution: "Kaartgegevens © Kadaster",
    }).addTo(map);
    tiles.on("tileerror", () => setTilesFailed(true));
    const layer = L.featureGroup().addTo(map);
    for (const list of lists) {
      const colour = listColour(list.number);
      const points = list.addresses.map((a) => L.latLng(a.lat, a.lon));
      L.polyline(points, { color: colour, weight: 2, opacity: 0.8, interactive: false }).addTo(layer);
      for (const point of points)
        L.circleMarker(point, {
          radius: 4,
          color: colour,
          fillColor: colour,
          fillOpacity: 0.9,
          weight: 1,
          interactive: false,
        }).addTo(layer);
    }
    const bounds = layer.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [16, 16] });
    else map.setView([52.1, 5.3], 7);
    return () => {
      map.remove();
    };
  }, [lists, tileUrl]);

  return (
    <figure className="inzet-map-figure">
      <section ref={element} className="inzet-map" aria-label={t("outreach.walkLists.map")} />
      <figcaption className="utrecht-paragraph">
        {t("outreach.walkLists.mapHelp")}
        {tilesFailed ? ` ${t("outreach.walkLists.tilesFailed")}` : ""}
      </figcaption>
    </figure>
  );
}
