import { eq } from "drizzle-orm";
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

export async function eraseVolunteer(db: DbOrTx, id: string, personId: string) {
  await db.delete(motiveResponse).where(eq(motiveResponse.volunteerId, id));
  await db.delete(volunteerPhoto).where(eq(volunteerPhoto.volunteerId, id));
  await db.delete(vogRecord).where(eq(vogRecord.volunteerId, id));
  await db.delete(trainingRecord).where(eq(trainingRecord.volunteerId, id));
  await db.delete(checkIn).where(eq(checkIn.volunteerId, id));
  await db.update(volunteerStatusChange).set({ note: "" }).where(eq(volunteerStatusChange.volunteerId, id));
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
    .where(eq(volunteer.id, id));
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
    .where(eq(person.id, personId))
    .returning({ id: person.id });
  return row;
}
