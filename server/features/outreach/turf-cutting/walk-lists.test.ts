import { describe, expect, it } from "vitest";
import { realisticLists } from "../../../../bench/walk-lists-fixtures.ts";
import { optimalPathMetres } from "../../../../bench/walk-lists-optimum.ts";
import { cutWalkLists, exactOrder, heuristicOrder, routeLength, walkOrder, walkSpots } from "./service.ts";

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
  );
}

function instance(n: number, next: () => number) {
  const points = Array.from({ length: n }, () => ({ x: next() * 500, y: next() * 300 }));
  return (a: number, b: number) => Math.hypot(points[a]!.x - points[b]!.x, points[a]!.y - points[b]!.y);
}

describe("walking order", () => {
  it("is the exact optimum for small lists, checked by trying every order", () => {
    const next = random(3);
    for (let round = 0; round < 60; round++) {
      const n = 2 + (round % 7); // 2–8 stops: 8! = 40,320 orders
      const distance = instance(n, next);
      const brute = Math.min(...permutations(n).map((order) => routeLength(order, distance)));
      expect(routeLength(exactOrder(n, distance), distance)).toBeCloseTo(brute, 6);
    }
  });

  it("keeps the heuristic within 5 % of the optimum up to 12 stops", () => {
    const next = random(11);
    let worst = 0;
    for (let round = 0; round < 200; round++) {
      const n = 3 + (round % 10); // 3–12 stops
      const distance = instance(n, next);
      const optimum = routeLength(exactOrder(n, distance), distance);
      const heuristic = routeLength(heuristicOrder(n, distance), distance);
      expect(heuristic).toBeGreaterThanOrEqual(optimum - 1e-6);
      worst = Math.max(worst, heuristic / optimum - 1);
    }
    expect(worst).toBeLessThanOrEqual(0.05);
  });

  it("visits every address once, in metres on the map", () => {
    const points = Array.from({ length: 30 }, (_, i) => ({
      lat: 52.37 + (i % 5) * 0.0003,
      lon: 4.88 + i * 0.0002,
    }));
    const { order, metres } = walkOrder(points);
    expect([...order].sort((a, b) => a - b)).toEqual(points.map((_, i) => i));
    expect(metres).toBeGreaterThan(0);
  });
});

describe("walking order on realistic streets", () => {
  it("the exact solver (HiGHS) agrees with Held–Karp on the open path", () => {
    const next = random(17);
    for (let round = 0; round < 30; round++) {
      const n = 3 + (round % 9); // 3–11 stops
      const points = Array.from({ length: n }, () => ({ x: next() * 400, y: next() * 300 }));
      const distance = (a: number, b: number) =>
        Math.hypot(points[a]!.x - points[b]!.x, points[a]!.y - points[b]!.y);
      expect(optimalPathMetres(points).metres).toBeCloseTo(routeLength(exactOrder(n, distance), distance), 4);
    }
  });

  it("is within 0.3 % of the proven optimum on average and 2 % at worst, on 100 lists", () => {
    // Lists of 13–22 spots (beyond Held–Karp's 12; small so the exact solves take about 2 s of CPU)
    // cut from jittered, rotated street grids with wide and narrow streets, diagonals and flats. The
    // large version (17–64 stops) is `npm run bench:walk-lists`.
    const gaps = realisticLists(7, 100, 13, 22).map((points) => {
      const route = walkOrder(points);
      const optimum = optimalPathMetres(walkSpots(points), route.metres).metres;
      expect(route.metres).toBeGreaterThanOrEqual(optimum - 1e-6);
      return route.metres / optimum - 1;
    });
    expect(gaps).toHaveLength(100);
    expect(gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length).toBeLessThanOrEqual(0.003);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(0.02);
  }, 120_000); // not a timing assertion: room for a machine shared by many processes

  it("walks the doors of a block of flats one after the other, the same way every time", () => {
    const points = [
      ...Array.from({ length: 20 }, (_, i) => ({ lat: 52.09 + i * 0.00006, lon: 5.12 })),
      ...Array.from({ length: 25 }, () => ({ lat: 52.0906, lon: 5.1203 })), // one entrance, 25 doors
      ...Array.from({ length: 20 }, (_, i) => ({ lat: 52.09 + i * 0.00006, lon: 5.1206 })),
    ];
    const { order, metres } = walkOrder(points);
    expect([...order].sort((a, b) => a - b)).toEqual(points.map((_, i) => i));
    const flat = order.map((i) => i >= 20 && i < 45);
    expect(flat.lastIndexOf(true) - flat.indexOf(true)).toBe(24);
    expect(walkOrder(points)).toEqual({ order, metres });
  });
});

describe("turf cutting", () => {
  const next = random(5);
  const addresses = Array.from({ length: 2000 }, (_, i) => ({
    id: `a${i}`,
    lat: 52.35 + next() * 0.02,
    lon: 4.9 + next() * 0.03,
    street: `Straat ${i % 80}`,
    houseNumber: Math.floor(i / 80) + 1,
  }));

  it("cuts into lists of about the target size, every address in exactly one list", () => {
    const lists = cutWalkLists(addresses, 40);
    expect(lists).toHaveLength(50);
    expect(lists.flat().sort()).toEqual(addresses.map((a) => a.id).sort());
    for (const list of lists) {
      expect(list.length).toBeGreaterThanOrEqual(35);
      expect(list.length).toBeLessThanOrEqual(45);
    }
  });

  it("makes compact lists whose areas do not overlap", () => {
    const lists = cutWalkLists(addresses, 40);
    const byId = new Map(addresses.map((a) => [a.id, a]));
    const boxes = lists.map((list) => {
      const points = list.map((id) => byId.get(id)!);
      return {
        minLat: Math.min(...points.map((p) => p.lat)),
        maxLat: Math.max(...points.map((p) => p.lat)),
        minLon: Math.min(...points.map((p) => p.lon)),
        maxLon: Math.max(...points.map((p) => p.lon)),
      };
    });
    // Each list covers about 1/50 of the area (not a strip across it), and no two boxes overlap.
    for (const box of boxes) {
      expect((box.maxLat - box.minLat) * (box.maxLon - box.minLon)).toBeLessThan((0.02 * 0.03) / 20);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap =
          a.minLat < b.maxLat && b.minLat < a.maxLat && a.minLon < b.maxLon && b.minLon < a.maxLon;
        expect(overlap).toBe(false);
      }
  });

  it("keeps the doors of one building together", () => {
    const flat = Array.from({ length: 30 }, (_, i) => ({
      id: `f${i}`,
      lat: 52.36,
      lon: 4.91,
      street: "Flatlaan",
      houseNumber: 1,
    }));
    const lists = cutWalkLists([...addresses.slice(0, 100), ...flat], 40);
    expect(lists.filter((list) => list.some((id) => id.startsWith("f")))).toHaveLength(1);
  });
});
