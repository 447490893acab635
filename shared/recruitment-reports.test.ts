import { describe, expect, it } from "vitest";
import { type DropoutGroups, hideDropout } from "./recruitment-reports.ts";
import type { Count } from "./small-counts.ts";

/** Seeded generator (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const names = ["byOrganisation", "byMotiveType", "byChannel"] as const;
const small = (n: number) => n > 0 && n < 5;

/** People with an organisation, motive type and channel (two of each); some stopped, with one of two reasons. */
function randomGroups(seed: number): DropoutGroups {
  const next = random(seed);
  const people = Array.from({ length: 4 + Math.floor(next() * 30) }, () => ({
    keys: names.map(() => (next() < 0.7 ? "a" : "b")),
    stopped: next() < 0.3,
    reason: next() < 0.6 ? "tijd" : "verhuisd",
  }));
  const group = (key: (p: (typeof people)[number]) => string | null) => {
    const keys = [...new Set(people.map(key).filter((k) => k !== null))].sort() as string[];
    return keys.map((k) => {
      const members = people.filter((p) => key(p) === k);
      return {
        key: k,
        label: k,
        volunteers: members.length,
        stopped: members.filter((p) => p.stopped).length,
      };
    });
  };
  return {
    byOrganisation: group((p) => p.keys[0]!),
    byMotiveType: group((p) => p.keys[1]!),
    byChannel: group((p) => p.keys[2]!),
    byReason: group((p) => (p.stopped ? p.reason : null)).map((g) => ({ ...g, volunteers: g.stopped })),
  };
}

describe("dropout report: the groupings are hidden together", () => {
  it.each(Array.from({ length: 60 }, (_, i) => i + 1))("random report %i", (seed) => {
    const groups = randomGroups(seed);
    const out = hideDropout(groups, true);
    // The unknowns: every hidden count (a reason row's two counts are one).
    const cells: { value: number; count: Count }[] = [];
    const cell = (value: number, count: Count) => cells.push({ value, count }) - 1;
    const total = {
      volunteers: cell(
        groups.byOrganisation.reduce((s, g) => s + g.volunteers, 0),
        out.total.volunteers,
      ),
      stopped: cell(
        groups.byOrganisation.reduce((s, g) => s + g.stopped, 0),
        out.total.stopped,
      ),
    };
    const rows = names.map((name) =>
      groups[name].map((g, i) => ({
        volunteers: cell(g.volunteers, out[name][i]!.volunteers),
        stopped: cell(g.stopped, out[name][i]!.stopped),
      })),
    );
    const reasons = groups.byReason.map((g, i) => cell(g.stopped, out.byReason[i]!.stopped));
    const lines = [
      ...rows.flatMap((r) => [
        { total: total.volunteers, parts: r.map((x) => x.volunteers) },
        { total: total.stopped, parts: r.map((x) => x.stopped) },
      ]),
      { total: total.stopped, parts: reasons },
    ];
    for (const c of cells)
      if ("shown" in c.count) expect(small(c.value)).toBe(false);
      else expect(c.count.hidden === "small").toBe(small(c.value));
    const hidden = cells.map((c, i) => ("hidden" in c.count ? i : -1)).filter((i) => i >= 0);
    const values = cells.map((c) => c.value);
    const solutions: number[][] = [];
    const search = (k: number) => {
      if (k === hidden.length) {
        if (lines.every((l) => values[l.total] === l.parts.reduce((s, p) => s + values[p]!, 0)))
          solutions.push([...values]);
        return;
      }
      const i = hidden[k]!;
      for (const v of [cells[i]!.value - 1, cells[i]!.value, cells[i]!.value + 1]) {
        values[i] = v;
        search(k + 1);
      }
      values[i] = cells[i]!.value;
    };
    search(0);
    const varies = (f: (s: number[]) => number) => new Set(solutions.map(f)).size > 1;
    for (const i of hidden)
      expect(
        varies((s) => s[i]!),
        `cell ${i}, seed ${seed}`,
      ).toBe(true);
    // "Still active" (volunteers − stopped) of a row or the total is never a derivable small count.
    for (const pair of [total, ...rows.flat()])
      if (small(cells[pair.volunteers]!.value - cells[pair.stopped]!.value))
        expect(varies((s) => s[pair.volunteers]! - s[pair.stopped]!)).toBe(true);
    // Rates only next to two shown counts.
    for (const g of [...names.flatMap((name) => out[name]), ...out.byReason, out.total])
      if ("hidden" in g.volunteers || "hidden" in g.stopped) expect(g.rate && "hidden" in g.rate).toBe(true);
  });
});
