import { z } from "./zod.ts";

/**
 * Statistical disclosure control for aggregate reports (ADR 0014): one rule for the funnel, the dropout
 * report and the outreach monitor, on screen and in every export.
 *
 * - Primary: a count of 1–4 is hidden ("minder dan 5"). A 0 is shown: it describes nobody.
 * - Secondary: no hidden count may be derivable by adding and subtracting what is shown, using the
 *   table's equations (a total is the sum of its parts; in a funnel each stage is a subset of the
 *   previous one, so the difference between two stages is a count of people too). While one is, the
 *   smallest shown non-zero count near it is hidden as well ("verborgen"). The same holds for the sum of
 *   the hidden parts of a line (two hidden cells of 1 and 2 whose sum follows from the total).
 * - Rates are computed from the exact counts, and shown only when numerator and denominator are shown.
 */

/** Counts below this are hidden in aggregate reports for roles that see no personal data. */
export const SMALL_COUNT = 5;

/** The municipality's policy officer and the client council see aggregates with small counts hidden. */
export const hidesSmallCounts = (role: string | null) => role === "policyOfficer" || role === "clientCouncil";

/** A count as shown: the number, or why it is hidden (small itself, or else the small one is derivable). */
export const countSchema = z.union([
  z.object({ shown: z.number().int() }),
  z.object({ hidden: z.enum(["small", "derivable"]) }),
]);
export type Count = z.infer<typeof countSchema>;

/** A rate 0–1, hidden when its numerator or denominator is; null when the denominator is 0. */
export const rateSchema = z.union([
  z.object({ shown: z.number() }),
  z.object({ hidden: z.enum(["small", "derivable"]) }),
  z.null(),
]);
export type Rate = z.infer<typeof rateSchema>;

/** The words used for a hidden count, on screen (Dutch) and in exports. */
export const hiddenLabel = { small: `minder dan ${SMALL_COUNT}`, derivable: "verborgen" } as const;

/** A count as an export cell: the number, or the same words as on the screen. */
export const countCell = (c: Count): string | number => ("shown" in c ? c.shown : hiddenLabel[c.hidden]);

/** The number behind a count, or null when hidden (for bars and sums on screen). */
export const shownValue = (c: Count | Rate): number | null => (c && "shown" in c ? c.shown : null);

const isSmall = (n: number) => n > 0 && n < SMALL_COUNT;

/**
 * A rate from exact counts, shown only when both counts are shown; rounded to 0.001.
 * null when the denominator is exactly 0 (shown as such), so "0 of 0" is no 0%.
 */
export function rate(
  numerator: Count,
  denominator: Count,
  exact: { numerator: number; denominator: number },
): Rate {
  if ("hidden" in numerator || "hidden" in denominator) {
    const small =
      ("hidden" in numerator && numerator.hidden === "small") ||
      ("hidden" in denominator && denominator.hidden === "small");
    return { hidden: small ? "small" : "derivable" };
  }
  if (exact.denominator === 0) return null;
  return { shown: Math.round((exact.numerator / exact.denominator) * 1000) / 1000 };
}

interface Line {
  total: number;
  parts: number[];
}

/**
 * A set of counts and the equations between them (each line: total = sum of parts). Published counts get
 * a Count each from `suppress`; derived ones (such as the difference between two funnel stages) are never
 * shown, but are protected when small.
 */
export class CountTable {
  readonly values: number[] = [];
  readonly published: boolean[] = [];
  readonly lines: Line[] = [];

  /** A count that is shown (or hidden); returns its id. */
  count(value: number) {
    this.values.push(value);
    this.published.push(true);
    return this.values.length - 1;
  }

  /** A count that is never shown but follows from others (add a line for it). */
  derived(value: number) {
    this.values.push(value);
    this.published.push(false);
    return this.values.length - 1;
  }

  /** total = sum of parts. */
  line(total: number, parts: number[]) {
    this.lines.push({ total, parts });
  }

  /** For funnel stages `from` ⊇ `to`: their difference is a count of people too. */
  subset(from: number, to: number) {
    const difference = this.derived(this.values[from]! - this.values[to]!);
    this.line(from, [to, difference]);
  }

  /** A Count for every id (derived ids are hidden); with `hide` false everything published is shown. */
  suppress(hide: boolean): Count[] {
    const reasons: ("small" | "derivable" | null)[] = this.values.map((value, i) =>
      !this.published[i] ? "derivable" : hide && isSmall(value) ? "small" : null,
    );
    const unknown = (i: number) => reasons[i] !== null;
    for (let guard = 0; hide && guard <= this.values.length; guard++) {
      const problem = this.firstProblem(unknown);
      if (!problem) break;
      const choice = this.secondary(problem, unknown);
      if (choice === null) break;
      reasons[choice] = "derivable";
    }
    return this.values.map((value, i) => {
      const reason = reasons[i];
      return reason ? { hidden: reason } : { shown: value };
    });
  }

  /** Whether a combination (weights per id) of unknown counts follows from the shown ones. */
  determined(weights: Map<number, number>, unknown: (i: number) => boolean) {
    return fixedOn(rowSpace(this.lines, unknown, this.values.length), weights);
  }

  /** Hidden counts that must not be derivable: every hidden published one, and small derived ones. */
  private sensitive(i: number, unknown: (i: number) => boolean) {
    return unknown(i) && (this.published[i] || isSmall(this.values[i]!));
  }

  /**
   * Something hidden that can be derived, simplest first: a line with one hidden count (the total minus
   * the others), then a hidden count that follows from several lines, then a small sum of hidden parts.
   */
  private firstProblem(unknown: (i: number) => boolean): Problem | null {
    for (const line of this.lines) {
      const hidden = [line.total, ...line.parts].filter(unknown);
      if (hidden.length === 1 && this.sensitive(hidden[0]!, unknown))
        return { weights: new Map([[hidden[0]!, 1]]), line };
    }
    const basis = rowSpace(this.lines, unknown, this.values.length);
    for (let i = 0; i < this.values.length; i++) {
      if (!this.sensitive(i, unknown)) continue;
      if (basis.alone.has(i)) return { weights: new Map([[i, 1]]), line: null };
    }
    for (const line of this.lines) {
      const parts = line.parts.filter(unknown);
      if (parts.length < 2 || !isSmall(parts.reduce((s, i) => s + this.values[i]!, 0))) continue;
      const sum = new Map(parts.map((i) => [i, 1]));
      if (fixedOn(basis, sum)) return { weights: sum, line };
    }
    return null;
  }

  /**
   * The count to hide next. On the problem's line: the shown count that leaves fewest other lines with a
   * single hidden count, then the smallest non-zero one. Otherwise: such a count among all shown ones
   * whose hiding makes the problem underivable, or else the smallest one nearest to it.
   */
  private secondary(problem: Problem, unknown: (i: number) => boolean): number | null {
    const hiddenIn = this.lines.map((line) => [line.total, ...line.parts].filter(unknown).length);
    const score = (c: number) =>
      this.lines.filter((line, k) => hiddenIn[k] === 0 && (line.total === c || line.parts.includes(c)))
        .length;
    const order = (a: number, b: number) =>
      score(a) - score(b) ||
      (this.values[a] === 0 ? 1 : 0) - (this.values[b] === 0 ? 1 : 0) ||
      this.values[a]! - this.values[b]! ||
      a - b;
    const shown = (ids: number[]) =>
      [...new Set(ids.filter((i) => this.published[i] && !unknown(i)))].sort(order);
    const resolves = (c: number) => !this.determined(problem.weights, (i) => i === c || unknown(i));
    if (problem.line) {
      const onLine = shown([problem.line.total, ...problem.line.parts]);
      if (onLine.length > 0) return onLine.find(resolves) ?? onLine[0]!;
    }
    const anywhere = shown(this.values.map((_, i) => i)).find(resolves);
    if (anywhere !== undefined) return anywhere;
    let frontier = new Set(problem.weights.keys());
    const seen = new Set(frontier);
    while (frontier.size > 0) {
      const near: number[] = [];
      const next = new Set<number>();
      for (const line of this.lines) {
        const members = [line.total, ...line.parts];
        if (!members.some((m) => frontier.has(m))) continue;
        for (const m of members) if (!seen.has(m)) unknown(m) ? next.add(m) : near.push(m);
      }
      const candidates = shown(near);
      if (candidates.length > 0) return candidates[0]!;
      for (const m of next) seen.add(m);
      frontier = next;
    }
    return null;
  }
}

interface Problem {
  weights: Map<number, number>;
  line: Line | null;
}

/**
 * The equations of the lines in the unknown counts (the shown ones moved to the other side), in reduced
 * row echelon form. A combination of unknown counts follows from the shown ones exactly when it lies in
 * the span of these rows (it is then 0 on every solution of the homogeneous equations).
 */
interface Space {
  index: Map<number, number>;
  pivots: number[];
  rows: Float64Array[];
  /** Per unknown id: derivable on its own (its pivot row has no other non-zero). */
  alone: Set<number>;
}

/** Whether a combination (weights per id; ids not unknown count as shown) lies in the row space. */
function fixedOn(space: Space, weights: Map<number, number>) {
  const w = new Float64Array(space.index.size);
  for (const [i, v] of weights) {
    const k = space.index.get(i);
    if (k !== undefined) w[k] = v;
  }
  space.pivots.forEach((c, r) => {
    const f = w[c]!;
    if (f === 0) return;
    const row = space.rows[r]!;
    for (let j = 0; j < w.length; j++) w[j]! -= f * row[j]!;
  });
  return w.every((v) => Math.abs(v) < 1e-9);
}

function rowSpace(lines: Line[], unknown: (i: number) => boolean, size: number): Space {
  const index = new Map<number, number>();
  for (let i = 0; i < size; i++) if (unknown(i)) index.set(i, index.size);
  const width = index.size;
  const rows: Float64Array[] = [];
  for (const line of lines) {
    const row = new Float64Array(width);
    let any = false;
    const add = (id: number, w: number) => {
      const k = index.get(id);
      if (k === undefined) return;
      row[k]! += w;
      any = true;
    };
    add(line.total, 1);
    for (const p of line.parts) add(p, -1);
    if (any) rows.push(row);
  }
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < width && r < rows.length; c++) {
    let best = r;
    for (let k = r + 1; k < rows.length; k++)
      if (Math.abs(rows[k]![c]!) > Math.abs(rows[best]![c]!)) best = k;
    if (Math.abs(rows[best]![c]!) < 1e-9) continue;
    [rows[r], rows[best]] = [rows[best]!, rows[r]!];
    const pivot = rows[r]!;
    const p = pivot[c]!;
    // The equations are sparse: update only where the pivot row is non-zero.
    const nonZero: number[] = [];
    for (let j = 0; j < width; j++) {
      if (Math.abs(pivot[j]!) < 1e-12) pivot[j] = 0;
      else {
        pivot[j]! /= p;
        nonZero.push(j);
      }
    }
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k]!;
      const f = row[c]!;
      if (k === r || Math.abs(f) < 1e-12) continue;
      for (const j of nonZero) row[j]! -= f * pivot[j]!;
      row[c] = 0;
    }
    pivots.push(c);
    r++;
  }
  const alone = new Set<number>();
  const ids = [...index.keys()];
  pivots.forEach((c, k) => {
    if (rows[k]!.every((v, j) => j === c || Math.abs(v) < 1e-9)) alone.add(ids[c]!);
  });
  return { index, pivots, rows: rows.slice(0, pivots.length), alone };
}

/**
 * A table of rows × columns with a total row (column sums) and, with `rowTotals`, a total per row and a
 * grand total, hidden by the rule above. With `stages`, the columns are funnel stages (each a subset of
 * the previous), so the differences between stages are protected too.
 */
export function hideTable(
  rows: number[][],
  width: number,
  options: { hide: boolean; stages?: boolean; rowTotals?: boolean },
) {
  const table = new CountTable();
  const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
  const ids = rows.map((row) => row.map((value) => table.count(value)));
  const totals = Array.from({ length: width }, (_, c) => table.count(sum(rows.map((row) => row[c]!))));
  for (let c = 0; c < width; c++)
    table.line(
      totals[c]!,
      ids.map((row) => row[c]!),
    );
  const rowTotals = options.rowTotals ? rows.map((row) => table.count(sum(row))) : [];
  let grandTotal: number | null = null;
  if (options.rowTotals) {
    rowTotals.forEach((id, r) => {
      table.line(id, ids[r]!);
    });
    grandTotal = table.count(sum(rows.map(sum)));
    table.line(grandTotal, rowTotals);
    table.line(grandTotal, totals);
  }
  if (options.stages)
    for (const line of [...ids, totals])
      for (let a = 0; a < width; a++) for (let b = a + 1; b < width; b++) table.subset(line[a]!, line[b]!);
  const counts = table.suppress(options.hide);
  return {
    rows: ids.map((row) => row.map((id) => counts[id]!)),
    total: totals.map((id) => counts[id]!),
    rowTotals: rowTotals.map((id) => counts[id]!),
    grandTotal: grandTotal === null ? null : counts[grandTotal]!,
  };
}
