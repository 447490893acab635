// npm run bench:outreach — issue 5's targets: importing 20,000 addresses (≤ 10 s, all rows checked, one
// transaction) and cutting a 2,000-address campaign into 50 walk lists with their walking order
// (≤ 2 s). PGlite unless BENCH_DATABASE_URL is set; the full HTTP stack through app.inject.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { buildApp } from "../server/app.ts";
import { type Database, openPglite, openPostgres } from "../server/db/client.ts";
import { organisation, tenant } from "../server/db/schema.ts";
import { seedDemo } from "../server/db/seed.ts";
import { random } from "../server/db/seed-volunteers.ts";
import { configSchema, toConfig } from "../server/platform/config.ts";
import { cutWalkLists, walkOrder } from "../shared/walk-lists.ts";

const database: Database = process.env.BENCH_DATABASE_URL
  ? await openPostgres(process.env.BENCH_DATABASE_URL, 4)
  : await openPglite(mkdtempSync(join(tmpdir(), "inzet-bench-outreach-")));
await database.migrate();
const { db } = database;
const { tenantId } = await seedDemo(db, {
  code: `GM${String(Date.now()).slice(-4)}`,
  slug: `bench-${Date.now()}`,
});
await db
  .update(tenant)
  .set({ settings: { twoFactorRequiredRoles: [] } })
  .where(eq(tenant.id, tenantId));
const [org] = await db
  .select({ id: organisation.id })
  .from(organisation)
  .where(eq(organisation.tenantId, tenantId));
const config = toConfig(
  configSchema.parse({
    NODE_ENV: "production",
    MAIL: "log-only", // benchmarks send no mail
    AUTH_SECRET: "b".repeat(32),
    PUBLIC_URL: "http://127.0.0.1",
    LOG_LEVEL: "silent",
    RATE_LIMIT_PER_MINUTE: "100000",
    PUBLIC_WRITE_LIMIT_PER_IP: "100000",
    PUBLIC_WRITE_LIMIT_PER_ADDRESS: "100000",
  }),
);
const { app } = await buildApp({ database, config, logger: false });
await app.ready();
const signIn = await app.inject({
  method: "POST",
  url: "/api/auth/sign-in/email",
  payload: { email: "beheerder@demo.inzet.nl", password: "Inzet-demo-2026" },
});
const cookie = [signIn.headers["set-cookie"]]
  .flat()
  .map((c) => String(c).split(";")[0])
  .join("; ");
const call = async (method: "GET" | "POST", url: string, payload?: object) => {
  const response = await app.inject({ method, url, payload, headers: { cookie } });
  if (response.statusCode >= 300)
    throw new Error(`${url}: ${response.statusCode} ${response.body.slice(0, 500)}`);
  return response.json();
};
const newCampaign = (name: string) =>
  call("POST", "/api/outreach/campaigns", {
    name,
    programme: "Bench",
    organisationId: org!.id,
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

const small = await newCampaign("Looplijsten 2.000");
await call("POST", `/api/outreach/campaigns/${small.id}/addresses/import`, { csv: addressFile(2_000) });
const times: number[] = [];
let lists: { doors: number; routeMetres: number }[] = [];
for (let i = 0; i < 5; i++) {
  started = performance.now();
  lists = await call("POST", `/api/outreach/campaigns/${small.id}/walk-lists`, { targetSize: 40 });
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(
  `| cut 2,000 addresses into ${lists.length} walk lists with walking order (HTTP, median of 5) | ${(times[2]! / 1000).toFixed(2)} s |`,
);

// The algorithm alone, on the same doors.
const points = (await call("GET", `/api/outreach/campaigns/${small.id}/addresses?pageSize=200`)).total;
const r = random(9);
const doors = Array.from({ length: 2000 }, (_, i) => ({
  id: String(i),
  street: `Straat ${Math.floor(i / 60)}`,
  houseNumber: (i % 60) + 1,
  lat: 52.13 + Math.floor(i / 2400) * 0.0014 + ((i % 60) % 2) * 0.00013 + r.next() * 0.00001,
  lon: 5.17 + (Math.floor(i / 60) % 40) * 0.0018 + Math.floor((i % 60) / 2) * 0.00009,
}));
started = performance.now();
const cut = cutWalkLists(doors, 40);
const byId = new Map(doors.map((d) => [d.id, d]));
let metres = 0;
for (const list of cut) metres += walkOrder(list.map((id) => byId.get(id)!)).metres;
console.log(
  `| the same in memory (cutting + ordering ${cut.length} lists) | ${((performance.now() - started) / 1000).toFixed(2)} s |`,
);
const sizes = lists.map((l) => l.doors);
console.log(
  `\n${points} doors; list sizes ${Math.min(...sizes)}–${Math.max(...sizes)}; route per list ${Math.round(Math.min(...lists.map((l) => l.routeMetres)))}–${Math.round(Math.max(...lists.map((l) => l.routeMetres)))} m; in-memory total ${(metres / 1000).toFixed(1)} km`,
);
await app.close();
await database.close();
