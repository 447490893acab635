import { describe, expect, it } from "vitest";
import { mayOpenCampaign, seesHouseholdDetails } from "./policy.ts";

const campaign = { professionalUserIds: ["on-call"] };

describe("outreach policy", () => {
  it("lets a professional open only the campaigns they are on call for; other roles by permission", () => {
    expect(mayOpenCampaign({ role: "professional", userId: "on-call" }, campaign)).toBe(true);
    expect(mayOpenCampaign({ role: "professional", userId: "someone-else" }, campaign)).toBe(false);
    expect(mayOpenCampaign({ role: "coordinator", userId: "x" }, campaign)).toBe(true);
    expect(mayOpenCampaign({ role: "policyOfficer", userId: "x" }, campaign)).toBe(true);
  });

  it("shows household details to the coordinator and the professional on call, not to the beheerder", () => {
    expect(seesHouseholdDetails({ role: "coordinator", userId: "x" }, campaign)).toBe(true);
    expect(seesHouseholdDetails({ role: "professional", userId: "on-call" }, campaign)).toBe(true);
    expect(seesHouseholdDetails({ role: "professional", userId: "someone-else" }, campaign)).toBe(false);
    expect(seesHouseholdDetails({ role: "admin", userId: "x" }, campaign)).toBe(false);
    expect(seesHouseholdDetails({ role: "policyOfficer", userId: "x" }, campaign)).toBe(false);
  });
});
