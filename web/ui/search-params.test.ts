import { describe, expect, it } from "vitest";
import { oneOf, pageNumber, searchParams, text, uuid } from "./search-params.ts";

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
