import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { person } from "../../accounts/schema.ts";
import {
  checkIn,
  motiveResponse,
  trainingRecord,
  vogRecord,
  volunteer,
  volunteerPhoto,
  volunteerStatusChange,
} from "../schema.ts";

export async function eraseVolunteer(db: DbOrTx, tenantId: string, id: string, personId: string) {
  await db
    .delete(motiveResponse)
    .where(and(eq(motiveResponse.tenantId, tenantId), eq(motiveResponse.volunteerId, id)));
  await db
    .delete(volunteerPhoto)
    .where(and(eq(volunteerPhoto.tenantId, tenantId), eq(volunteerPhoto.volunteerId, id)));
  await db.delete(vogRecord).where(and(eq(vogRecord.tenantId, tenantId), eq(vogRecord.volunteerId, id)));
  await db
    .delete(trainingRecord)
    .where(and(eq(trainingRecord.tenantId, tenantId), eq(trainingRecord.volunteerId, id)));
  await db.delete(checkIn).where(and(eq(checkIn.tenantId, tenantId), eq(checkIn.volunteerId, id)));
  await db
    .update(volunteerStatusChange)
    .set({ note: "" })
    .where(and(eq(volunteerStatusChange.tenantId, tenantId), eq(volunteerStatusChange.volunteerId, id)));
  await db
    .update(volunteer)
    .set({
      erasedAt: new Date(),
      sortKey: "",
      searchKey: "",
      birthDate: null,
      street: null,
      houseNumber: null,
      postcode: null,
      city: null,
      neighbourhoodId: null,
      languages: [],
      skills: [],
      interests: [],
      availability: 0,
      hoursPerWeek: null,
      preferredDistrictIds: [],
      maxTravelKm: null,
      goals: [],
      emergencyName: null,
      emergencyPhone: null,
      motivation: "",
      motiveScores: null,
      updatedAt: new Date(),
    })
    .where(and(eq(volunteer.tenantId, tenantId), eq(volunteer.id, id)));
  const [row] = await db
    .update(person)
    .set({
      givenName: "Gewist",
      familyName: "",
      email: null,
      phone: null,
      userId: null,
      updatedAt: new Date(),
    })
    .where(and(eq(person.tenantId, tenantId), eq(person.id, personId)))
    .returning({ id: person.id });
  return row;
}
