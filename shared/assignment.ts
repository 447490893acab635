/**
 * Batch assignment: which volunteer goes to which vacancy so that the total match score is as high as
 * possible, with at most `capacity` volunteers per vacancy and at most `capacity` placements per
 * volunteer. Solved exactly as a min-cost flow (source → volunteer → vacancy → sink, cost = −score) by
 * successive shortest paths; a path is only added while it raises the total, so the result is the
 * maximum-weight assignment (not necessarily the one with the most placements).
 */
export type AssignmentInput = {
  volunteers: { id: string; capacity: number }[];
  vacancies: { id: string; capacity: number }[];
  /** Allowed pairs (hard constraints already applied) with their score (higher is better, > 0). */
  edges: { volunteerId: string; vacancyId: string; score: number }[];
};
export type Assignment = {
  pairs: { volunteerId: string; vacancyId: string; score: number }[];
  total: number;
};

type Edge = { to: number; capacity: number; cost: number; reverse: number; pair?: number };

export function assignOptimal(input: AssignmentInput): Assignment {
  const volunteerIndex = new Map(input.volunteers.map((v, i) => [v.id, 1 + i]));
  const vacancyIndex = new Map(input.vacancies.map((v, i) => [v.id, 1 + input.volunteers.length + i]));
  const source = 0;
  const sink = 1 + input.volunteers.length + input.vacancies.length;
  const graph: Edge[][] = Array.from({ length: sink + 1 }, () => []);
  const addEdge = (from: number, to: number, capacity: number, cost: number, pair?: number) => {
    graph[from]!.push({ to, capacity, cost, reverse: graph[to]!.length, pair });
    graph[to]!.push({ to: from, capacity: 0, cost: -cost, reverse: graph[from]!.length - 1 });
  };
  input.volunteers.forEach((v) => void addEdge(source, volunteerIndex.get(v.id)!, v.capacity, 0));
  input.vacancies.forEach((v) => void addEdge(vacancyIndex.get(v.id)!, sink, v.capacity, 0));
  // Scores in tenths as integers: exact arithmetic, no floating-point ties.
  input.edges.forEach((e, i) => {
    const from = volunteerIndex.get(e.volunteerId);
    const to = vacancyIndex.get(e.vacancyId);
    if (from !== undefined && to !== undefined && e.score > 0)
      addEdge(from, to, 1, -Math.round(e.score * 10), i);
  });

  // Successive shortest paths with Bellman-Ford (queue-based): costs may be negative.
  const n = graph.length;
  for (;;) {
    const distance = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
    const inQueue = new Array<boolean>(n).fill(false);
    const previous = new Array<{ node: number; edge: number } | null>(n).fill(null);
    distance[source] = 0;
    const queue = [source];
    inQueue[source] = true;
    while (queue.length > 0) {
      const node = queue.shift()!;
      inQueue[node] = false;
      graph[node]!.forEach((edge, index) => {
        if (edge.capacity > 0 && distance[node]! + edge.cost < distance[edge.to]!) {
          distance[edge.to] = distance[node]! + edge.cost;
          previous[edge.to] = { node, edge: index };
          if (!inQueue[edge.to]) {
            inQueue[edge.to] = true;
            queue.push(edge.to);
          }
        }
      });
    }
    // Stop when no augmenting path lowers the cost (raises the total score).
    if (!(distance[sink]! < 0)) break;
    let flow = Number.POSITIVE_INFINITY;
    for (let node = sink; node !== source; node = previous[node]!.node) {
      const step = previous[node]!;
      flow = Math.min(flow, graph[step.node]![step.edge]!.capacity);
    }
    for (let node = sink; node !== source; node = previous[node]!.node) {
      const step = previous[node]!;
      const edge = graph[step.node]![step.edge]!;
      edge.capacity -= flow;
      graph[edge.to]![edge.reverse]!.capacity += flow;
    }
  }

  const pairs: Assignment["pairs"] = [];
  for (const edges of graph) {
    for (const edge of edges) {
      if (edge.pair !== undefined && edge.capacity === 0) {
        const e = input.edges[edge.pair]!;
        pairs.push({ volunteerId: e.volunteerId, vacancyId: e.vacancyId, score: e.score });
      }
    }
  }
  pairs.sort((a, b) => a.vacancyId.localeCompare(b.vacancyId) || b.score - a.score);
  return { pairs, total: Math.round(pairs.reduce((sum, p) => sum + p.score, 0) * 10) / 10 };
}
