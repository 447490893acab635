// The demo data of every feature, after the demo tenant, its districts, organisations and accounts
// exist. A new feature adds one line here (its own seed-<feature>.ts), not in seed.ts.

import { seedDemoConferences } from "../features/conferences/demo/service.ts";
import { seedDemoNetwork } from "../features/network/demo/service.ts";
import type { DbOrTx } from "./client.ts";
import { seedDemoAgreements } from "./seed-agreements.ts";
import { seedDemoCircles } from "./seed-circles.ts";
import { seedDemoLearning } from "./seed-learning.ts";
import { seedDemoOutreach } from "./seed-outreach.ts";
import { seedDemoParticipation } from "./seed-participation.ts";
import { seedDemoVacancies } from "./seed-vacancies.ts";
import { seedDemoVolunteers } from "./seed-volunteers.ts";

export type DemoIds = {
  tenantId: string;
  /** Organisations and districts of the demo tenant by their seed key. */
  organisationIds: Map<string, string>;
  districtIds: Map<string, string>;
  emailDomain: string;
};

export async function seedDemoFeatures(tx: DbOrTx, ids: DemoIds) {
  const { tenantId, organisationIds, districtIds, emailDomain } = ids;
  await seedDemoVolunteers(tx, { tenantId, organisationIds, emailDomain });
  await seedDemoVacancies(tx, { tenantId, organisationIds, districtIds, emailDomain });
  await seedDemoOutreach(tx, { tenantId, organisationIds });
  await seedDemoLearning(tx, { tenantId });
  await seedDemoCircles(tx, { tenantId, organisationIds });
  await seedDemoParticipation(tx, { tenantId, emailDomain });
  await seedDemoAgreements(tx, { tenantId, organisationIds, districtIds });
  await seedDemoNetwork(tx, { tenantId, organisationIds, districtIds });
  await seedDemoConferences(tx, { tenantId, organisationIds });
}
