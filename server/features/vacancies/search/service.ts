import type { Page } from "../../../../shared/paging.ts";
import type { PublicVacancy, publicSearchQuerySchema } from "../../../../shared/vacancies.ts";
import type { signupInputSchema } from "../../../../shared/volunteers.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import { notFound, validationFailed } from "../../../platform/errors.ts";
import type { Mailer } from "../../../platform/mail.ts";
import { getPublicTenant, listDistrictsOfTenant, neighbourhoodOfPostcode } from "../../tenancy/service.ts";
import { getSettings, isoDay, submitSignup } from "../../volunteers/service.ts";
import { presentPublic } from "../manage/service.ts";
import * as queries from "./queries.ts";

export async function searchPublic(
  db: Db,
  query: z.output<typeof publicSearchQuerySchema>,
): Promise<Page<PublicVacancy>> {
  const tenant = await getPublicTenant(db, query.slug);
  const place = query.near ? await neighbourhoodOfPostcode(db, tenant.id, query.near) : null;
  if (query.near && (place?.lat == null || place.lon == null))
    throw validationFailed([
      {
        path: "near",
        code: "unknown_postcode",
        message: "Deze postcode kennen we niet in dit werkgebied. Kies een wijk of laat de postcode leeg.",
      },
    ]);
  const near =
    place?.lat != null && place.lon != null
      ? { lat: place.lat, lon: place.lon, km: query.km ?? 5, districtId: place.districtId }
      : undefined;
  return db.transaction(async (tx) => {
    const { rows, total } = await queries.searchPublished(
      tx,
      tenant.id,
      isoDay(new Date()),
      { ...query, near },
      query,
    );
    const totalCapped = total > queries.SEARCH_COUNT_CAP;
    return {
      items: rows.map(presentPublic),
      total: totalCapped ? queries.SEARCH_COUNT_CAP : total,
      totalCapped,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

/** The choices for the public search form: districts and themes of the tenant. */
export async function getPublicFilters(db: DbOrTx, slug: string | undefined) {
  const tenant = await getPublicTenant(db, slug);
  const [districts, settings] = await Promise.all([
    listDistrictsOfTenant(db, tenant.id),
    getSettings(db, tenant.id),
  ]);
  return {
    tenant: { slug: tenant.slug, name: tenant.name },
    districts: districts.map((d) => ({ id: d.id, name: d.name })),
    themes: settings.interests,
    channels: settings.channels,
  };
}

export async function getPublic(db: DbOrTx, slug: string | undefined, id: string) {
  const tenant = await getPublicTenant(db, slug);
  const row = await queries.findPublished(db, tenant.id, isoDay(new Date()), id);
  if (!row) throw notFound();
  return presentPublic(row);
}

/**
 * "Reageren" without an account: a volunteer sign-up that remembers the vacancy. When the person
 * confirms by email, the application is made (see applyFromSignup).
 */
export async function reactAnonymously(
  db: Db,
  mailer: Mailer,
  options: { slug?: string; traceId: string; publicUrl: string },
  vacancyId: string,
  input: z.output<typeof signupInputSchema>,
) {
  const vacancy = await getPublic(db, options.slug, vacancyId);
  await submitSignup(
    db,
    mailer,
    options,
    { ...input, organisationId: input.organisationId ?? vacancy.organisationId },
    { vacancyId },
  );
}
