import { describe, expect, it } from "vitest";
import { distanceMetres, inNetherlands, rdToWgs84 } from "./geo.ts";

describe("RD New to WGS84", () => {
  // Reference points from the publication of the formulas (Schreutelkamp and Strang van Hees).
  it.each([
    ["Amersfoort (origin)", 155_000, 463_000, 52.1551744, 5.38720621],
    ["Westertoren, Amsterdam", 120_700.723, 487_525.501, 52.37453253, 4.88352559],
    ["Martinitoren, Groningen", 233_883.131, 582_065.167, 53.21938317, 6.56820053],
  ])("converts %s", (_, x, y, lat, lon) => {
    const point = rdToWgs84(x, y);
    // 1e-6 degrees is about 10 cm.
    expect(Math.abs(point.lat - lat)).toBeLessThan(1e-6);
    expect(Math.abs(point.lon - lon)).toBeLessThan(1e-6);
  });

  it("measures distances and knows what lies in the Netherlands", () => {
    const amsterdam = rdToWgs84(120_700.723, 487_525.501);
    const groningen = rdToWgs84(233_883.131, 582_065.167);
    // About 147 km in a straight line (the RD grid distance is 147.4 km).
    expect(distanceMetres(amsterdam, groningen) / 1000).toBeCloseTo(147.4, 0);
    expect(inNetherlands(amsterdam)).toBe(true);
    expect(inNetherlands({ lat: 48.85, lon: 2.35 })).toBe(false);
  });
});
