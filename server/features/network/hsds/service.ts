import { eq } from "drizzle-orm";
import { HSDS_HOW_TO_REFER_TERM, type HsdsOrganization, type HsdsService } from "../../../../shared/hsds.ts";
import { type HowToRefer, howToRefer } from "../../../../shared/network.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { validationFailed } from "../../../platform/errors.ts";
import { organisation } from "../../organisations/schema.ts";
import { district } from "../../tenancy/schema.ts";
import * as queries from "../queries.ts";

type OfferingRow = Awaited<ReturnType<typeof queries.allOfferings>>[number]["offering"];

function toService(o: OfferingRow, districtNames: Map<string, string>): HsdsService {
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
      taxonomy_term_id: HSDS_HOW_TO_REFER_TERM,
      value: way,
    })),
  };
}

/** The directory as HSDS 3.0 organizations with their services (internal referral notes left out). */
export async function exportHsds(db: DbOrTx, actor: Actor): Promise<HsdsOrganization[]> {
  const [rows, organisations, districts] = await Promise.all([
    queries.allOfferings(db, actor.tenantId),
    db.select().from(organisation).where(eq(organisation.tenantId, actor.tenantId)),
    db
      .select({ id: district.id, name: district.name })
      .from(district)
      .where(eq(district.tenantId, actor.tenantId)),
  ]);
  const districtNames = new Map(districts.map((d) => [d.id, d.name]));
  const services = new Map<string, HsdsService[]>();
  for (const { offering } of rows)
    services.set(offering.organisationId, [
      ...(services.get(offering.organisationId) ?? []),
      toService(offering, districtNames),
    ]);
  return organisations
    .filter((o) => services.has(o.id))
    .map((o) => ({
      id: o.id,
      name: o.name,
      description: o.description,
      ...(o.email ? { email: o.email } : {}),
      ...(o.website ? { website: o.website } : {}),
      phones: o.phone ? [{ id: `${o.id}-phone-1`, number: o.phone }] : [],
      services: services.get(o.id) ?? [],
    }));
}

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

/**
 * Reads HSDS 3.0 organizations with services: an organisation is matched by id or else by name (it must
 * exist in Inzet); a service by id (updated) or added. All or nothing, in one transaction.
 */
export async function importHsds(db: Db, actor: Actor, input: HsdsOrganization[]) {
  return db.transaction(async (tx) => {
    const known = await tx.select().from(organisation).where(eq(organisation.tenantId, actor.tenantId));
    const byId = new Map(known.map((o) => [o.id, o.id]));
    const byName = new Map(known.map((o) => [o.name.toLowerCase(), o.id]));
    const districts = await tx
      .select({ id: district.id, name: district.name })
      .from(district)
      .where(eq(district.tenantId, actor.tenantId));
    const districtByName = new Map(districts.map((d) => [d.name.toLowerCase(), d.id]));
    const districtIds = new Set(districts.map((d) => d.id));
    let created = 0;
    let updated = 0;
    for (const [index, org] of input.entries()) {
      const organisationId = byId.get(org.id) ?? byName.get(org.name.toLowerCase());
      if (!organisationId)
        throw validationFailed([
          {
            path: `${index}.name`,
            code: "unknown_organisation",
            message: `Organisatie "${org.name}" staat niet in Inzet. Voeg haar eerst toe.`,
          },
        ]);
      for (const service of org.services ?? []) {
        const values = {
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
            .map(
              (a) =>
                districtByName.get((a.name ?? "").toLowerCase()) ?? (isUuid(a.name ?? "") ? a.name! : ""),
            )
            .filter((id) => districtIds.has(id)),
          howToRefer: (service.attributes ?? [])
            .filter((a) => a.taxonomy_term_id === HSDS_HOW_TO_REFER_TERM)
            .map((a) => a.value as HowToRefer)
            .filter((v) => howToRefer.includes(v)),
          lastCheckedAt: new Date(),
        };
        const existing = isUuid(service.id)
          ? await queries.findOffering(tx, actor.tenantId, service.id)
          : null;
        if (existing) {
          await queries.updateOffering(tx, actor.tenantId, service.id, values);
          updated++;
        } else {
          await queries.insertOffering(tx, { tenantId: actor.tenantId, ...values });
          created++;
        }
      }
    }
    return { created, updated };
  });
}
