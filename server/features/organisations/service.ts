import type {
  Organisation,
  OrganisationType,
  organisationInputSchema,
} from "../../../shared/organisations.ts";
import type { Page, PageQuery } from "../../../shared/paging.ts";
import type { z } from "../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { notFound, validationFailed } from "../../platform/errors.ts";
import * as queries from "./queries.ts";

type OrganisationValues = z.output<typeof organisationInputSchema>;
type Row = NonNullable<Awaited<ReturnType<typeof queries.findOrganisation>>>;

function present(row: Row, districtIds: string[]): Organisation {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    description: row.description,
    email: row.email,
    phone: row.phone,
    website: row.website,
    street: row.street,
    postcode: row.postcode,
    city: row.city,
    active: row.active,
    districtIds,
  };
}

export async function listOrganisations(
  db: DbOrTx,
  actor: Actor,
  query: PageQuery & { type?: OrganisationType; districtId?: string },
): Promise<Page<Organisation>> {
  const { rows, total } = await queries.listOrganisations(db, actor.tenantId, query, query);
  const districts = await queries.findDistrictIdsOf(
    db,
    rows.map((row) => row.id),
  );
  return {
    items: rows.map((row) => present(row, districts.get(row.id) ?? [])),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getOrganisation(db: DbOrTx, actor: Actor, id: string): Promise<Organisation> {
  const row = await queries.findOrganisation(db, actor.tenantId, id);
  if (!row) throw notFound();
  const districts = await queries.findDistrictIdsOf(db, [id]);
  return present(row, districts.get(id) ?? []);
}

async function checkDistricts(db: DbOrTx, actor: Actor, districtIds: string[]) {
  const unique = [...new Set(districtIds)];
  const known = await queries.findTenantDistrictIds(db, actor.tenantId, unique);
  const unknown = unique.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw validationFailed([
      { path: "districtIds", code: "unknown_district", message: "Een gekozen wijk bestaat niet." },
    ]);
  }
  return unique;
}

function columns(input: OrganisationValues) {
  const { districtIds: _, ...values } = input;
  return {
    ...values,
    email: values.email ?? null,
    phone: values.phone ?? null,
    website: values.website ?? null,
    street: values.street ?? null,
    postcode: values.postcode ?? null,
    city: values.city ?? null,
  };
}

export async function createOrganisation(db: Db, actor: Actor, input: OrganisationValues) {
  return db.transaction(async (tx) => {
    const districtIds = await checkDistricts(tx, actor, input.districtIds);
    const row = await queries.insertOrganisation(tx, { tenantId: actor.tenantId, ...columns(input) });
    await queries.replaceDistricts(tx, row.id, districtIds);
    return present(row, districtIds);
  });
}

export async function updateOrganisation(db: Db, actor: Actor, id: string, input: OrganisationValues) {
  return db.transaction(async (tx) => {
    const districtIds = await checkDistricts(tx, actor, input.districtIds);
    const row = await queries.updateOrganisation(tx, actor.tenantId, id, columns(input));
    if (!row) throw notFound();
    await queries.replaceDistricts(tx, row.id, districtIds);
    return present(row, districtIds);
  });
}

/** Active organisations of a tenant as id + name (for public pages and pickers of other features). */
export async function listOrganisationOptions(db: DbOrTx, tenantId: string) {
  const { rows } = await queries.listOrganisations(db, tenantId, {}, { page: 1, pageSize: 1000 });
  return rows.filter((row) => row.active).map((row) => ({ id: row.id, name: row.name }));
}

/** Whether the organisation belongs to the tenant. */
export async function organisationExists(db: DbOrTx, tenantId: string, id: string) {
  return Boolean(await queries.findOrganisation(db, tenantId, id));
}
