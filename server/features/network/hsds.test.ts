import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offering } from "../../db/schema.ts";
import {
  as,
  createDistrict,
  createOrganisation,
  createTenant,
  createUser,
  signIn,
  testApp,
} from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

/**
 * The structure of Open Referral HSDS 3.0 (openreferral/specification, schema/*.json): for each object
 * the properties the standard defines, the required ones, enumerations and formats. Written out here
 * from the standard, independently of the zod schemas the export is serialised with.
 */
type Spec = {
  properties: string[];
  required: string[];
  enums?: Record<string, string[]>;
  formats?: Record<string, "date" | "uri" | "email">;
  arrays?: Record<string, string>;
  objects?: Record<string, string>;
};
const meta = ["attributes", "metadata"];
const hsds: Record<string, Spec> = {
  service: {
    properties: [
      "id",
      "organization_id",
      "program_id",
      "name",
      "alternate_name",
      "description",
      "url",
      "email",
      "status",
      "interpretation_services",
      "application_process",
      "fees_description",
      "accreditations",
      "eligibility_description",
      "minimum_age",
      "maximum_age",
      "assured_date",
      "assurer_email",
      "alert",
      "schedules",
      "languages",
      "program",
      "fundings",
      "required_documents",
      "service_at_locations",
      "phones",
      "organization",
      "contacts",
      "cost_options",
      "service_areas",
      ...meta,
    ],
    required: ["id", "name", "status"],
    enums: { status: ["active", "inactive", "defunct", "temporarily closed"] },
    formats: { url: "uri", email: "email", assured_date: "date" },
    arrays: {
      schedules: "schedule",
      languages: "language",
      phones: "phone",
      service_areas: "service_area",
      attributes: "attribute",
    },
    objects: { organization: "organization" },
  },
  organization: {
    properties: [
      "id",
      "name",
      "alternate_name",
      "description",
      "email",
      "website",
      "year_incorporated",
      "legal_status",
      "logo",
      "uri",
      "parent_organization_id",
      "organization_identifiers",
      "programs",
      "contacts",
      "locations",
      "fundings",
      "phones",
      ...meta,
    ],
    required: ["id", "name", "description"],
    formats: { email: "email", website: "uri" },
    arrays: { phones: "phone" },
  },
  phone: {
    properties: [
      "id",
      "location_id",
      "service_id",
      "organization_id",
      "contact_id",
      "service_at_location_id",
      "number",
      "extension",
      "type",
      "description",
      "languages",
      ...meta,
    ],
    required: ["id", "number"],
  },
  language: {
    properties: ["id", "service_id", "location_id", "phone_id", "name", "code", "note", ...meta],
    required: ["id"],
  },
  service_area: {
    properties: ["id", "service_id", "name", "description", "extent", "extent_type", "uri", ...meta],
    required: ["id"],
  },
  schedule: {
    properties: [
      "id",
      "service_id",
      "location_id",
      "service_at_location_id",
      "valid_from",
      "valid_to",
      "dtstart",
      "timezone",
      "until",
      "count",
      "wkst",
      "freq",
      "interval",
      "byday",
      "byweekno",
      "bymonthday",
      "byyearday",
      "description",
      "opens_at",
      "closes_at",
      "schedule_link",
      "attending_type",
      "notes",
      ...meta,
    ],
    required: ["id"],
  },
  attribute: {
    properties: [
      "id",
      "link_id",
      "taxonomy_term_id",
      "link_type",
      "link_entity",
      "value",
      "taxonomy_term",
      "metadata",
    ],
    required: ["id", "link_type"],
  },
};

const formatOk = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  uri: /^https?:\/\/\S+$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
};

/** Every problem of a value against an HSDS object type, as "path: problem". */
function problems(type: string, value: unknown, path = type): string[] {
  const spec = hsds[type]!;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [`${path}: not an object`];
  const record = value as Record<string, unknown>;
  const found: string[] = [];
  for (const key of Object.keys(record))
    if (!spec.properties.includes(key)) found.push(`${path}.${key}: not in HSDS 3.0`);
  for (const key of spec.required)
    if (record[key] === undefined || record[key] === null || record[key] === "")
      found.push(`${path}.${key}: required`);
  for (const [key, allowed] of Object.entries(spec.enums ?? {}))
    if (record[key] !== undefined && !allowed.includes(String(record[key])))
      found.push(`${path}.${key}: not in enum`);
  for (const [key, format] of Object.entries(spec.formats ?? {}))
    if (record[key] !== undefined && !formatOk[format].test(String(record[key])))
      found.push(`${path}.${key}: not a ${format}`);
  for (const [key, item] of Object.entries(spec.arrays ?? {})) {
    if (record[key] === undefined) continue;
    if (!Array.isArray(record[key])) found.push(`${path}.${key}: not an array`);
    else
      for (const [i, v] of (record[key] as unknown[]).entries())
        found.push(...problems(item, v, `${path}.${key}[${i}]`));
  }
  for (const [key, item] of Object.entries(spec.objects ?? {}))
    if (record[key] !== undefined) found.push(...problems(item, record[key], `${path}.${key}`));
  for (const [key, v] of Object.entries(record))
    if (!spec.arrays?.[key] && !spec.objects?.[key] && typeof v !== "string" && typeof v !== "number")
      found.push(`${path}.${key}: not a string or number`);
  return found;
}

describe("Open Referral HSDS 3.0", () => {
  it("exports the directory in the structure of HSDS 3.0 and reads it back, in another werkgebied too", async () => {
    const tenant = await createTenant();
    const centrum = await createDistrict(tenant.id, `WK${Math.floor(Math.random() * 1e6)}`, "Centrum");
    const humanitas = await createOrganisation(tenant.id, {
      name: "Humanitas Thuisadministratie",
      description: "Vrijwilligers helpen thuis met de administratie.",
      website: "https://www.humanitas.nl",
      phone: "053 111 22 33",
    });
    await ctx.db.insert(offering).values({
      tenantId: tenant.id,
      organisationId: humanitas.id,
      name: "Thuisadministratie",
      description: "Hulp bij post, rekeningen en formulieren.",
      forWhom: "Inwoners die overzicht kwijt zijn",
      howToRefer: ["inzet", "phone"],
      districtIds: [centrum.id],
      languages: ["nl", "ar"],
      openingHours: "Op afspraak",
      phone: "053 111 22 33",
      email: "thuisadministratie@humanitas.nl",
      referralNotes: "Intern: bel eerst",
    });
    const admin = as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, "admin")).email));
    const response = await admin({ method: "GET", url: "/api/network/hsds" });
    expect(response.statusCode, response.body).toBe(200);
    const services = response.json();
    expect(services).toHaveLength(1);
    expect(services.flatMap((s: unknown, i: number) => problems("service", s, `[${i}]`))).toEqual([]);
    expect(services[0]).toMatchObject({
      name: "Thuisadministratie",
      status: "active",
      organization: { name: "Humanitas Thuisadministratie" },
      service_areas: [{ name: "Centrum" }],
    });
    expect(JSON.stringify(services)).not.toContain("Intern: bel eerst");
    // The check itself finds what the standard does not allow.
    expect(problems("service", { ...services[0], status: "open", colour: "red" }, "s")).toEqual([
      "s.colour: not in HSDS 3.0",
      "s.status: not in enum",
    ]);

    // Read back: the same ids update; in another werkgebied organisations are matched by name.
    services[0].name = "Thuisadministratie (vernieuwd)";
    const again = await admin({ method: "POST", url: "/api/network/hsds", payload: services });
    expect(again.json()).toEqual({ created: 0, updated: 1 });
    const other = await createTenant();
    await createOrganisation(other.id, { name: "Humanitas Thuisadministratie" });
    await createDistrict(other.id, `WK${Math.floor(Math.random() * 1e6)}`, "Centrum");
    const otherAdmin = as(ctx.app, await signIn(ctx.app, (await createUser(other.id, "admin")).email));
    expect(
      (await otherAdmin({ method: "POST", url: "/api/network/hsds", payload: services })).json(),
    ).toEqual({
      created: 1,
      updated: 0,
    });
    const copied = (await otherAdmin({ method: "GET", url: "/api/network/offerings" })).json();
    expect(copied.items[0]).toMatchObject({
      name: "Thuisadministratie (vernieuwd)",
      howToRefer: ["inzet", "phone"],
      languages: ["nl", "ar"],
      referralNotes: "",
    });
    expect(copied.items[0].districtIds).toHaveLength(1);
    // An organisation that is not in Inzet: refused, nothing written.
    const unknown = await otherAdmin({
      method: "POST",
      url: "/api/network/hsds",
      payload: [
        { ...services[0], id: "x-1", organization: { id: "o-1", name: "Onbekend", description: "" } },
        services[0],
        { ...services[0], id: "x-3", organization: { id: "o-3", name: "Ook onbekend", description: "" } },
      ],
    });
    expect(unknown.statusCode).toBe(400);
    // Each record with an unknown organisation is named, not only the first.
    expect(unknown.json().error.fields).toMatchObject([
      { path: "0.organization.name", code: "unknown_organisation" },
      { path: "2.organization.name", code: "unknown_organisation" },
    ]);
    const invalid = await otherAdmin({ method: "POST", url: "/api/network/hsds", payload: [{ id: "x" }] });
    expect(invalid.statusCode).toBe(400);
  });
});
