// npm run bench:walk-lists — walk-list quality and speed on realistic neighbourhoods (item 3 of the
// performance issue). Targets: walking order on average ≤ 0.3 % and at most 2 % above the optimum
// proven by an exact solver, on ≥ 100 lists of 17–64 stops; cutting 2,000 doors into lists of 40 or 60
// (with walking order) in ≤ 1 s.
//
// The algorithm in memory (the HTTP route adds the database writes; `npm run bench:outreach` times it).
// WALK_LISTS_BEFORE=<path to another walk-lists.ts> measures that one too, side by side (e.g. the code
// before a change: `git archive <commit> shared | tar -x -C /tmp/before`).
import { loadavg } from "node:os";
import * as current from "../server/features/outreach/turf-cutting/service.ts";
import { neighbourhood, realisticLists } from "./walk-lists-fixtures.ts";
import { optimalPathMetres } from "./walk-lists-optimum.ts";

type Module = Pick<typeof current, "cutWalkLists" | "walkOrder">;
const modules: [string, Module][] = [["now", current]];
if (process.env.WALK_LISTS_BEFORE)
  modules.unshift(["before", (await import(process.env.WALK_LISTS_BEFORE)) as Module]);

const lists = Number(process.env.BENCH_LISTS ?? 120);
const runs = Number(process.env.BENCH_RUNS ?? 25);
console.log(
  `\nload average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}\n`,
);

// --- Quality against the proven optimum ---
const sample = realisticLists(11, lists, 17, 64);
const spotCounts = sample.map((points) => current.walkSpots(points).length);
const routes = sample.map((points) => modules.map(([, m]) => m.walkOrder(points).metres));
let started = performance.now();
const optimum = sample.map(
  (points, i) => optimalPathMetres(current.walkSpots(points), Math.min(...routes[i]!)).metres,
);
const exactSeconds = (performance.now() - started) / 1000;
const percent = (x: number) => `${(100 * x).toFixed(2)} %`;
console.log(
  `${sample.length} lists of ${Math.min(...spotCounts)}–${Math.max(...spotCounts)} stops (${Math.min(...sample.map((l) => l.length))}–${Math.max(...sample.map((l) => l.length))} doors; a block of flats is one stop); optimum proven by HiGHS in ${exactSeconds.toFixed(1)} s\n`,
);
console.log("| walking order | mean above optimum | max | lists > 1 % | lists > 3 % | optimal |");
console.log("|---|---:|---:|---:|---:|---:|");
modules.forEach(([name], k) => {
  const gaps = routes.map((r, i) => r[k]! / optimum[i]! - 1);
  const share = (limit: number) => percent(gaps.filter((g) => g > limit).length / gaps.length);
  const optimal = percent(gaps.filter((g) => g <= 1e-9).length / gaps.length);
  console.log(
    `| ${name} | ${percent(gaps.reduce((a, b) => a + b, 0) / gaps.length)} | ${percent(Math.max(...gaps))} | ${share(0.01)} | ${share(0.03)} | ${optimal} |`,
  );
});

// --- Speed: cutting 2,000 doors into lists, each in walking order ---
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
console.log(
  `\n| cut 2,000 doors into lists with walking order (${runs} runs, ${runs} neighbourhoods) | median | p95 | CPU median | CPU p95 |`,
);
console.log("|---|---:|---:|---:|---:|");
const areas = Array.from({ length: runs }, (_, i) => neighbourhood(100 + i, 2000));
for (const size of [40, 60])
  for (const [name, m] of modules) {
    const times: number[] = [];
    const cpu: number[] = [];
    let count = 0;
    for (const doors of areas) {
      const byId = new Map(doors.map((d) => [d.id, d]));
      started = performance.now();
      const cpuStarted = process.cpuUsage();
      const cut = m.cutWalkLists(doors, size);
      for (const ids of cut) m.walkOrder(ids.map((id) => byId.get(id)!));
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpuStarted);
      cpu.push((used.user + used.system) / 1000);
      count += cut.length;
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    console.log(
      `| ${name}: lists of ${size} (${Math.round(count / runs)} lists) | ${(quantile(times, 0.5) / 1000).toFixed(3)} s | ${(quantile(times, 0.95) / 1000).toFixed(3)} s | ${(quantile(cpu, 0.5) / 1000).toFixed(3)} s | ${(quantile(cpu, 0.95) / 1000).toFixed(3)} s |`,
    );
  }
console.log(
  `\nload average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
