import highsLoader from "highs";

/**
 * The proven shortest open path through points (metres), for the walk-list tests and bench only (the
 * `highs` solver is a dev dependency). It checks the heuristic of server/features/outreach/walk-order/service.ts.
 *
 * Model: the open path becomes a closed tour by adding a free-end node at distance 0 from every point,
 * the same trick the heuristic uses. A binary variable per (undirected) edge, every node has degree 2,
 * minimise the length (DFJ formulation). Subtour elimination constraints are added lazily: solve the
 * integer programme, and while the solution falls apart into several cycles, add for each cycle S
 * "at most |S| − 1 edges inside S" and solve again. A solution without subtours of a relaxation is
 * optimal for the full problem. The MIP gap is 0, so the result is the optimum, not an estimate.
 *
 * To be quick, the LP relaxation goes first, with the subtour constraints it violates (parts of its
 * support graph, then minimum cuts below 2 by Stoer–Wagner); its value is a lower bound on the optimum,
 * and when its solution is whole it is the optimal tour. Given the length of a known route (`knownMetres`, e.g. the heuristic's)
 * that is no longer than that bound, the known route is proven optimal and no integer solve is needed.
 */
const highs = await highsLoader();

export function optimalPathMetres(
  points: { x: number; y: number }[],
  knownMetres = Number.POSITIVE_INFINITY,
): { metres: number; rounds: number } {
  const n = points.length;
  if (n <= 1) return { metres: 0, rounds: 0 };
  if (n === 2) return { metres: distance(points[0]!, points[1]!), rounds: 0 };
  const size = n + 1; // node n is the free end
  const edges: [number, number][] = [];
  const index = new Int32Array(size * size);
  for (let a = 0; a < size; a++)
    for (let b = a + 1; b < size; b++) {
      index[a * size + b] = index[b * size + a] = edges.length;
      edges.push([a, b]);
    }
  const model = highs.createModel();
  try {
    model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0 });
    const all = { kind: "range", from: 0, to: edges.length - 1 } as const;
    model.addVars(
      edges.map(() => 0),
      edges.map(() => 1),
    );
    model.changeColsCost(
      all,
      edges.map(([a, b]) => (b === n ? 0 : distance(points[a]!, points[b]!))),
    );
    // Every node has two edges.
    for (let v = 0; v < size; v++) {
      const indices = Array.from({ length: size }, (_, w) => w)
        .filter((w) => w !== v)
        .map((w) => index[v * size + w]!);
      model.addRow(2, 2, { indices, values: indices.map(() => 1) });
    }
    // Subtour elimination: at most |S| − 1 edges inside S.
    const cut = (part: number[]) => {
      const indices = part.flatMap((a, i) => part.slice(i + 1).map((b) => index[a * size + b]!));
      model.addRow(-highs.infinity, part.length - 1, { indices, values: indices.map(() => 1) });
    };
    // The parts of the graph of edges used more than `threshold` in the current solution.
    let integral = false;
    const solve = (integer: boolean, threshold: number) => {
      // Switch to the integer programme once (changing integrality drops the LP's warm start).
      if (integer !== integral)
        model.changeColsIntegrality(
          all,
          edges.map(() => highs.constants.variableType[integer ? "integer" : "continuous"]),
        );
      integral = integer;
      const { modelStatus } = model.run();
      if (modelStatus !== highs.constants.modelStatus.optimal)
        throw new Error(`HiGHS: model status ${modelStatus}`);
      const value = model.getSolution().colValue;
      const next: number[][] = Array.from({ length: size }, () => []);
      edges.forEach(([a, b], e) => {
        if (value[e]! > threshold) {
          next[a]!.push(b);
          next[b]!.push(a);
        }
      });
      return components(next);
    };
    let rounds = 0;
    // First the LP relaxation (fast), cut until no subtour constraint is violated: while its support
    // graph falls apart, cut each part; once connected, cut the minimum cut while it is below 2.
    for (; rounds < 1000; rounds++) {
      const parts = solve(false, 1e-6);
      if (parts.length > 1) {
        parts.forEach(cut);
        continue;
      }
      const value = model.getSolution().colValue;
      const weights = new Float64Array(size * size);
      edges.forEach(([a, b], e) => {
        weights[a * size + b] = weights[b * size + a] = value[e]!;
      });
      const minimum = minimumCut(weights, size);
      if (minimum.value >= 2 - 1e-6) break;
      cut(minimum.side.length * 2 <= size ? minimum.side : complement(minimum.side, size));
    }
    // The LP value is a lower bound. When a known route (the heuristic's) is that long, it is optimal;
    // when the LP solution is whole, it is a single tour and optimal.
    const bound = model.getObjectiveValue();
    if (bound >= knownMetres - 1e-6) return { metres: knownMetres, rounds };
    if (model.getSolution().colValue.every((x) => Math.abs(x - Math.round(x)) < 1e-7))
      return { metres: bound, rounds };
    // Otherwise the integer programme, cutting its subtours until it is one tour.
    for (; rounds < 2000; rounds++) {
      const cycles = solve(true, 0.5);
      if (cycles.length === 1) return { metres: model.getObjectiveValue(), rounds };
      cycles.forEach(cut);
    }
    throw new Error("HiGHS: no single tour after 1,000 rounds of cuts");
  } finally {
    model.dispose();
  }
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

/** The connected parts of a graph given as neighbour lists. */
function components(next: number[][]) {
  const seen = new Uint8Array(next.length);
  const parts: number[][] = [];
  for (let start = 0; start < next.length; start++) {
    if (seen[start]) continue;
    const part = [start];
    seen[start] = 1;
    for (let i = 0; i < part.length; i++)
      for (const w of next[part[i]!]!)
        if (!seen[w]) {
          seen[w] = 1;
          part.push(w);
        }
    parts.push(part);
  }
  return parts;
}

const complement = (side: number[], size: number) => {
  const inSide = new Set(side);
  return Array.from({ length: size }, (_, v) => v).filter((v) => !inSide.has(v));
};

/** The global minimum cut of a weighted graph (Stoer–Wagner, O(n³)): its weight and one side. */
function minimumCut(input: Float64Array, n: number) {
  const weights = Float64Array.from(input);
  const groups = Array.from({ length: n }, (_, v) => [v]);
  let active = Array.from({ length: n }, (_, v) => v);
  let best = { value: Number.POSITIVE_INFINITY, side: [] as number[] };
  while (active.length > 1) {
    // Maximum adjacency order: add the node most tightly connected to those added so far.
    const connection = new Float64Array(n);
    const added = new Uint8Array(n);
    let previous = -1;
    let last = -1;
    for (let k = 0; k < active.length; k++) {
      let pick = -1;
      for (const v of active) if (!added[v] && (pick === -1 || connection[v]! > connection[pick]!)) pick = v;
      added[pick] = 1;
      previous = last;
      last = pick;
      if (k === active.length - 1 && connection[pick]! < best.value)
        best = { value: connection[pick]!, side: [...groups[pick]!] };
      for (const v of active) if (!added[v]) connection[v]! += weights[pick * n + v]!;
    }
    // Merge the last node into the one before it.
    for (const v of active) {
      weights[previous * n + v]! += weights[last * n + v]!;
      weights[v * n + previous] = weights[previous * n + v]!;
    }
    groups[previous]!.push(...groups[last]!);
    active = active.filter((v) => v !== last);
  }
  return best;
}
