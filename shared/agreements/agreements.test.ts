import { describe, expect, it } from "vitest";
import { personalDataHints } from "./dialogue.ts";
import { stageProblems } from "./mind-map.ts";
import { mindMapSvg } from "./mind-map-svg.ts";
import { lightOf, monthsBetween } from "./monitoring.ts";

describe("wijkaanpak rules", () => {
  it("spots personal data in a post", () => {
    expect(personalDataHints("Mail piet@voorbeeld.nl of bel 06-12345678")).toEqual(["email", "phone"]);
    expect(personalDataHints("Ze woont op 9901 AA 12")).toEqual(["address"]);
    expect(personalDataHints("Kerkstraat 4 heeft een tuin")).toEqual(["address"]);
    expect(personalDataHints("Meer bankjes in het park, 2 of 3")).toEqual([]);
  });
  it("asks a reason to drop a solution and the feasibility to check it", () => {
    expect(stageProblems("raised", { stage: "notChosen", reason: "" })[0]?.code).toBe("reason_required");
    expect(stageProblems("raised", { stage: "chosen", reason: "" })[0]?.code).toBe("invalid_transition");
    expect(
      stageProblems("clustered", {
        stage: "checked",
        reason: "",
        cost: 0,
        who: "Wij",
        performer: "volunteer",
      }),
    ).toEqual([]);
  });
  it("counts months and lights", () => {
    expect(monthsBetween("2026-11-15", "2027-01-02")).toEqual(["2026-11", "2026-12", "2027-01"]);
    expect(lightOf({ shown: 10 }, 10)).toBe("green");
    expect(lightOf({ shown: 8 }, 10)).toBe("orange");
    expect(lightOf({ shown: 7 }, 10)).toBe("red");
    expect(lightOf({ hidden: "small" }, 10)).toBe("unknown");
  });
  it("draws the mind map as SVG with escaped text, without merged duplicates", () => {
    const node = (
      id: string,
      kind: "need" | "solution",
      parentId: string | null,
      title: string,
      stage = "raised",
    ) => ({
      id,
      kind,
      parentId,
      title,
      note: "",
      stage: stage as "raised",
      reason: "",
      feasibility: null,
      mergedIntoId: null,
      ideaIds: [],
      x: null,
      y: null,
    });
    const svg = mindMapSvg(
      "Mindmap <Noord>",
      [
        node("a", "need", null, "Eenzaamheid & armoede"),
        node("b", "solution", "a", "Koffie", "chosen"),
        node("c", "solution", "a", "Dubbel", "merged"),
      ],
      (s) => s,
    );
    expect(svg).toContain("Mindmap &lt;Noord&gt;");
    expect(svg).toContain("Eenzaamheid &amp; armoede");
    expect(svg).toContain("chosen");
    expect(svg).not.toContain("Dubbel");
    expect(svg.match(/<line /g)).toHaveLength(1);
  });
});

import { type AgreementContent, agreementProblems, diffAgreements } from "./agreement.ts";

const base: AgreementContent = {
  title: "Afspraken",
  validFrom: "2026-01-01",
  validUntil: "2026-12-31",
  parties: [
    { key: "gemeente", kind: "municipality", organisationId: null, name: "Gemeente" },
    { key: "bewoners", kind: "residents", organisationId: null, name: "Bewoners" },
  ],
  activities: [
    {
      key: "a",
      title: "Koffie",
      solutionNodeId: "00000000-0000-4000-8000-000000000001",
      supplierPartyKey: "bewoners",
      ownerPartyKey: "gemeente",
      cost: 100,
      budget: [{ partyKey: "gemeente", amount: 100 }],
      volunteerHoursPerMonth: 5,
      professionalHoursPerMonth: 1,
      vacancyIds: [],
      indicators: [{ key: "u", name: "Uren", source: "volunteerHours", target: 5 }],
      professionalSupport: "",
    },
  ],
  reviewDates: [],
};

describe("prestatieafspraken", () => {
  it("refuses parties that are not in it, budgets that do not add up, an end before the start", () => {
    const bad = {
      ...base,
      validUntil: "2025-12-31",
      activities: [
        {
          ...base.activities[0]!,
          ownerPartyKey: "corporatie",
          budget: [{ partyKey: "gemeente", amount: 90 }],
        },
      ],
    };
    expect(agreementProblems(bad).map((p) => `${p.path}:${p.code}`)).toEqual([
      "validUntil:before_start",
      "activities.0.ownerPartyKey:unknown_party",
      "activities.0.budget:budget_mismatch",
    ]);
    expect(agreementProblems(base)).toEqual([]);
  });
  it("shows what changed between versions", () => {
    const next = {
      ...base,
      parties: [
        ...base.parties,
        { key: "welzijn", kind: "organisation" as const, organisationId: null, name: "Welzijn" },
      ],
      activities: [
        {
          ...base.activities[0]!,
          indicators: [{ key: "u", name: "Uren", source: "volunteerHours" as const, target: 8 }],
        },
      ],
    };
    expect(diffAgreements(base, next)).toEqual([
      { path: "parties.welzijn", kind: "added", before: "", after: "Welzijn" },
      { path: "activities.a.indicators.u.target", kind: "changed", before: "5", after: "8" },
    ]);
  });
});
