import { describe, expect, it } from "vitest";
import { type AssignmentInput, assignOptimal } from "./assignment.ts";

/** Every subset of edges that respects the capacities; the best total wins. */
function bruteForce(input: AssignmentInput) {
  let best = 0;
  const edges = input.edges;
  for (let mask = 0; mask < 1 << edges.length; mask++) {
    const used = new Map<string, number>();
    let total = 0;
    let ok = true;
    for (let i = 0; i < edges.length && ok; i++) {
      if (!(mask & (1 << i))) continue;
      const e = edges[i]!;
      for (const key of [`v:${e.volunteerId}`, `j:${e.vacancyId}`]) used.set(key, (used.get(key) ?? 0) + 1);
      total += e.score;
    }
    for (const v of input.volunteers) if ((used.get(`v:${v.id}`) ?? 0) > v.capacity) ok = false;
    for (const j of input.vacancies) if ((used.get(`j:${j.id}`) ?? 0) > j.capacity) ok = false;
    if (ok && total > best) best = total;
  }
  return Math.round(best * 10) / 10;
}

function randomInstance(seed: number): AssignmentInput {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const volunteers = Array.from({ length: int(1, 6) }, (_, i) => ({ id: `v${i}`, capacity: int(1, 2) }));
  const vacancies = Array.from({ length: int(1, 4) }, (_, i) => ({ id: `j${i}`, capacity: int(1, 2) }));
  const edges: AssignmentInput["edges"] = [];
  for (const v of volunteers) {
    for (const j of vacancies) {
      if (next() < 0.6 && edges.length < 15)
        edges.push({ volunteerId: v.id, vacancyId: j.id, score: int(1, 1000) / 10 });
    }
  }
  return { volunteers, vacancies, edges };
}

describe("batch assignment", () => {
  it("finds the same optimum as an exhaustive search on 300 random small instances", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const input = randomInstance(seed);
      const result = assignOptimal(input);
      expect(result.total, `seed ${seed}`).toBe(bruteForce(input));
      // And the answer itself respects the capacities.
      for (const v of input.volunteers) {
        expect(result.pairs.filter((p) => p.volunteerId === v.id).length).toBeLessThanOrEqual(v.capacity);
      }
      for (const j of input.vacancies) {
        expect(result.pairs.filter((p) => p.vacancyId === j.id).length).toBeLessThanOrEqual(j.capacity);
      }
    }
  });

  it("is not greedy: it gives up the single best pair when two others add up to more", () => {
    const result = assignOptimal({
      volunteers: [
        { id: "anna", capacity: 1 },
        { id: "bram", capacity: 1 },
      ],
      vacancies: [
        { id: "koken", capacity: 1 },
        { id: "taal", capacity: 1 },
      ],
      edges: [
        { volunteerId: "anna", vacancyId: "koken", score: 90 },
        { volunteerId: "anna", vacancyId: "taal", score: 80 },
        { volunteerId: "bram", vacancyId: "koken", score: 85 },
      ],
    });
    expect(result.total).toBe(165);
    expect(result.pairs).toEqual([
      { volunteerId: "bram", vacancyId: "koken", score: 85 },
      { volunteerId: "anna", vacancyId: "taal", score: 80 },
    ]);
  });
});
