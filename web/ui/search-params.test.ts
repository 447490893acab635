import { describe, expect, it } from "vitest";
import { isoDay, oneOf, pageNumber, searchParams, text, uuid } from "./search-params.ts";

const search = searchParams({
  q: text(5),
  status: oneOf(["open", "closed"]),
  pagina: pageNumber,
  wijk: uuid,
});

describe("URL filters without zod", () => {
  it("keeps the values that fit, as the router gives them", () => {
    expect(
      search({ q: "tuin", status: "open", pagina: 2, wijk: "0195f3a2-7c1e-7d2a-9b3c-1234567890ab" }),
    ).toEqual({ q: "tuin", status: "open", pagina: 2, wijk: "0195f3a2-7c1e-7d2a-9b3c-1234567890ab" });
    expect(search({ pagina: "3", q: 12 })).toEqual({ pagina: 3, q: "12" });
  });

  it("drops what does not fit and every unknown key, instead of failing the page", () => {
    expect(search({ q: "te lang", status: "gone", pagina: 0, wijk: "nope", extra: "x" })).toEqual({});
    expect(search({ pagina: 1.5 })).toEqual({});
    expect(search({ pagina: "" })).toEqual({});
    expect(search({ status: ["open"] })).toEqual({});
  });
});

describe("isoDay", () => {
  it("keeps a day that exists and drops one that does not, or any other shape", () => {
    expect(isoDay("2026-02-28")).toBe("2026-02-28");
    expect(isoDay("2028-02-29")).toBe("2028-02-29");
    expect(isoDay("2026-02-29")).toBeUndefined();
    expect(isoDay("2026-13-01")).toBeUndefined();
    expect(isoDay("1-12-2026")).toBeUndefined();
    expect(isoDay(20261201)).toBeUndefined();
  });
});
