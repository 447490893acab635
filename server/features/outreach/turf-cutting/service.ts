import { type LatLon, toMetres } from "../../../../shared/geo.ts";
import { exactOrder, heuristicOrder, routeLength } from "../walk-order/service.ts";

export { type Distance, exactOrder, heuristicOrder, routeLength } from "../walk-order/service.ts";

/**
 * Turf cutting and walking order for door-to-door campaigns.
 *
 * - `cutWalkLists` splits addresses into compact lists of about a target size by recursive bisection:
 *   each split cuts the area across its longest side at the point that leaves the right number of doors
 *   on each side. Every list is one connected block of the map, never strips across the neighbourhood.
 *   Doors of one building (same street and number, e.g. flats) stay together.
 * - `walkOrder` orders a list so the walk is short (../walk-order/service.ts): exact (Held–Karp) up to 12
 *   stops, otherwise iterated 2-opt/Or-opt local search with seeded double-bridge kicks. The route is an
 *   open path (pairs start at one end and finish at the other). Distances are straight lines, so crossing a wide street costs what it costs and
 *   the route takes one side and then the other, while a narrow street is zigzagged.
 */
export type WalkAddress = LatLon & { id: string; street: string; houseNumber: number };

type Unit = { ids: string[]; x: number; y: number };

export function cutWalkLists(addresses: WalkAddress[], targetSize: number): string[][] {
  if (addresses.length === 0) return [];
  const metres = toMetres(addresses);
  const byBuilding = new Map<string, Unit>();
  addresses.forEach((a, i) => {
    const key = `${a.street.toLowerCase()}|${a.houseNumber}`;
    const unit = byBuilding.get(key);
    if (unit) unit.ids.push(a.id);
    else byBuilding.set(key, { ids: [a.id], x: metres[i]!.x, y: metres[i]!.y });
  });
  // A very large building (a flat of 100 doors) is split into chunks of the target size.
  const units = [...byBuilding.values()].flatMap((unit) =>
    unit.ids.length <= targetSize
      ? [unit]
      : Array.from({ length: Math.ceil(unit.ids.length / targetSize) }, (_, i) => ({
          ...unit,
          ids: unit.ids.slice(i * targetSize, (i + 1) * targetSize),
        })),
  );
  const count = Math.max(1, Math.round(addresses.length / targetSize));
  const lists: string[][] = [];
  bisect(units, count, lists);
  return lists;
}

function bisect(units: Unit[], lists: number, out: string[][]) {
  if (lists <= 1 || units.length <= 1) {
    out.push(units.flatMap((u) => u.ids));
    return;
  }
  const xs = units.map((u) => u.x);
  const ys = units.map((u) => u.y);
  const wide = Math.max(...xs) - Math.min(...xs) >= Math.max(...ys) - Math.min(...ys);
  const sorted = [...units].sort((a, b) => (wide ? a.x - b.x || a.y - b.y : a.y - b.y || a.x - b.x));
  const left = Math.floor(lists / 2);
  const total = sorted.reduce((sum, u) => sum + u.ids.length, 0);
  const wanted = (total * left) / lists;
  let split = 0;
  let doors = 0;
  // The split that comes closest to the wanted number of doors on the left, one unit at least per side.
  while (split < sorted.length - 1) {
    const next = doors + sorted[split]!.ids.length;
    if (Math.abs(next - wanted) > Math.abs(doors - wanted) && split > 0) break;
    doors = next;
    split++;
  }
  bisect(sorted.slice(0, split), left, out);
  bisect(sorted.slice(split), lists - left, out);
}

/**
 * The walking order (indexes into `points`) and the route length in metres. Doors at the same spot (the
 * flats of one building) are one stop: walking them one after the other is never longer than visiting
 * the spot twice (straight lines obey the triangle inequality), so the shortest route over the spots,
 * each spot's doors in their given order, is the shortest route over the doors.
 */
export function walkOrder(points: LatLon[]): { order: number[]; metres: number } {
  const spots = walkSpots(points);
  const distance = (a: number, b: number) => Math.hypot(spots[a]!.x - spots[b]!.x, spots[a]!.y - spots[b]!.y);
  const route =
    spots.length <= 12 ? exactOrder(spots.length, distance) : heuristicOrder(spots.length, distance);
  return { order: route.flatMap((s) => spots[s]!.doors), metres: routeLength(route, distance) };
}

/** The distinct spots of a list in metres, each with the indexes of its doors (first seen first). */
export function walkSpots(points: LatLon[]): { x: number; y: number; doors: number[] }[] {
  const spots: { x: number; y: number; doors: number[] }[] = [];
  const spotAt = new Map<string, (typeof spots)[number]>();
  toMetres(points).forEach((p, i) => {
    const key = `${p.x}|${p.y}`;
    const spot = spotAt.get(key);
    if (spot) spot.doors.push(i);
    else {
      const created = { x: p.x, y: p.y, doors: [i] };
      spotAt.set(key, created);
      spots.push(created);
    }
  });
  return spots;
}

/** The length in metres of walking the points in the given order. */
export function pathMetres(points: LatLon[]) {
  const xy = toMetres(points);
  return xy.reduce(
    (sum, p, i) => (i === 0 ? 0 : sum + Math.hypot(p.x - xy[i - 1]!.x, p.y - xy[i - 1]!.y)),
    0,
  );
}
