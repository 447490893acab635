import { count, sql } from "drizzle-orm";
import type { OrganisationType } from "../../shared/organisations.ts";
import type { Role } from "../../shared/roles.ts";
import { hashPassword } from "../platform/auth.ts";
import type { Db } from "./client.ts";
import {
  authAccount,
  authUser,
  district,
  membership,
  neighbourhood,
  organisation,
  organisationDistrict,
  person,
  tenant,
} from "./schema.ts";
import { seedDemoFeatures } from "./seed-features.ts";
import { familyNames, givenNames } from "./seed-names.ts";

export const DEMO_PASSWORD = "Inzet-demo-2026";
export const DEMO_TENANT_CODE = "GM9999";

const districts = [
  { code: "WK999901", name: "Centrum", buurten: ["Binnenstad", "Stationskwartier", "Havenkwartier"] },
  { code: "WK999902", name: "Noord", buurten: ["De Akkers", "Molenwijk", "Vogelbuurt"] },
  { code: "WK999903", name: "Oost", buurten: ["Rivierenbuurt", "Oosterpark", "Bloemenbuurt"] },
  { code: "WK999904", name: "Zuid", buurten: ["Hoogveld", "Schildersbuurt", "Zuiderhof"] },
  { code: "WK999905", name: "West", buurten: ["Oud-West", "Kanaalzone", "Westerkwartier"] },
];

const organisations: {
  key: string;
  name: string;
  type: OrganisationType;
  city?: string;
  districts: string[];
  description: string;
}[] = [
  {
    key: "wi",
    name: "Gemeente Voorbeeld – Werk en Inkomen",
    type: "municipalDepartment",
    districts: [],
    description: "Klantmanagers voor inwoners met een bijstandsuitkering.",
  },
  {
    key: "sd",
    name: "Gemeente Voorbeeld – Sociaal Domein",
    type: "municipalDepartment",
    districts: [],
    description: "Beleid en preventie in het sociaal domein.",
  },
  {
    key: "welzijn",
    name: "Welzijn Voorbeeld",
    type: "welfare",
    districts: ["WK999901", "WK999902", "WK999903"],
    description: "Wijkcoaches, buurtkamers en ondersteuning van vrijwilligers.",
  },
  {
    key: "vc",
    name: "Vrijwilligerscentrale Voorbeeld",
    type: "volunteerCentre",
    districts: [],
    description: "Brengt vrijwilligers en organisaties bij elkaar.",
  },
  {
    key: "humanitas",
    name: "Humanitas Thuisadministratie Voorbeeld",
    type: "volunteerOrganisation",
    districts: ["WK999902", "WK999904"],
    description: "Vrijwilligers helpen thuis met de administratie.",
  },
  {
    key: "shm",
    name: "SchuldHulpMaatje Voorbeeld",
    type: "volunteerOrganisation",
    districts: [],
    description: "Getrainde maatjes voor mensen met geldzorgen.",
  },
  {
    key: "diaconie",
    name: "Protestantse Diaconie Voorbeeld",
    type: "church",
    districts: ["WK999901"],
    description: "Noodhulp en bezoekwerk vanuit de kerk.",
  },
  {
    key: "voedselbank",
    name: "Voedselbank Voorbeeld",
    type: "privateInitiative",
    districts: [],
    description: "Voedselpakketten en doorverwijzing.",
  },
  {
    key: "stadsbank",
    name: "Stadsbank Voorbeeld",
    type: "officialBody",
    districts: [],
    description: "Schuldhulpverlening en budgetbeheer.",
  },
  {
    key: "clientenraad",
    name: "Cliëntenraad Werk en Inkomen",
    type: "clientCouncil",
    districts: [],
    description: "Adviseert de gemeente namens inwoners met een uitkering.",
  },
  {
    key: "buurtkamer",
    name: "Buurtkamer De Akkers",
    type: "privateInitiative",
    districts: ["WK999902"],
    description: "Inloop, koffie en activiteiten in de wijk.",
  },
];

export const demoAccounts: {
  email: string;
  givenName: string;
  familyName: string;
  role: Role;
  organisation: string | null;
}[] = [
  {
    email: "beheerder@demo.inzet.nl",
    givenName: "Anouk",
    familyName: "de Vries",
    role: "admin",
    organisation: "sd",
  },
  {
    email: "beleid@demo.inzet.nl",
    givenName: "Mohamed",
    familyName: "El Amrani",
    role: "policyOfficer",
    organisation: "sd",
  },
  {
    email: "coordinator@demo.inzet.nl",
    givenName: "Sanne",
    familyName: "Jansen",
    role: "coordinator",
    organisation: "vc",
  },
  {
    email: "professional@demo.inzet.nl",
    givenName: "Peter",
    familyName: "Bakker",
    role: "professional",
    organisation: "welzijn",
  },
  {
    // The coordinator's team leader at the volunteer centre: signs off the course action plan.
    email: "teamleider@demo.inzet.nl",
    givenName: "Ilse",
    familyName: "Kramer",
    role: "coordinator",
    organisation: "vc",
  },
  {
    email: "klantmanager@demo.inzet.nl",
    givenName: "Fatma",
    familyName: "Yilmaz",
    role: "caseworker",
    organisation: "wi",
  },
  {
    email: "vrijwilliger@demo.inzet.nl",
    givenName: "Kees",
    familyName: "van Dijk",
    role: "volunteer",
    organisation: "humanitas",
  },
  {
    email: "deelnemer@demo.inzet.nl",
    givenName: "Joyce",
    familyName: "Mulder",
    role: "participant",
    organisation: null,
  },
  {
    email: "clientenraad@demo.inzet.nl",
    givenName: "Henk",
    familyName: "Visser",
    role: "clientCouncil",
    organisation: "clientenraad",
  },
  {
    email: "partner@demo.inzet.nl",
    givenName: "Lotte",
    familyName: "de Boer",
    role: "partner",
    organisation: "stadsbank",
  },
];

export const isEmpty = async (db: Db) =>
  ((await db.select({ value: count() }).from(tenant))[0]?.value ?? 0) === 0;

/** Seeds "Gemeente Voorbeeld": districts, organisations and one account per role. */
export async function seedDemo(
  db: Db,
  {
    code = DEMO_TENANT_CODE,
    name = "Gemeente Voorbeeld",
    slug = "voorbeeld",
    emailDomain = "demo.inzet.nl",
  } = {},
) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const [t] = await tx.insert(tenant).values({ code, slug, name }).returning();
    const tenantId = t!.id;
    const districtIds = new Map<string, string>();
    for (const [index, d] of districts.entries()) {
      const wk = `WK${code.slice(2)}${d.code.slice(6)}`;
      const [row] = await tx.insert(district).values({ tenantId, code: wk, name: d.name }).returning();
      districtIds.set(d.code, row!.id);
      await tx.insert(neighbourhood).values(
        d.buurten.map((buurt, i) => ({
          tenantId,
          districtId: row!.id,
          code: `BU${code.slice(2)}${String(index + 1).padStart(2, "0")}${String(i).padStart(2, "0")}`,
          name: buurt,
        })),
      );
    }
    const organisationIds = new Map<string, string>();
    for (const o of organisations) {
      const [row] = await tx
        .insert(organisation)
        .values({
          tenantId,
          name: o.name.replace("Voorbeeld", name.replace(/^Gemeente /, "")),
          type: o.type,
          description: o.description,
          email: `info@${o.key}.${emailDomain}`,
          city: name.replace(/^Gemeente /, ""),
        })
        .returning();
      organisationIds.set(o.key, row!.id);
      if (o.districts.length > 0) {
        await tx
          .insert(organisationDistrict)
          .values(o.districts.map((wk) => ({ organisationId: row!.id, districtId: districtIds.get(wk)! })));
      }
    }
    for (const account of demoAccounts) {
      const email = account.email.replace("demo.inzet.nl", emailDomain);
      const userId = crypto.randomUUID();
      await tx.insert(authUser).values({
        id: userId,
        name: `${account.givenName} ${account.familyName}`,
        email,
        emailVerified: true,
      });
      await tx.insert(authAccount).values({
        id: crypto.randomUUID(),
        accountId: userId,
        providerId: "credential",
        userId,
        password: passwordHash,
      });
      await tx
        .insert(person)
        .values({ tenantId, userId, givenName: account.givenName, familyName: account.familyName, email });
      await tx.insert(membership).values({
        tenantId,
        userId,
        role: account.role,
        organisationId: account.organisation ? organisationIds.get(account.organisation)! : null,
      });
    }
    await seedDemoFeatures(tx, { tenantId, organisationIds, districtIds, emailDomain });
    return { tenantId, organisationIds, districtIds };
  });
}

/** Adds `scale` users (with person and membership) and scale/50 organisations to the first tenant, in batches. */
export async function seedScale(db: Db, scale: number, log: (line: string) => void = () => {}) {
  const [t] = await db.select().from(tenant).limit(1);
  if (!t) throw new Error("Seed the demo tenant first");
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const roles: Role[] = ["volunteer", "volunteer", "volunteer", "participant", "coordinator", "professional"];
  const orgCount = Math.max(1, Math.floor(scale / 50));
  const orgIds: string[] = [];
  for (let start = 0; start < orgCount; start += 1000) {
    const rows = await db
      .insert(organisation)
      .values(
        Array.from({ length: Math.min(1000, orgCount - start) }, (_, i) => ({
          tenantId: t.id,
          name: `Organisatie ${start + i + 1}`,
          type: (["welfare", "volunteerOrganisation", "church", "privateInitiative"] as const)[
            (start + i) % 4
          ]!,
          city: t.name.replace(/^Gemeente /, ""),
        })),
      )
      .returning({ id: organisation.id });
    orgIds.push(...rows.map((row) => row.id));
  }
  const batch = 1000;
  const stamp = Date.now().toString(36);
  for (let start = 0; start < scale; start += batch) {
    const size = Math.min(batch, scale - start);
    await db.transaction(async (tx) => {
      const users = Array.from({ length: size }, (_, i) => {
        const n = start + i;
        const givenName = givenNames[n % givenNames.length]!;
        const familyName = familyNames[Math.floor(n / givenNames.length) % familyNames.length]!;
        return {
          id: crypto.randomUUID(),
          givenName,
          familyName,
          email: `gebruiker${n}.${stamp}@schaal.inzet.nl`,
          n,
        };
      });
      await tx.insert(authUser).values(
        users.map((u) => ({
          id: u.id,
          name: `${u.givenName} ${u.familyName}`,
          email: u.email,
          emailVerified: true,
        })),
      );
      await tx.insert(authAccount).values(
        users.map((u) => ({
          id: crypto.randomUUID(),
          accountId: u.id,
          providerId: "credential",
          userId: u.id,
          password: passwordHash,
        })),
      );
      await tx.insert(person).values(
        users.map((u) => ({
          tenantId: t.id,
          userId: u.id,
          givenName: u.givenName,
          familyName: u.familyName,
          email: u.email,
        })),
      );
      await tx.insert(membership).values(
        users.map((u) => ({
          tenantId: t.id,
          userId: u.id,
          role: roles[u.n % roles.length]!,
          organisationId: orgIds[u.n % orgIds.length]!,
        })),
      );
    });
    if ((start / batch) % 10 === 0) log(`  ${start + size} / ${scale} gebruikers`);
  }
  // Fresh statistics after a bulk load, or the planner guesses one row per table.
  await db.execute(sql`analyze`);
  return { users: scale, organisations: orgCount };
}
