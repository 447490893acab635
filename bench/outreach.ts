// npm run bench:outreach — issue 5's targets: importing 20,000 addresses (≤ 10 s, all rows checked, one
// transaction) and cutting a 2,000-address campaign into walk lists of 40 and 60 with their walking
// order (≤ 1 s; median and p95 of 20 runs, on a realistic neighbourhood). PGlite unless BENCH_DATABASE_URL is set; the full HTTP stack through app.inject.
import { random } from "../server/db/seed-volunteers.ts";
import { cutWalkLists, walkOrder } from "../server/features/outreach/turf-cutting/service.ts";
import { openBenchDatabase, seedBenchTenant, startBenchApp } from "./harness.ts";
import { neighbourhood } from "./walk-lists-fixtures.ts";

const database = await openBenchDatabase("outreach");
const { organisationIds } = await seedBenchTenant(database);
const { app, call: request } = await startBenchApp(database);
const call = async (method: "GET" | "POST", url: string, payload?: object) =>
  (await request(method, url, payload)).json();
const newCampaign = (name: string) =>
  call("POST", "/api/outreach/campaigns", {
    name,
    programme: "Bench",
    organisationId: organisationIds[0],
    startsOn: "2027-01-01",
    endsOn: "2027-06-30",
  });

/** Addresses on a street grid: 60 doors per street, both sides, half in RD New and half in WGS84. */
function addressFile(count: number) {
  const r = random(3);
  const lines = ["ID;STRAAT;HUISNUMMER;HUISLETTER;TOEVOEGING;POSTCODE;WOONPLAATS;LAT;LON;X;Y"];
  for (let i = 0; i < count; i++) {
    const street = Math.floor(i / 60);
    const number = (i % 60) + 1;
    const x = 140_000 + (street % 40) * 120 + Math.floor(number / 2) * 6 + r.next();
    const y = 460_000 + Math.floor(street / 40) * 150 + (number % 2) * 14 + r.next();
    const id = String(10_000_000_000_000_000n + BigInt(i)).slice(1);
    if (i % 2 === 0)
      lines.push(`${id};Straat ${street};${number};;;1234 AB;Benchdorp;;;${x.toFixed(2)};${y.toFixed(2)}`);
    else {
      const lat = 52.13 + (y - 460_000) / 111_195;
      const lon = 5.17 + (x - 140_000) / 68_300;
      lines.push(
        `${id};Straat ${street};${number};;;1234 AB;Benchdorp;${lat.toFixed(6)};${lon.toFixed(6)};;`,
      );
    }
  }
  return lines.join("\n");
}

console.log(`\n${database.kind}\n\n| what | time |\n|---|---:|`);
const big = await newCampaign("Import 20.000");
const csv = addressFile(20_000);
let started = performance.now();
const imported = await call("POST", `/api/outreach/campaigns/${big.id}/addresses/import`, { csv });
console.log(
  `| import 20,000 addresses (${(csv.length / 1e6).toFixed(1)} MB, ${imported.added} added) | ${((performance.now() - started) / 1000).toFixed(2)} s |`,
);

// Walk lists on a realistic neighbourhood (rotated, jittered street grids, wide and narrow streets,
// diagonals, flats; bench/walk-lists-fixtures.ts), through the whole stack, ≥ 20 runs per list size.
const small = await newCampaign("Looplijsten 2.000");
const streets = neighbourhood(1, 2_000);
const realisticCsv = [
  "ID;STRAAT;HUISNUMMER;HUISLETTER;TOEVOEGING;POSTCODE;WOONPLAATS;LAT;LON;X;Y",
  ...streets.map((d, i) => {
    const id = String(20_000_000_000_000_000n + BigInt(i)).slice(1);
    // Doors of one block of flats share a house number: tell them apart by a toevoeging.
    return `${id};${d.street};${d.houseNumber};;${i};1234 AB;Benchdorp;${d.lat.toFixed(7)};${d.lon.toFixed(7)};;`;
  }),
].join("\n");
await call("POST", `/api/outreach/campaigns/${small.id}/addresses/import`, { csv: realisticCsv });
const runs = 20;
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
let lists: { doors: number; routeMetres: number }[] = [];
for (const targetSize of [40, 60]) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    lists = await call("POST", `/api/outreach/campaigns/${small.id}/walk-lists`, { targetSize });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `| cut 2,000 realistic addresses into ${lists.length} walk lists of ~${targetSize} with walking order (HTTP, median / p95 of ${runs}) | ${(quantile(times, 0.5) / 1000).toFixed(2)} s / ${(quantile(times, 0.95) / 1000).toFixed(2)} s |`,
  );
}

// The algorithm alone, on the same doors.
const points = (await call("GET", `/api/outreach/campaigns/${small.id}/addresses?pageSize=200`)).total;
const times: number[] = [];
let cut: string[][] = [];
let metres = 0;
for (let i = 0; i < runs; i++) {
  started = performance.now();
  cut = cutWalkLists(streets, 60);
  const byId = new Map(streets.map((d) => [d.id, d]));
  metres = 0;
  for (const list of cut) metres += walkOrder(list.map((id) => byId.get(id)!)).metres;
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(
  `| the same in memory (cutting + ordering ${cut.length} lists of ~60, median / p95 of ${runs}) | ${(quantile(times, 0.5) / 1000).toFixed(2)} s / ${(quantile(times, 0.95) / 1000).toFixed(2)} s |`,
);
const sizes = lists.map((l) => l.doors);
console.log(
  `\n${points} doors; list sizes ${Math.min(...sizes)}–${Math.max(...sizes)}; route per list ${Math.round(Math.min(...lists.map((l) => l.routeMetres)))}–${Math.round(Math.max(...lists.map((l) => l.routeMetres)))} m; in-memory total ${(metres / 1000).toFixed(1)} km`,
);
await app.close();
await database.close();
