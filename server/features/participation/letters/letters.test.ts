import { describe, expect, it } from "vitest";
import { allowanceNote, ruleInForce } from "../../../../shared/participation/rules.ts";
import { type LetterFacts, letterText } from "./service.ts";

const facts = (regime: LetterFacts["regime"], birthDate = "2001-03-04"): LetterFacts => ({
  tenantId: "t",
  agreementId: "a",
  clientNumber: "K-1",
  name: "Sanne Bakker",
  email: null,
  birthDate,
  description: "Koffie schenken",
  placeName: "Buurthuis",
  hoursPerWeek: 8.5,
  startDate: "2027-01-04",
  regime,
  motivation: "Hier werkte vorig jaar een betaalde kracht.",
  note: "",
  language: "nl",
});

describe("decision letters in the words of the regime", () => {
  it("names the tegenprestatie and its article until 2026, maatschappelijke participatie after", () => {
    const before = letterText("permission", facts("tegenprestatie"), "2026-12-01");
    expect(before).toContain("telt als tegenprestatie");
    expect(before).toContain("artikel 9, eerste lid, onderdeel c");
    const after = letterText("permission", facts("participatie"), "2027-01-05");
    expect(after).toContain("telt als maatschappelijke participatie");
    expect(after).not.toContain("tegenprestatie");
    expect(after).toContain("8,5 uur per week");
  });

  it("gives a refusal its motivation and the objection clause; an acknowledgement has none", () => {
    const refusal = letterText("refusal", facts("participatie"), "2027-01-05");
    expect(refusal).toContain("Waarom niet: Hier werkte vorig jaar een betaalde kracht.");
    expect(refusal).toContain("binnen 6 weken");
    expect(letterText("acknowledgement", facts("participatie"), "2027-01-05")).not.toContain("bezwaar");
  });

  it("tells a client under 27 that an allowance counts as income, and one of 27 that it does not", () => {
    expect(letterText("permission", facts("participatie"), "2027-01-05")).toContain("jonger dan 27 jaar");
    expect(letterText("permission", facts("participatie", "2000-01-05"), "2027-01-05")).toContain(
      "27 jaar of ouder",
    );
    // The day before the 27th birthday still counts as under 27.
    expect(allowanceNote("2000-01-06", "2027-01-05").counted).toBe(true);
    expect(allowanceNote("2000-01-05", "2027-01-05")).toMatchObject({ age: 27, counted: false });
  });
});

describe("the rule in force", () => {
  it("switches on the valid-from date", () => {
    const rules = [
      { validFrom: "2027-01-01", regime: "participatie" },
      { validFrom: "2025-01-01", regime: "tegenprestatie" },
    ];
    expect(ruleInForce(rules, "2024-12-31")).toBeNull();
    expect(ruleInForce(rules, "2026-12-31")?.regime).toBe("tegenprestatie");
    expect(ruleInForce(rules, "2027-01-01")?.regime).toBe("participatie");
  });
});
