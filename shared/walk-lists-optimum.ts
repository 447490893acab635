import highsLoader from "highs";

/**
 * The proven shortest open path through points (metres), for the walk-list tests and bench only (the
 * `highs` solver is a dev dependency). It checks the heuristic of shared/walk-order.ts.
 *
 * Model: the open path becomes a closed tour by adding a free-end node at distance 0 from every point,
 * the same trick the heuristic uses. A binary variable per (undirected) edge, every node has degree 2,
 * minimise the length (DFJ formulation). Subtour elimination constraints are added lazily: solve the
 * integer programme, and while the solution falls apart into several cycles, add for each cycle S
 * "at most |S| − 1 edges inside S" and solve again. A solution without subtours of a relaxation is
 * optimal for the full problem. The MIP gap is 0, so the result is the optimum, not an estimate.
 */
const highs = await highsLoader();

export function optimalPathMetres(points: { x: number; y: number }[]): {
  metres: number;
  rounds: number;
} {
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
    model.changeColsIntegrality(
      all,
      edges.map(() => highs.constants.variableType.integer),
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
    const solve = (integer: boolean, threshold: number) => {
      model.changeColsIntegrality(
        all,
        edges.map(() => highs.constants.variableType[integer ? "integer" : "continuous"]),
      );
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
    // First the LP relaxation (fast): cut every part of its support graph until it is connected.
    for (let parts = solve(false, 1e-6); parts.length > 1 && rounds < 1000; parts = solve(false, 1e-6)) {
      parts.forEach(cut);
      rounds++;
    }
    // Then the integer programme, cutting its subtours until it is one tour.
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
