import { describe, expect, it } from "vitest";
import { type Count, countCell, hideTable, rate, SMALL_COUNT } from "./small-counts.ts";

/** A small seeded random generator (mulberry32), so a failure can be replayed from its seed. */
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

/** Mostly small counts, some zeros, some larger: the cases that need care. */
function randomCount(next: () => number) {
  const r = next();
  return r < 0.15 ? 0 : r < 0.55 ? 1 + Math.floor(next() * 4) : 5 + Math.floor(next() * 30);
}

type Shape = { rows: number[][]; width: number; stages: boolean; rowTotals: boolean };

function randomShape(seed: number): Shape {
  const next = random(seed);
  const stages = next() < 0.4;
  const rowTotals = !stages && next() < 0.6;
  const height = 1 + Math.floor(next() * (stages ? 3 : 4));
  const width = 1 + Math.floor(next() * (stages ? 4 : 3));
  const rows = Array.from({ length: height }, () => {
    const row = Array.from({ length: width }, () => randomCount(next));
    // Funnel stages: every stage a subset of the previous one.
    if (stages) for (let c = 1; c < width; c++) row[c] = Math.min(row[c]!, row[c - 1]!);
    return row;
  });
  return { rows, width, stages, rowTotals };
}

const small = (n: number) => n > 0 && n < SMALL_COUNT;
const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

/**
 * Independent of the implementation: every table that agrees with what is shown (each hidden count
 * tried at its value −1, itself and +1; the equations of these tables have 0/±1 solutions, so this finds
 * another solution whenever addition and subtraction cannot pin a count down). Returns the values each
 * hidden quantity takes over those tables.
 */
function consistentTables(shape: Shape, out: ReturnType<typeof hideTable>) {
  const { rows, width } = shape;
  const cells: { value: number; count: Count }[] = [];
  const cell = (value: number, count: Count) => cells.push({ value, count }) - 1;
  const grid = rows.map((row, r) => row.map((v, c) => cell(v, out.rows[r]![c]!)));
  const totals = Array.from({ length: width }, (_, c) =>
    cell(sum(rows.map((row) => row[c]!)), out.total[c]!),
  );
  const lines: { total: number; parts: number[] }[] = totals.map((t, c) => ({
    total: t,
    parts: grid.map((row) => row[c]!),
  }));
  if (shape.rowTotals) {
    const rowTotals = rows.map((row, r) => cell(sum(row), out.rowTotals[r]!));
    rowTotals.forEach((t, r) => {
      lines.push({ total: t, parts: grid[r]! });
    });
    const grand = cell(sum(rows.map(sum)), out.grandTotal!);
    lines.push({ total: grand, parts: rowTotals }, { total: grand, parts: totals });
  }
  const hidden = cells.map((c, i) => ("hidden" in c.count ? i : -1)).filter((i) => i >= 0);
  const solutions: number[][] = [];
  const values = cells.map((c) => c.value);
  const search = (k: number) => {
    if (k === hidden.length) {
      if (lines.every((l) => values[l.total] === sum(l.parts.map((p) => values[p]!))))
        solutions.push([...values]);
      return;
    }
    const i = hidden[k]!;
    const exact = cells[i]!.value;
    for (const v of [exact - 1, exact, exact + 1]) {
      values[i] = v;
      search(k + 1);
    }
    values[i] = exact;
  };
  search(0);
  return { cells, grid, totals, lines, hidden, solutions };
}

describe("small counts: from a shown table nothing hidden can be derived", () => {
  const seeds = Array.from({ length: 400 }, (_, i) => i + 1);
  it.each(seeds)("random table %i", (seed) => {
    const shape = randomShape(seed);
    const out = hideTable(shape.rows, shape.width, {
      hide: true,
      stages: shape.stages,
      rowTotals: shape.rowTotals,
    });
    const { cells, grid, totals, lines, hidden, solutions } = consistentTables(shape, out);
    // Shown is exact and never small; hidden as "small" is small.
    for (const c of cells) {
      if ("shown" in c.count) {
        expect(c.count.shown).toBe(c.value);
        expect(small(c.value)).toBe(false);
      } else expect(c.count.hidden === "small").toBe(small(c.value));
    }
    expect(solutions.length).toBeGreaterThan(0);
    const varies = (f: (s: number[]) => number) => new Set(solutions.map(f)).size > 1;
    // No hidden count follows from the shown ones.
    for (const i of hidden)
      expect(
        varies((s) => s[i]!),
        `cell ${i} of seed ${seed}`,
      ).toBe(true);
    // Nor does a small sum of hidden parts of one line (1 and 2 hidden next to a shown total).
    for (const line of lines) {
      const parts = line.parts.filter((p) => hidden.includes(p));
      if (parts.length >= 2 && small(sum(parts.map((p) => cells[p]!.value))))
        expect(varies((s) => sum(parts.map((p) => s[p]!)))).toBe(true);
    }
    // In a funnel, a small difference between two stages (people who left in between) stays hidden.
    if (shape.stages)
      for (const line of [...grid, totals])
        for (let a = 0; a < shape.width; a++)
          for (let b = a + 1; b < shape.width; b++) {
            const difference = cells[line[a]!]!.value - cells[line[b]!]!.value;
            if (small(difference)) expect(varies((s) => s[line[a]!]! - s[line[b]!]!)).toBe(true);
          }
  });

  it("hides nothing for roles that see exact counts", () => {
    const out = hideTable(
      [
        [1, 2],
        [3, 40],
      ],
      2,
      { hide: false, rowTotals: true },
    );
    expect(out.rows).toEqual([
      [{ shown: 1 }, { shown: 2 }],
      [{ shown: 3 }, { shown: 40 }],
    ]);
    expect(out.grandTotal).toEqual({ shown: 46 });
  });

  it("hides a second cell and keeps the total when one cell is small (no total minus the others)", () => {
    const out = hideTable([[3], [12], [20]], 1, { hide: true });
    expect(out.rows.map((r) => r[0])).toEqual([{ hidden: "small" }, { hidden: "derivable" }, { shown: 20 }]);
    expect(out.total).toEqual([{ shown: 35 }]);
  });

  it("shows 0 and never writes a hidden count as 0 in an export", () => {
    const out = hideTable([[0], [2], [9], [30]], 1, { hide: true });
    expect(out.rows.map((r) => countCell(r[0]!))).toEqual([0, "minder dan 5", "verborgen", 30]);
  });
});

describe("rates", () => {
  it("are computed from exact counts and hidden when a count is hidden (no 0% for 'minder dan 5')", () => {
    expect(rate({ hidden: "small" }, { shown: 40 }, { numerator: 3, denominator: 40 })).toEqual({
      hidden: "small",
    });
    expect(rate({ shown: 10 }, { hidden: "derivable" }, { numerator: 10, denominator: 12 })).toEqual({
      hidden: "derivable",
    });
    expect(rate({ shown: 10 }, { shown: 40 }, { numerator: 10, denominator: 40 })).toEqual({ shown: 0.25 });
    expect(rate({ shown: 0 }, { shown: 0 }, { numerator: 0, denominator: 0 })).toBeNull();
  });
});
