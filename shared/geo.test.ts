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

  it.each([
    ["Amsterdam", 52.3728, 4.8936],
    ["Maastricht", 50.8514, 5.691],
    ["Vaals", 50.7712, 6.0184],
    ["Kerkrade", 50.866, 6.063],
    ["Eijsden", 50.7727, 5.7107],
    ["Cadzand", 51.3686, 3.3833],
    ["Sluis", 51.3083, 3.3861],
    ["Hulst", 51.28, 4.0528],
    ["Ossendrecht", 51.3942, 4.3264],
    ["Baarle-Nassau", 51.4453, 4.9297],
    ["Weert", 51.2517, 5.7069],
    ["Venlo", 51.3704, 6.1724],
    ["Winterswijk", 51.9725, 6.7194],
    ["Enschede", 52.2215, 6.8937],
    ["Ter Apel", 52.8767, 7.0656],
    ["Nieuweschans", 53.1833, 7.2],
    ["Eemshaven", 53.4389, 6.8347],
    ["Schiermonnikoog", 53.4792, 6.1611],
    ["Texel", 53.0547, 4.7975],
    ["Vlissingen", 51.4425, 3.5736],
  ])("knows %s lies in the Netherlands", (_, lat, lon) => {
    expect(inNetherlands({ lat, lon })).toBe(true);
  });

  it.each([
    ["Brussel", 50.8503, 4.3517],
    ["Antwerpen", 51.2194, 4.4025],
    ["Gent", 51.0543, 3.7174],
    ["Lommel", 51.2307, 5.3134],
    ["Hasselt", 50.9307, 5.3378],
    ["Aken", 50.7753, 6.0839],
    ["Düsseldorf", 51.2277, 6.7735],
    ["Münster", 51.9607, 7.6261],
    ["Lille", 50.6292, 3.0573],
    ["the North Sea", 52.5, 3.5],
  ])("knows %s does not", (_, lat, lon) => {
    expect(inNetherlands({ lat, lon })).toBe(false);
  });
});
