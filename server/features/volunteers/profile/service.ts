import { slotsToMask, type volunteerProfileInputSchema } from "../../../../shared/volunteers.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { notFound, validationFailed } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { tenantWide } from "../../../platform/scope.ts";
import { listDistricts, neighbourhoodOfPostcode } from "../../tenancy/service.ts";
import * as core from "../queries.ts";
import { nameKeys, ownVolunteerId, present, scopeOf } from "../record/service.ts";
import { getSettings, unknownCodes } from "../settings/service.ts";

export async function updateOwnProfile(
  db: Db,
  actor: Actor,
  input: z.output<typeof volunteerProfileInputSchema>,
) {
  const id = await ownVolunteerId(db, actor);
  return updateProfileIn(db, actor, id, input, tenantWide(actor), "volunteers.self");
}

export async function updateProfile(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof volunteerProfileInputSchema>,
) {
  return updateProfileIn(db, actor, id, input, scopeOf(actor), "volunteers.manage");
}

async function updateProfileIn(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof volunteerProfileInputSchema>,
  scope: core.Scope,
  activity: "volunteers.self" | "volunteers.manage",
) {
  return db.transaction(async (tx) => {
    const row = await core.findVolunteer(tx, scope, id);
    if (!row) throw notFound();
    const settings = await getSettings(tx, actor.tenantId);
    const districts = await listDistricts(tx, actor);
    const districtIds = new Set(districts.map((d) => d.id));
    const errors = [
      ...unknownCodes("skills", input.skills, settings.skills, "Kies vaardigheden uit de lijst."),
      ...unknownCodes("interests", input.interests, settings.interests, "Kies interesses uit de lijst."),
      ...unknownCodes("languages", input.languages, settings.languages, "Kies talen uit de lijst."),
      ...(input.preferredDistrictIds.some((d) => !districtIds.has(d))
        ? [
            {
              path: "preferredDistrictIds",
              code: "unknown_district",
              message: "Een gekozen wijk bestaat niet.",
            },
          ]
        : []),
    ];
    if (errors.length > 0) throw validationFailed(errors);
    const neighbourhood = await neighbourhoodOfPostcode(tx, actor.tenantId, input.postcode);
    await core.updatePerson(tx, row.person.id, {
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email ?? (row.person.userId ? row.person.email : null),
      phone: input.phone ?? null,
    });
    await core.updateVolunteer(tx, id, {
      street: input.street ?? null,
      houseNumber: input.houseNumber ?? null,
      postcode: input.postcode ?? null,
      city: input.city ?? null,
      neighbourhoodId: neighbourhood?.id ?? null,
      districtId: neighbourhood?.districtId ?? null,
      lat: neighbourhood?.lat ?? null,
      lon: neighbourhood?.lon ?? null,
      ...nameKeys(
        input.givenName,
        input.familyName,
        input.email ?? (row.person.userId ? row.person.email : null),
      ),
      birthDate: input.birthDate ?? null,
      languages: input.languages,
      skills: input.skills,
      interests: input.interests,
      availability: slotsToMask(input.availability),
      hoursPerWeek: input.hoursPerWeek ?? null,
      preferredDistrictIds: [...new Set(input.preferredDistrictIds)],
      maxTravelKm: input.maxTravelKm ?? null,
      commitment: input.commitment ?? null,
      goals: input.goals,
      emergencyName: input.emergencyName ?? null,
      emergencyPhone: input.emergencyPhone ?? null,
      motivation: input.motivation,
    });
    await logProcessing(tx, actor, {
      activity,
      action: "update",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
    const updated = await core.findVolunteer(tx, scope, id);
    return present(tx, updated!);
  });
}
