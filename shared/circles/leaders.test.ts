import { describe, expect, it } from "vitest";
import { firstUnqualifiedDate, planSessions } from "./leaders.ts";

const requirements = { requiredTrainings: ["budgetkring"], vogProfiles: ["11"] };
const vog = { issuedOn: "2026-01-10", renewalDue: "2027-03-01", profileCodes: ["11", "12"] };
const training = { training: "budgetkring", completedOn: "2026-09-01", expiresOn: null };

describe("leader qualification on session dates", () => {
  it("accepts a leader whose training and VOG hold on every date", () => {
    expect(
      firstUnqualifiedDate({ trainings: [training], vogs: [vog] }, requirements, [
        "2027-02-01",
        "2026-10-01",
      ]),
    ).toBeNull();
  });
  it("names the first date on which the VOG is due for renewal, not today", () => {
    expect(
      firstUnqualifiedDate({ trainings: [training], vogs: [vog] }, requirements, [
        "2027-03-08",
        "2027-02-22",
      ]),
    ).toEqual({ date: "2027-03-08", missing: "vog" });
  });
  it("refuses a training completed after the session, or expired before it", () => {
    const late = { ...training, completedOn: "2026-10-05" };
    expect(firstUnqualifiedDate({ trainings: [late], vogs: [vog] }, requirements, ["2026-10-01"])).toEqual({
      date: "2026-10-01",
      missing: "training",
      training: "budgetkring",
    });
    const expired = { ...training, expiresOn: "2026-12-31" };
    expect(
      firstUnqualifiedDate({ trainings: [expired], vogs: [vog] }, requirements, ["2027-01-04"])?.missing,
    ).toBe("training");
  });
  it("needs every required screening profile on one VOG", () => {
    const other = { ...vog, profileCodes: ["12"] };
    expect(
      firstUnqualifiedDate({ trainings: [training], vogs: [other] }, requirements, ["2026-10-01"])?.missing,
    ).toBe("vog");
  });
});

describe("planned sessions", () => {
  it("are weekly, skip public holidays and take the curriculum's themes in order", () => {
    const sessions = planSessions("2027-04-19", 3, [
      { theme: "A", guide: "a" },
      { theme: "B", guide: "b" },
    ]);
    // 26 April 2027 is a Monday; Koningsdag (27 April) falls on Tuesday, so no skip; 3 May is fine.
    expect(sessions.map((s) => s.date)).toEqual(["2027-04-19", "2027-04-26", "2027-05-03"]);
    expect(sessions.map((s) => s.theme)).toEqual(["A", "B", "Bijeenkomst 3"]);
    // Tweede paasdag 2027 is Monday 29 March: skipped.
    expect(planSessions("2027-03-22", 2, []).map((s) => s.date)).toEqual(["2027-03-22", "2027-04-05"]);
  });
});
