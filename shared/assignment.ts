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

export function assignOptimal(input: AssignmentInput): Assignment {
  const volunteerIndex = new Map(input.volunteers.map((v, i) => [v.id, 1 + i]));
  const vacancyIndex = new Map(input.vacancies.map((v, i) => [v.id, 1 + input.volunteers.length + i]));
  const source = 0;
  const sink = 1 + input.volunteers.length + input.vacancies.length;
  const n = sink + 1;

  // The residual graph in flat arrays; edge e's reverse is e ^ 1.
  const maxEdges = 2 * (input.volunteers.length + input.vacancies.length + input.edges.length);
  const to = new Int32Array(maxEdges);
  const capacity = new Int32Array(maxEdges);
  const cost = new Float64Array(maxEdges);
  const next = new Int32Array(maxEdges);
  const pairOf = new Int32Array(maxEdges).fill(-1);
  const head = new Int32Array(n).fill(-1);
  let edgeCount = 0;
  const addEdge = (from: number, target: number, cap: number, edgeCost: number, pair = -1) => {
    for (const [a, b, c, d] of [
      [from, target, cap, edgeCost],
      [target, from, 0, -edgeCost],
    ] as const) {
      to[edgeCount] = b;
      capacity[edgeCount] = c;
      cost[edgeCount] = d;
      next[edgeCount] = head[a]!;
      head[a] = edgeCount++;
    }
    pairOf[edgeCount - 2] = pair;
  };
  for (const v of input.volunteers) addEdge(source, volunteerIndex.get(v.id)!, v.capacity, 0);
  for (const v of input.vacancies) addEdge(vacancyIndex.get(v.id)!, sink, v.capacity, 0);
  // Scores in tenths as integers: exact arithmetic, no floating-point ties.
  input.edges.forEach((e, i) => {
    const from = volunteerIndex.get(e.volunteerId);
    const target = vacancyIndex.get(e.vacancyId);
    if (from !== undefined && target !== undefined && e.score > 0)
      addEdge(from, target, 1, -Math.round(e.score * 10), i);
  });

  // Successive shortest paths with Dijkstra on reduced costs (Johnson potentials). The graph is
  // layered (source → volunteers → vacancies → sink), so the first potentials follow in one pass.
  const potential = new Float64Array(n);
  for (let e = 0; e < edgeCount; e += 2) {
    if (to[e]! > input.volunteers.length && to[e]! < sink)
      potential[to[e]!] = Math.min(potential[to[e]!]!, cost[e]!);
  }
  for (let node = 1 + input.volunteers.length; node < sink; node++)
    potential[sink] = Math.min(potential[sink]!, potential[node]!);

  // Primal-dual: one Dijkstra per phase fixes the shortest distance to the sink; then every augmenting
  // path made only of zero reduced-cost edges has exactly that length, and a depth-first search with
  // current-edge pointers finds them one after another (as in Dinic's algorithm). Phases end when the
  // shortest path no longer raises the total score. The costs are integers between −1000 and 0 and
  // phase lengths only grow, so there are at most about a thousand phases, not one per placement.
  const distance = new Float64Array(n);
  const done = new Uint8Array(n);
  const dead = new Uint8Array(n);
  const onPath = new Uint8Array(n);
  const currentEdge = new Int32Array(n);
  const pathEdges = new Int32Array(n);
  const heap = new MinHeap();
  for (;;) {
    distance.fill(Number.POSITIVE_INFINITY);
    done.fill(0);
    distance[source] = 0;
    heap.clear();
    heap.push(0, source);
    // Dijkstra, stopped as soon as the sink is settled: only its distance is needed.
    while (heap.size > 0) {
      const [d, node] = heap.pop();
      if (done[node]) continue;
      done[node] = 1;
      if (node === sink) break;
      for (let e = head[node]!; e !== -1; e = next[e]!) {
        if (capacity[e]! <= 0) continue;
        const target = to[e]!;
        const candidate = d + cost[e]! + potential[node]! - potential[target]!;
        if (candidate < distance[target]!) {
          distance[target] = candidate;
          heap.push(candidate, target);
        }
      }
    }
    if (!done[sink]) break;
    // Nodes not settled get the sink's distance: reduced costs stay non-negative.
    const toSink = distance[sink]!;
    for (let node = 0; node < n; node++) potential[node]! += Math.min(distance[node]!, toSink);
    // The real length of this phase's paths; stop when it no longer lowers the cost.
    if (potential[sink]! - potential[source]! >= 0) break;

    dead.fill(0);
    for (let node = 0; node < n; node++) currentEdge[node] = head[node]!;
    for (;;) {
      // Depth-first search over edges with residual capacity and zero reduced cost.
      let depth = 0;
      let node = source;
      onPath[source] = 1;
      while (node !== sink) {
        let e = currentEdge[node]!;
        while (e !== -1) {
          const target = to[e]!;
          if (
            capacity[e]! > 0 &&
            !dead[target] &&
            !onPath[target] &&
            cost[e]! + potential[node]! - potential[target]! === 0
          )
            break;
          e = next[e]!;
        }
        currentEdge[node] = e;
        if (e === -1) {
          // A dead end for the rest of this phase: step back.
          dead[node] = 1;
          onPath[node] = 0;
          if (depth === 0) break;
          node = to[pathEdges[--depth]! ^ 1]!;
          currentEdge[node] = next[currentEdge[node]!]!;
          continue;
        }
        pathEdges[depth++] = e;
        node = to[e]!;
        onPath[node] = 1;
      }
      if (node !== sink) break;
      let flow = Number.POSITIVE_INFINITY;
      for (let i = 0; i < depth; i++) flow = Math.min(flow, capacity[pathEdges[i]!]!);
      for (let i = 0; i < depth; i++) {
        capacity[pathEdges[i]!]! -= flow;
        capacity[pathEdges[i]! ^ 1]! += flow;
      }
      onPath[source] = 0;
      for (let i = 0; i < depth; i++) onPath[to[pathEdges[i]!]!] = 0;
    }
  }

  const pairs: Assignment["pairs"] = [];
  for (let e = 0; e < edgeCount; e += 2) {
    if (pairOf[e]! >= 0 && capacity[e] === 0) {
      const pair = input.edges[pairOf[e]!]!;
      pairs.push({ volunteerId: pair.volunteerId, vacancyId: pair.vacancyId, score: pair.score });
    }
  }
  pairs.sort((a, b) => a.vacancyId.localeCompare(b.vacancyId) || b.score - a.score);
  return { pairs, total: Math.round(pairs.reduce((sum, p) => sum + p.score, 0) * 10) / 10 };
}

/** A binary min-heap of (key, node) pairs, for Dijkstra. */
class MinHeap {
  private keys: number[] = [];
  private nodes: number[] = [];
  get size() {
    return this.keys.length;
  }
  clear() {
    this.keys.length = 0;
    this.nodes.length = 0;
  }
  push(key: number, node: number) {
    let i = this.keys.length;
    this.keys.push(key);
    this.nodes.push(node);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.keys[i] = this.keys[parent]!;
      this.nodes[i] = this.nodes[parent]!;
      i = parent;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }
  pop(): [number, number] {
    const top: [number, number] = [this.keys[0]!, this.nodes[0]!];
    const lastKey = this.keys.pop()!;
    const lastNode = this.nodes.pop()!;
    const size = this.keys.length;
    if (size > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= size) break;
        const right = left + 1;
        const child = right < size && this.keys[right]! < this.keys[left]! ? right : left;
        if (this.keys[child]! >= lastKey) break;
        this.keys[i] = this.keys[child]!;
        this.nodes[i] = this.nodes[child]!;
        i = child;
      }
      this.keys[i] = lastKey;
      this.nodes[i] = lastNode;
    }
    return top;
  }
}
