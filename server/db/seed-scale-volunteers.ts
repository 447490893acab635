import { eq, sql } from "drizzle-orm";
import { amsterdamDay } from "../../shared/dates.ts";
import { type MotiveScores, motiveFunctions } from "../../shared/motives.ts";
import { defaultVolunteerSettings, personalGoals } from "../../shared/volunteers.ts";
import { nameKeys } from "../features/volunteers/service.ts";
import type { DbOrTx } from "./client.ts";
import { neighbourhood, person, volunteer } from "./schema.ts";
import {
  demoFamilyNames as family,
  demoGivenNames as given,
  random,
  demoStatuses as statuses,
} from "./seed-volunteers.ts";

const day = (offsetDays: number) => amsterdamDay(new Date(Date.now() + offsetDays * 86_400_000));
const settings = defaultVolunteerSettings;

/**
 * Adds `count` volunteers (with person records, no accounts) to a tenant in bulk, for benchmarks.
 * Spread over the tenant's organisations and neighbourhoods with varied skills, goals, motive scores
 * (for three in four) and availability (2–8 of the 21 day parts).
 */
export async function seedScaleVolunteers(
  db: DbOrTx,
  tenantId: string,
  organisationIds: string[],
  total: number,
  log: (line: string) => void = () => {},
) {
  const r = random(7);
  const buurten = await db
    .select({ id: neighbourhood.id, districtId: neighbourhood.districtId })
    .from(neighbourhood)
    .where(eq(neighbourhood.tenantId, tenantId));
  const types = settings.motiveTypes.map((t) => t.code);
  const batch = 2000;
  for (let start = 0; start < total; start += batch) {
    const size = Math.min(batch, total - start);
    const people = await db
      .insert(person)
      .values(
        Array.from({ length: size }, (_, i) => ({
          tenantId,
          givenName: given[(start + i) % given.length]!,
          familyName: `${family[r.int(0, family.length - 1)]} ${start + i}`,
          email: `v${start + i}@bench.inzet.nl`,
        })),
      )
      .returning({
        id: person.id,
        givenName: person.givenName,
        familyName: person.familyName,
        email: person.email,
      });
    await db.insert(volunteer).values(
      people.map((p) => {
        const status = r.pick(statuses);
        const buurt = buurten.length ? r.pick(buurten) : null;
        return {
          tenantId,
          personId: p.id,
          organisationId: r.pick(organisationIds),
          status,
          signedUpAt: new Date(Date.now() - r.int(1, 900) * 86_400_000),
          activeSince:
            status === "active" || status === "paused" || status === "stopped" ? day(-r.int(1, 800)) : null,
          channel: r.pick(settings.channels).code,
          neighbourhoodId: buurt?.id ?? null,
          districtId: buurt?.districtId ?? null,
          ...nameKeys(p.givenName, p.familyName, p.email),
          skills: r.some(
            settings.skills.map((s) => s.code),
            3,
          ),
          // 2–8 day parts, as people fill in a week grid (not half of all 21 at random).
          availability: Array.from({ length: r.int(2, 8) }, () => 1 << r.int(0, 20)).reduce(
            (a, b) => a | b,
            0,
          ),
          goals: r.some(personalGoals, 2),
          // Three in four have filled in the motives questionnaire.
          motiveScores:
            r.next() < 0.75
              ? (Object.fromEntries(motiveFunctions.map((fn) => [fn, r.int(1, 7)])) as MotiveScores)
              : null,
          motiveType: r.pick(types),
        };
      }),
    );
    if ((start / batch) % 10 === 0) log(`  ${start + size} vrijwilligers`);
  }
  await db.execute(sql`analyze`);
}
