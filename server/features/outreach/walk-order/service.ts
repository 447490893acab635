/**
 * The walking order of one walk list: the shortest open path through its stops (start anywhere, end
 * anywhere), on straight-line distances.
 *
 * - Up to 12 stops: exact, by Held–Karp dynamic programming.
 * - More: iterated local search. The open path is made a closed tour by adding one "free end" node at
 *   distance 0 from every stop (the tour's two edges at that node are the path's two ends). A nearest-
 *   neighbour tour is improved by 2-opt and Or-opt moves (move a run of 1–3 stops elsewhere, maybe
 *   reversed), searched through each stop's nearest neighbours with don't-look bits, so one pass costs
 *   about n·k instead of n². Then a fixed number of random "double-bridge" kicks (swap two short
 *   adjacent stretches, a change 2-opt and Or-opt cannot undo), each followed by local search around the
 *   changed edges; a kick is kept when the tour is not longer. The random generator is seeded, so the
 *   same stops always get the same order.
 *
 * Measured on realistic neighbourhoods against an exact solver (bench/walk-lists-optimum.ts, `npm run
 * bench:walk-lists`): see docs/adr/0010-outreach.md.
 */
export type Distance = (a: number, b: number) => number;

export const routeLength = (order: number[], distance: Distance) =>
  order.reduce((sum, node, i) => (i === 0 ? 0 : sum + distance(order[i - 1]!, node)), 0);

/** The shortest open path through all n points (Held–Karp dynamic programming, O(2ⁿ·n²)). */
export function exactOrder(n: number, distance: Distance): number[] {
  if (n <= 2) return Array.from({ length: n }, (_, i) => i);
  const full = (1 << n) - 1;
  const best = new Float64Array((full + 1) * n).fill(Number.POSITIVE_INFINITY);
  const from = new Int8Array((full + 1) * n).fill(-1);
  for (let j = 0; j < n; j++) best[(1 << j) * n + j] = 0;
  for (let mask = 1; mask <= full; mask++) {
    for (let j = 0; j < n; j++) {
      const here = best[mask * n + j]!;
      if (!(mask & (1 << j)) || here === Number.POSITIVE_INFINITY) continue;
      for (let k = 0; k < n; k++) {
        if (mask & (1 << k)) continue;
        const next = mask | (1 << k);
        const length = here + distance(j, k);
        if (length < best[next * n + k]!) {
          best[next * n + k] = length;
          from[next * n + k] = j;
        }
      }
    }
  }
  let end = 0;
  for (let j = 1; j < n; j++) if (best[full * n + j]! < best[full * n + end]!) end = j;
  const order: number[] = [];
  for (let mask = full, node = end; node !== -1; ) {
    order.push(node);
    const previous = from[mask * n + node]!;
    mask &= ~(1 << node);
    node = previous;
  }
  return order.reverse();
}

/** How many nearest neighbours each stop's moves look at. */
const NEIGHBOURS = 10;
/** Moves must gain more than this (metres) to count: no loops on rounding noise. */
const EPSILON = 1e-7;

/** A small seeded random generator (mulberry32), so the order is reproducible. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A short open path through n points by iterated local search (see the top of this file). `kicks`
 * defaults to a number that keeps lists of up to ~64 stops within a fraction of a percent of the
 * optimum in a few milliseconds.
 */
export function heuristicOrder(n: number, distance: Distance, kicks = 50 + 6 * n): number[] {
  if (n <= 3) return n <= 2 ? Array.from({ length: n }, (_, i) => i) : exactOrder(n, distance);
  const tour = new Tour(n, distance);
  tour.localSearch();
  if (tour.size >= 8) {
    const random = seeded(0x5eed + n);
    const saved = new Int32Array(tour.size);
    for (let kick = 0; kick < kicks; kick++) {
      saved.set(tour.order);
      const before = tour.length;
      tour.doubleBridge(random);
      tour.localSearch();
      if (tour.length > before + EPSILON) tour.restore(saved, before);
    }
  }
  return tour.path();
}

/**
 * A closed tour over n stops plus the free-end node n, as an array of nodes and each node's position in
 * it. Moves keep `length` up to date from their gains.
 */
class Tour {
  readonly size: number;
  readonly order: Int32Array;
  private readonly position: Int32Array;
  private readonly matrix: Float64Array;
  private readonly neighbours: Int32Array[];
  private readonly queue: Int32Array;
  private readonly queued: Uint8Array;
  private head = 0;
  private waiting = 0;
  private readonly buffer: Int32Array;
  length = 0;

  constructor(
    private readonly stops: number,
    distance: Distance,
  ) {
    const size = stops + 1;
    this.size = size;
    this.matrix = new Float64Array(size * size);
    for (let a = 0; a < stops; a++)
      for (let b = a + 1; b < stops; b++) {
        const d = distance(a, b);
        this.matrix[a * size + b] = d;
        this.matrix[b * size + a] = d;
      }
    // Each stop's nearest stops, nearest first, then the free end (distance 0, so moves that make a stop
    // an end of the path are always looked at). The free end itself needs no list: every move that
    // touches it is found from the stop on the other side.
    this.neighbours = Array.from({ length: size }, (_, a) => {
      if (a === stops) return new Int32Array(0);
      const others = Array.from({ length: stops }, (_, b) => b).filter((b) => b !== a);
      others.sort((b, c) => this.d(a, b) - this.d(a, c));
      return Int32Array.from([...others.slice(0, NEIGHBOURS), stops]);
    });
    this.order = Int32Array.from(this.nearestNeighbour());
    this.position = new Int32Array(size);
    this.order.forEach((node, i) => {
      this.position[node] = i;
    });
    for (let i = 0; i < size; i++) this.length += this.d(this.order[i]!, this.next(this.order[i]!));
    this.queue = new Int32Array(size);
    this.queued = new Uint8Array(size);
    this.buffer = new Int32Array(size);
    for (let node = 0; node < size; node++) this.wake(node);
  }

  private d(a: number, b: number) {
    return this.matrix[a * this.size + b]!;
  }
  private next(a: number) {
    return this.order[(this.position[a]! + 1) % this.size]!;
  }
  private previous(a: number) {
    return this.order[(this.position[a]! + this.size - 1) % this.size]!;
  }

  /** Nearest neighbour from the stop farthest from stop 0 (an edge of the area), closed by the free end. */
  private nearestNeighbour() {
    let start = 0;
    for (let i = 1; i < this.stops; i++) if (this.d(0, i) > this.d(0, start)) start = i;
    const seen = new Uint8Array(this.stops);
    const order = [start];
    seen[start] = 1;
    for (let step = 1; step < this.stops; step++) {
      const last = order[order.length - 1]!;
      let best = -1;
      for (let k = 0; k < this.stops; k++)
        if (!seen[k] && (best === -1 || this.d(last, k) < this.d(last, best))) best = k;
      order.push(best);
      seen[best] = 1;
    }
    return [...order, this.stops];
  }

  /** The path: the tour cut open at the free end. */
  path(): number[] {
    const at = this.position[this.stops]!;
    return Array.from({ length: this.stops }, (_, i) => this.order[(at + 1 + i) % this.size]!);
  }

  restore(saved: Int32Array, length: number) {
    this.order.set(saved);
    for (let i = 0; i < this.size; i++) this.position[this.order[i]!] = i;
    this.length = length;
  }

  /** Marks a stop to be looked at again (a queue in a ring: each stop is in it at most once). */
  private wake(node: number) {
    if (this.queued[node]) return;
    this.queued[node] = 1;
    this.queue[(this.head + this.waiting++) % this.size] = node;
  }

  /**
   * 2-opt and Or-opt until none helps around the woken stops (don't-look bits): a stop is looked at
   * again only when one of its edges changed. The first search wakes every stop.
   */
  localSearch() {
    while (this.waiting > 0) {
      const node = this.queue[this.head]!;
      this.head = (this.head + 1) % this.size;
      this.waiting--;
      this.queued[node] = 0;
      if (this.twoOpt(node) || this.orOpt(node)) this.wake(node);
    }
  }

  /** Reverses the stretch from a to b (following the tour); reverses the complement if that is shorter. */
  private reverse(a: number, b: number) {
    let i = this.position[a]!;
    let j = this.position[b]!;
    const inside = ((j - i + this.size) % this.size) + 1;
    if (inside * 2 > this.size) {
      const start = (j + 1) % this.size;
      j = (i + this.size - 1) % this.size;
      i = start;
    }
    for (let steps = Math.floor(Math.min(inside, this.size - inside) / 2); steps > 0; steps--) {
      const x = this.order[i]!;
      const y = this.order[j]!;
      this.order[i] = y;
      this.position[y] = i;
      this.order[j] = x;
      this.position[x] = j;
      i = (i + 1) % this.size;
      j = (j + this.size - 1) % this.size;
    }
  }

  /**
   * 2-opt from t1: drop the edge (t1, t2) and an edge (t3, t4) with t3 one of t2's near neighbours, add
   * (t2, t3) and (t4, t1). Looked at with t2 after and before t1.
   */
  private twoOpt(t1: number) {
    for (let direction = 0; direction < 2; direction++) {
      const forward = direction === 0;
      const t2 = forward ? this.next(t1) : this.previous(t1);
      const dropped = this.d(t1, t2);
      for (const t3 of this.neighbours[t2]!) {
        const g1 = dropped - this.d(t2, t3);
        if (g1 <= EPSILON) break;
        const t4 = forward ? this.previous(t3) : this.next(t3);
        if (t3 === t1 || t4 === t2 || t4 === t1) continue;
        const gain = g1 + this.d(t3, t4) - this.d(t4, t1);
        if (gain > EPSILON) {
          if (forward) this.reverse(t2, t4);
          else this.reverse(t4, t2);
          this.length -= gain;
          this.wake(t1);
          this.wake(t2);
          this.wake(t3);
          this.wake(t4);
          return true;
        }
      }
    }
    return false;
  }

  /** Whether node x is in the run of `run` stops that starts at position startAt. */
  private inRun(x: number, startAt: number, run: number) {
    return (this.position[x]! - startAt + 2 * this.size) % this.size < run;
  }

  /**
   * Or-opt from `node`: take a run of 1–3 stops that starts or ends at it, and put it, as it is or
   * reversed, between two neighbouring nodes c and d where c is a near neighbour of one of its ends.
   */
  private orOpt(node: number) {
    const maxRun = Math.min(3, this.size - 3);
    for (let run = 1; run <= maxRun; run++) {
      for (let ending = 0; ending < (run === 1 ? 1 : 2); ending++) {
        // The run follows the tour from `first` to `last`, starting or ending at `node`.
        const startAt = (this.position[node]! + (ending ? this.size - run + 1 : 0)) % this.size;
        const first = this.order[startAt]!;
        const last = this.order[(startAt + run - 1) % this.size]!;
        const p = this.previous(first);
        const q = this.next(last);
        const removed = this.d(p, first) + this.d(last, q) - this.d(p, q);
        if (removed <= EPSILON) continue;
        for (let side = 0; side < 2; side++) {
          const end = side === 0 ? first : last;
          const other = side === 0 ? last : first;
          for (const c of this.neighbours[end]!) {
            const g1 = removed - this.d(end, c);
            if (g1 <= EPSILON) break;
            if (this.inRun(c, startAt, run)) continue;
            for (let way = 0; way < 2; way++) {
              const d = way === 0 ? this.next(c) : this.previous(c);
              if (this.inRun(d, startAt, run)) continue;
              const gain = g1 + this.d(c, d) - this.d(other, d);
              if (gain > EPSILON) {
                this.moveRun(startAt, run, c, end, d);
                this.length -= gain;
                for (const x of [p, q, c, d, first, last]) this.wake(x);
                return true;
              }
            }
          }
        }
      }
    }
    return false;
  }

  /** Moves the run (positions startAt…startAt+run−1) between c and d, with `end` next to c. */
  private moveRun(startAt: number, run: number, c: number, end: number, d: number) {
    const stretch: number[] = [];
    for (let i = 0; i < run; i++) stretch.push(this.order[(startAt + i) % this.size]!);
    if (end !== stretch[0]) stretch.reverse(); // now it starts at `end`
    // Going on from c, does the tour meet d next (then: c, end … other, d) or the other way round?
    const afterC = this.next(c) === d;
    if (!afterC) stretch.reverse(); // d, other … end, c
    // Copy the rest of the tour, starting after the run, with the run put in after c or d.
    const before = afterC ? c : d;
    let k = 0;
    for (let i = run; i < this.size; i++) {
      const node = this.order[(startAt + i) % this.size]!;
      this.buffer[k++] = node;
      if (node === before) for (const x of stretch) this.buffer[k++] = x;
    }
    this.order.set(this.buffer);
    for (let i = 0; i < this.size; i++) this.position[this.order[i]!] = i;
  }

  /** Swaps two short adjacent stretches at a random place, and wakes the stops around the cuts. */
  doubleBridge(random: () => number) {
    const span = Math.min(this.size - 2, 30);
    const a = Math.floor(random() * this.size);
    const first = 1 + Math.floor(random() * (span / 2));
    const second = 1 + Math.floor(random() * (span - first));
    const at = (i: number) => this.order[(a + i) % this.size]!;
    // Tour: … at(0) | A = at(1…first) | B = at(first+1…first+second) | at(first+second+1) …
    const ends = [at(0), at(1), at(first), at(first + 1), at(first + second), at(first + second + 1)];
    const [n0, a1, a2, b1, b2, n1] = ends as [number, number, number, number, number, number];
    this.length +=
      this.d(n0, b1) + this.d(b2, a1) + this.d(a2, n1) - this.d(n0, a1) - this.d(a2, b1) - this.d(b2, n1);
    // B then A, through the buffer.
    let k = 0;
    for (let i = first + 1; i <= first + second; i++) this.buffer[k++] = at(i);
    for (let i = 1; i <= first; i++) this.buffer[k++] = at(i);
    for (let i = 0; i < k; i++) {
      const p = (a + 1 + i) % this.size;
      this.order[p] = this.buffer[i]!;
      this.position[this.buffer[i]!] = p;
    }
    for (const node of ends) this.wake(node);
  }
}
