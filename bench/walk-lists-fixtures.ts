import {
  cutWalkLists,
  type WalkAddress,
  walkSpots,
} from "../server/features/outreach/turf-cutting/service.ts";
import { seeded } from "../server/features/outreach/walk-order/service.ts";
import type { LatLon } from "../shared/geo.ts";

/**
 * Realistic neighbourhoods for the walk-list tests and bench (not used by the app). A regular grid of
 * evenly spaced doors is the easy case for a route heuristic; real streets are not like that. Here:
 *
 * - two or three districts side by side, each its own street grid, rotated and with jittered block
 *   sizes (45–120 m);
 * - narrow streets (7–12 m, walked zigzag) and wide ones (20–35 m, walked one side then the other);
 * - one or two diagonal streets cutting through the grids;
 * - row houses every 5–9 m on both sides, with some jitter, and some block faces without doors (shops,
 *   parks, backs of gardens);
 * - blocks of flats: one building point, set back from the street, with 8–40 doors (one house number);
 * - about 2,000 doors per km², the density of a Dutch urban neighbourhood.
 *
 * Everything follows from the seed.
 */
export function neighbourhood(seed: number, doors = 2000): WalkAddress[] {
  const random = seeded(seed);
  const between = (min: number, max: number) => min + random() * (max - min);
  const side = Math.sqrt(doors / 2000) * 1000; // metres; 2,000 doors per km²
  const candidates: Door[] = [];
  const width = () => (random() < 0.7 ? between(7, 12) : between(20, 35));

  // The districts: vertical strips of the square, each a rotated grid with jittered spacing.
  const districts = 2 + Math.floor(random() * 2);
  for (let district = 0; district < districts; district++) {
    const x0 = (side * district) / districts;
    const x1 = (side * (district + 1)) / districts;
    const angle = between(0, Math.PI / 2);
    const lines = (span: number) => {
      const at: { offset: number; width: number }[] = [];
      for (let offset = -span; offset < span; offset += between(45, 120)) at.push({ offset, width: width() });
      return at;
    };
    const reach = side * 0.75; // from the centre: the grid covers the square whatever the angle
    const across = lines(reach);
    const along = lines(reach);
    const inside = (p: Point) => p.x >= x0 && p.x < x1 && p.y >= 0 && p.y < side;
    for (const [streets, crossing, turn] of [
      [across, along, angle],
      [along, across, angle + Math.PI / 2],
    ] as const) {
      for (const street of streets) {
        const name = `${STREET_NAMES[candidates.length % STREET_NAMES.length]} ${district}-${Math.round(street.offset)}`;
        // Block faces: the stretches between two crossing streets.
        for (let c = 0; c + 1 < crossing.length; c++) {
          const from = crossing[c]!.offset + crossing[c]!.width / 2 + 4;
          const to = crossing[c + 1]!.offset - crossing[c + 1]!.width / 2 - 4;
          // Skip faces that lie wholly outside this district (a cheap box test).
          const ends = [from, to].map((along) => ({
            x: along * Math.cos(turn) - street.offset * Math.sin(turn) + side / 2,
            y: along * Math.sin(turn) + street.offset * Math.cos(turn) + side / 2,
          }));
          const margin = street.width + 30;
          if (
            Math.max(ends[0]!.x, ends[1]!.x) < x0 - margin ||
            Math.min(ends[0]!.x, ends[1]!.x) > x1 + margin ||
            Math.max(ends[0]!.y, ends[1]!.y) < -margin ||
            Math.min(ends[0]!.y, ends[1]!.y) > side + margin
          )
            continue;
          houses(random, candidates, { name, offset: street.offset, width: street.width, from, to, turn })
            .map((door) => ({ ...door, x: door.x + side / 2, y: door.y + side / 2 }))
            .filter(inside)
            .forEach((door) => {
              candidates.push(door);
            });
        }
      }
    }
  }

  // Diagonal streets: through the whole square; they take the place of the doors they run over.
  const diagonals = 1 + Math.floor(random() * 2);
  let kept = candidates;
  for (let k = 0; k < diagonals; k++) {
    const turn = between(Math.PI / 6, Math.PI / 3) + (random() < 0.5 ? Math.PI / 2 : 0);
    const w = between(14, 30);
    const offset = between(-side / 4, side / 4);
    const normal = { x: -Math.sin(turn), y: Math.cos(turn) };
    const centre = side / 2;
    kept = kept.filter(
      (d) => Math.abs((d.x - centre) * normal.x + (d.y - centre) * normal.y - offset) > w / 2 + 6,
    );
    for (let from = -side * 0.75; from < side * 0.75; from += between(40, 90)) {
      const to = from + between(30, 80);
      kept.push(
        ...houses(random, kept, { name: `Diagonaal ${k}`, offset, width: w, from, to, turn })
          .map((door) => ({ ...door, x: door.x + centre, y: door.y + centre }))
          .filter((p) => p.x >= 0 && p.x < side && p.y >= 0 && p.y < side),
      );
    }
  }

  // Thin out to the wanted number of doors: whole block faces first (empty stretches), then doors.
  const faces = new Map<string, Door[]>();
  for (const door of kept) {
    const face = faces.get(door.face) ?? [];
    face.push(door);
    faces.set(door.face, face);
  }
  const order = [...faces.values()].map((face) => ({ face, key: random() }));
  order.sort((a, b) => a.key - b.key);
  const result: Door[] = [];
  for (const { face } of order) if (result.length + face.length <= doors) result.push(...face);
  const lat0 = 52.09;
  const perDegree = (Math.PI / 180) * 6_371_000;
  return result.map((door, i) => ({
    id: `d${seed}-${i}`,
    street: door.street,
    houseNumber: door.houseNumber,
    lat: lat0 + door.y / perDegree,
    lon: 5.12 + door.x / (perDegree * Math.cos((lat0 * Math.PI) / 180)),
  }));
}

type Point = { x: number; y: number };
type Door = Point & { street: string; houseNumber: number; face: string };

const STREET_NAMES = ["Lindelaan", "Kerkstraat", "Molenweg", "Dorpsstraat", "Schoolstraat", "Beukenlaan"];

/**
 * The doors of one block face on both sides of a street, in the street's own frame turned by `turn`
 * (the street runs along x at height `offset`): row houses with jitter, now and then a block of flats.
 */
function houses(
  random: () => number,
  counter: { length: number },
  street: { name: string; offset: number; width: number; from: number; to: number; turn: number },
): Door[] {
  const doors: Door[] = [];
  const cos = Math.cos(street.turn);
  const sin = Math.sin(street.turn);
  const place = (along: number, across: number) => ({
    x: along * cos - across * sin,
    y: along * sin + across * cos,
  });
  for (const sideOf of [-1, 1]) {
    const face = `${street.name}|${Math.round(street.from)}|${sideOf}|${counter.length}`;
    let number = 1 + Math.floor(Math.max(0, street.from + 2000) / 3) * 2 + (sideOf > 0 ? 1 : 0);
    if (random() < 0.1) {
      // A block of flats: one entrance set back from the street.
      const along = street.from + random() * Math.max(1, street.to - street.from);
      const at = place(along, street.offset + sideOf * (street.width / 2 + 8 + random() * 10));
      const count = 8 + Math.floor(random() * 33);
      for (let i = 0; i < count; i++) doors.push({ ...at, street: street.name, houseNumber: number, face });
      continue;
    }
    for (let along = street.from + random() * 4; along < street.to; along += 5 + random() * 4) {
      const across = street.offset + sideOf * (street.width / 2 + 2 + random() * 2);
      doors.push({
        ...place(along + (random() - 0.5) * 1.4, across),
        street: street.name,
        houseNumber: number,
        face,
      });
      number += 2;
    }
  }
  return doors;
}

/**
 * Walk lists as the app makes them (cut from realistic neighbourhoods), with `minSpots` to `maxSpots`
 * distinct spots (a block of flats is one spot), until there are `count`. Each neighbourhood is cut at
 * its own target size and gives at most four lists, so the sizes spread over the range.
 */
export function realisticLists(seed: number, count: number, minSpots: number, maxSpots: number): LatLon[][] {
  const lists: LatLon[][] = [];
  for (let round = 0; lists.length < count; round++) {
    const addresses = neighbourhood(seed * 1000 + round, 300 + ((round * 337) % 500));
    const byId = new Map(addresses.map((a) => [a.id, a]));
    const target = minSpots + ((round * 7) % (maxSpots - minSpots + 1));
    const fitting = cutWalkLists(addresses, Math.round(target * 1.3))
      .map((ids) => ids.map((id) => byId.get(id)!))
      .filter((points) => {
        const spots = walkSpots(points).length;
        return spots >= minSpots && spots <= maxSpots;
      });
    const step = Math.max(1, Math.floor(fitting.length / 4));
    for (let i = 0; i < fitting.length && lists.length < count && i < 4 * step; i += step)
      lists.push(fitting[i]!);
  }
  return lists;
}
