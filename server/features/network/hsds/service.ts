import { eq } from "drizzle-orm";
import { HSDS_HOW_TO_REFER, type HsdsService } from "../../../../shared/hsds.ts";
import { type HowToRefer, howToRefer } from "../../../../shared/network.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { validationFailed } from "../../../platform/errors.ts";
import { organisation } from "../../organisations/schema.ts";
import { district } from "../../tenancy/schema.ts";
import * as queries from "../queries.ts";

type OfferingRow = Awaited<ReturnType<typeof queries.allOfferings>>[number]["offering"];
type OrganisationRow = typeof organisation.$inferSelect;

function toService(o: OfferingRow, org: OrganisationRow, districtNames: Map<string, string>): HsdsService {
  const part = (kind: string, n: number | string) => `${o.id}-${kind}-${n}`;
  return {
    id: o.id,
    organization_id: o.organisationId,
    name: o.name,
    description: o.description,
    status: o.status === "active" ? "active" : "inactive",
    ...(o.email ? { email: o.email } : {}),
    ...(o.website ? { url: o.website } : {}),
    eligibility_description: o.forWhom,
    application_process: o.conditions,
    assured_date: o.lastCheckedAt.toISOString().slice(0, 10),
    phones: o.phone ? [{ id: part("phone", 1), number: o.phone }] : [],
    languages: o.languages.map((code) => ({ id: part("language", code), code })),
    service_areas: o.districtIds.map((id) => ({ id: part("area", id), name: districtNames.get(id) ?? id })),
    schedules: o.openingHours ? [{ id: part("schedule", 1), description: o.openingHours }] : [],
    attributes: o.howToRefer.map((way) => ({
      id: part("refer", way),
      link_type: HSDS_HOW_TO_REFER,
      link_id: o.id,
      link_entity: "service",
      value: way,
    })),
    organization: {
      id: org.id,
      name: org.name,
      description: org.description,
      ...(org.email ? { email: org.email } : {}),
      ...(org.website ? { website: org.website } : {}),
      phones: org.phone ? [{ id: `${org.id}-phone-1`, number: org.phone }] : [],
    },
  };
}

/** The directory as HSDS 3.0 services with their organization (internal referral notes left out). */
export async function exportHsds(db: DbOrTx, actor: Actor): Promise<HsdsService[]> {
  const [rows, organisations, districts] = await Promise.all([
    queries.allOfferings(db, actor.tenantId),
    db.select().from(organisation).where(eq(organisation.tenantId, actor.tenantId)),
    db
      .select({ id: district.id, name: district.name })
      .from(district)
      .where(eq(district.tenantId, actor.tenantId)),
  ]);
  const districtNames = new Map(districts.map((d) => [d.id, d.name]));
  const byId = new Map(organisations.map((o) => [o.id, o]));
  return rows.map(({ offering }) => toService(offering, byId.get(offering.organisationId)!, districtNames));
}

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

function valuesOf(service: HsdsService, organisationId: string, districtByName: Map<string, string>) {
  return {
    organisationId,
    name: service.name,
    description: service.description ?? "",
    forWhom: service.eligibility_description ?? "",
    conditions: service.application_process ?? "",
    status: service.status === "active" ? ("active" as const) : ("inactive" as const),
    email: service.email ?? "",
    website: service.url ?? "",
    phone: service.phones?.[0]?.number ?? "",
    languages: (service.languages ?? []).map((l) => l.code ?? "").filter((c) => /^[a-z]{2}$/.test(c)),
    openingHours: (service.schedules ?? [])
      .map((s) => s.description ?? "")
      .filter(Boolean)
      .join("; "),
    districtIds: (service.service_areas ?? [])
      .map((a) => districtByName.get((a.name ?? "").toLowerCase()))
      .filter((id): id is string => id !== undefined),
    howToRefer: (service.attributes ?? [])
      .filter((a) => a.link_type === HSDS_HOW_TO_REFER)
      .map((a) => a.value as HowToRefer)
      .filter((v) => howToRefer.includes(v)),
    lastCheckedAt: new Date(),
  };
}

/**
 * Reads HSDS 3.0 services: the organization is matched by id or else by name (it must exist in Inzet);
 * a service with the id of one of ours is updated, others are added. All or nothing, in one transaction.
 */
export async function importHsds(db: Db, actor: Actor, input: HsdsService[]) {
  return db.transaction(async (tx) => {
    const known = await tx.select().from(organisation).where(eq(organisation.tenantId, actor.tenantId));
    const byId = new Set(known.map((o) => o.id));
    const byName = new Map(known.map((o) => [o.name.toLowerCase(), o.id]));
    const districts = await tx
      .select({ id: district.id, name: district.name })
      .from(district)
      .where(eq(district.tenantId, actor.tenantId));
    const districtByName = new Map(districts.map((d) => [d.name.toLowerCase(), d.id]));
    const organisationIds = input.map(({ organization: org }) =>
      byId.has(org.id) ? org.id : byName.get(org.name.toLowerCase()),
    );
    // Every record with an organisation Inzet does not know, at once (so a file is fixed in one go).
    const unknown = input.flatMap(({ organization: org }, index) =>
      organisationIds[index]
        ? []
        : [
            {
              path: `${index}.organization.name`,
              code: "unknown_organisation",
              message: `Organisatie "${org.name}" staat niet in Inzet. Voeg haar eerst toe.`,
            },
          ],
    );
    if (unknown.length > 0) throw validationFailed(unknown);
    let created = 0;
    let updated = 0;
    for (const [index, service] of input.entries()) {
      const values = valuesOf(service, organisationIds[index]!, districtByName);
      const existing = isUuid(service.id) ? await queries.findOffering(tx, actor.tenantId, service.id) : null;
      if (existing) {
        await queries.updateOffering(tx, actor.tenantId, service.id, values);
        updated++;
      } else {
        await queries.insertOffering(tx, { tenantId: actor.tenantId, ...values });
        created++;
      }
    }
    return { created, updated };
  });
}
