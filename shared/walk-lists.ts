import { type LatLon, toMetres } from "./geo.ts";

/**
 * Turf cutting and walking order for door-to-door campaigns.
 *
 * - `cutWalkLists` splits addresses into compact lists of about a target size by recursive bisection:
 *   each split cuts the area across its longest side at the point that leaves the right number of doors
 *   on each side. Every list is one connected block of the map, never strips across the neighbourhood.
 *   Doors of one building (same street and number, e.g. flats) stay together.
 * - `walkOrder` orders a list so the walk is short: exact (Held–Karp) up to 12 stops, otherwise nearest
 *   neighbour improved by 2-opt and Or-opt moves. The route is an open path (pairs start at one end and
 *   finish at the other). Distances are straight lines, so crossing a wide street costs what it costs and
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

/** The walking order (indexes into `points`) and the route length in metres. */
export function walkOrder(points: LatLon[]): { order: number[]; metres: number } {
  const xy = toMetres(points);
  const distance = (a: number, b: number) => Math.hypot(xy[a]!.x - xy[b]!.x, xy[a]!.y - xy[b]!.y);
  const order =
    points.length <= 12 ? exactOrder(points.length, distance) : heuristicOrder(points.length, distance);
  return { order, metres: routeLength(order, distance) };
}

/** The length in metres of walking the points in the given order. */
export function pathMetres(points: LatLon[]) {
  const xy = toMetres(points);
  return xy.reduce(
    (sum, p, i) => (i === 0 ? 0 : sum + Math.hypot(p.x - xy[i - 1]!.x, p.y - xy[i - 1]!.y)),
    0,
  );
}

export type Distance = (a: number, b: number) => number;

export const routeLength = (order: number[], distance: Distance) =>
  order.reduce((sum, node, i) => (i === 0 ? 0 : sum + distance(order[i - 1]!, node)), 0);

/** The shortest open path through all n points (Held–Karp dynamic programming, O(2ⁿ·n²)). */
export function exactOrder(n: number, distance: Distance): number[] {
  if (n <= 2) return Array.from({ length: n }, (_, i) => i);
  const full = (1 << n) - 1;
  const best = new Float64Array((full + 1) * n).fill(Number.POSITIVE_INFINITY);
  const from = new Int8Array((full + 1) * n).fill(-1);
  for (let j = 0; j < n; j++) best[(1 << j) * n + j] = 0;
  for (let mask = 1; mask <= full; mask++) {
    for (let j = 0; j < n; j++) {
      const here = best[mask * n + j]!;
      if (!(mask & (1 << j)) || here === Number.POSITIVE_INFINITY) continue;
      for (let k = 0; k < n; k++) {
        if (mask & (1 << k)) continue;
        const next = mask | (1 << k);
        const length = here + distance(j, k);
        if (length < best[next * n + k]!) {
          best[next * n + k] = length;
          from[next * n + k] = j;
        }
      }
    }
  }
  let end = 0;
  for (let j = 1; j < n; j++) if (best[full * n + j]! < best[full * n + end]!) end = j;
  const order: number[] = [];
  for (let mask = full, node = end; node !== -1; ) {
    order.push(node);
    const previous = from[mask * n + node]!;
    mask &= ~(1 << node);
    node = previous;
  }
  return order.reverse();
}

/** Nearest neighbour from a few starts, each improved by 2-opt and Or-opt; the shortest wins. */
export function heuristicOrder(n: number, distance: Distance): number[] {
  if (n <= 2) return Array.from({ length: n }, (_, i) => i);
  // Start at the point farthest from the first one (an end of the area), and at a few spread others.
  let far = 0;
  for (let i = 1; i < n; i++) if (distance(0, i) > distance(0, far)) far = i;
  const starts = [...new Set([far, 0, Math.floor(n / 3), Math.floor((2 * n) / 3)])];
  let best: number[] = [];
  let bestLength = Number.POSITIVE_INFINITY;
  for (const start of starts) {
    const order = improve(nearestNeighbour(n, start, distance), distance);
    const length = routeLength(order, distance);
    if (length < bestLength - 1e-9) {
      best = order;
      bestLength = length;
    }
  }
  return best;
}

function nearestNeighbour(n: number, start: number, distance: Distance) {
  const seen = new Uint8Array(n);
  const order = [start];
  seen[start] = 1;
  for (let step = 1; step < n; step++) {
    const last = order[order.length - 1]!;
    let next = -1;
    for (let k = 0; k < n; k++)
      if (!seen[k] && (next === -1 || distance(last, k) < distance(last, next))) next = k;
    order.push(next);
    seen[next] = 1;
  }
  return order;
}

/** 2-opt (reverse a stretch) and Or-opt (move a run of 1–3 stops, maybe reversed) until neither helps. */
function improve(route: number[], distance: Distance) {
  const order = [...route];
  const n = order.length;
  // The distance between positions i and j, where a position outside the path costs nothing (open ends).
  const gap = (i: number, j: number) =>
    i < 0 || j < 0 || i >= n || j >= n ? 0 : distance(order[i]!, order[j]!);
  for (let improved = true, rounds = 0; improved && rounds < 100; rounds++) {
    improved = false;
    for (let i = 0; i < n - 1; i++) {
      for (let j = i + 1; j < n; j++) {
        const delta = gap(i - 1, j) + gap(i, j + 1) - gap(i - 1, i) - gap(j, j + 1);
        if (delta < -1e-9) {
          order.splice(i, j - i + 1, ...order.slice(i, j + 1).reverse());
          improved = true;
        }
      }
    }
    for (let length = 1; length <= 3; length++) {
      for (let i = 0; i + length <= n; i++) {
        const run = order.slice(i, i + length);
        const rest = [...order.slice(0, i), ...order.slice(i + length)];
        const removed = gap(i - 1, i) + gap(i + length - 1, i + length) - gap(i - 1, i + length);
        const cost = (a: number | undefined, b: number | undefined) =>
          a === undefined || b === undefined ? 0 : distance(a, b);
        let bestDelta = -1e-9;
        let bestAt = -1;
        let bestRun = run;
        for (let at = 0; at <= rest.length; at++) {
          if (at === i) continue;
          const before = rest[at - 1];
          const after = rest[at];
          for (const candidate of length === 1 ? [run] : [run, [...run].reverse()]) {
            const added =
              cost(before, candidate[0]) + cost(candidate[length - 1], after) - cost(before, after);
            if (added - removed < bestDelta) {
              bestDelta = added - removed;
              bestAt = at;
              bestRun = candidate;
            }
          }
        }
        if (bestAt >= 0) {
          rest.splice(bestAt, 0, ...bestRun);
          order.splice(0, n, ...rest);
          improved = true;
        }
      }
    }
  }
  return order;
}
