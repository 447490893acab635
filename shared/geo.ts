/**
 * Coordinates in the Netherlands. Addresses arrive in WGS84 (latitude/longitude) or in the Dutch grid
 * RD New (EPSG:28992, "Rijksdriehoekscoördinaten", metres). RD is converted with the approximation
 * formulas of Schreutelkamp and Strang van Hees ("Benaderingsformules voor de transformatie tussen RD-
 * en WGS84-kaartcoördinaten"): accurate to about a metre on land, plenty for walk lists and maps.
 */
export type LatLon = { lat: number; lon: number };

// Amersfoort, the origin of the RD grid, in RD and in WGS84.
const X0 = 155_000;
const Y0 = 463_000;
const PHI0 = 52.1551744;
const LAMBDA0 = 5.38720621;

/** Terms p, q, coefficient of the latitude series (arc seconds): sum K·dX^p·dY^q. */
const latitudeTerms: [number, number, number][] = [
  [0, 1, 3235.65389],
  [2, 0, -32.58297],
  [0, 2, -0.2475],
  [2, 1, -0.84978],
  [0, 3, -0.0655],
  [2, 2, -0.01709],
  [1, 0, -0.00738],
  [4, 0, 0.0053],
  [2, 3, -0.00039],
  [4, 1, 0.00033],
  [1, 1, -0.00012],
];
/** The same for the longitude series. */
const longitudeTerms: [number, number, number][] = [
  [1, 0, 5260.52916],
  [1, 1, 105.94684],
  [1, 2, 2.45656],
  [3, 0, -0.81885],
  [1, 3, 0.05594],
  [3, 1, -0.05607],
  [0, 1, 0.01199],
  [3, 2, -0.00256],
  [1, 4, 0.00128],
  [0, 2, 0.00022],
  [2, 0, -0.00022],
  [5, 0, 0.00026],
];

/** RD New (x, y in metres) to WGS84 latitude and longitude in degrees. */
export function rdToWgs84(x: number, y: number): LatLon {
  const dX = (x - X0) * 1e-5;
  const dY = (y - Y0) * 1e-5;
  const sum = (terms: [number, number, number][]) =>
    terms.reduce((total, [p, q, k]) => total + k * dX ** p * dY ** q, 0);
  return { lat: PHI0 + sum(latitudeTerms) / 3600, lon: LAMBDA0 + sum(longitudeTerms) / 3600 };
}

/** The RD grid's valid area (the Netherlands with a margin), as published for EPSG:28992. */
export const rdBounds = { minX: -7_000, maxX: 300_000, minY: 289_000, maxY: 629_000 };
/** A box around the Netherlands, land and Wadden islands (WGS84 degrees). */
export const netherlandsBounds = { minLat: 50.7, maxLat: 53.7, minLon: 3.2, maxLon: 7.3 };

/**
 * A rough outline of the Netherlands (lat, lon), a few kilometres outside the border and the coast:
 * enough to refuse a point in Antwerp, Aachen or the sea while accepting every Dutch border town.
 */
const outline: [number, number][] = [
  [53.65, 4.6],
  [53.7, 6.3],
  [53.65, 7.0],
  [53.3, 7.3],
  [53.05, 7.3],
  [52.85, 7.15],
  [52.45, 7.12],
  [52.25, 7.12],
  [52.0, 6.9],
  [51.83, 6.55],
  [51.82, 6.2],
  [51.7, 6.1],
  [51.4, 6.3],
  [51.15, 6.2],
  [50.95, 6.12],
  [50.88, 6.1],
  [50.8, 6.05],
  [50.74, 6.04],
  [50.72, 5.65],
  [50.85, 5.62],
  [51.05, 5.78],
  [51.2, 5.78],
  [51.25, 5.55],
  [51.32, 5.1],
  [51.4, 4.9],
  [51.45, 4.6],
  [51.45, 4.4],
  [51.36, 4.4],
  [51.35, 4.25],
  [51.25, 4.0],
  [51.22, 3.6],
  [51.3, 3.35],
  [51.38, 3.3],
  [51.6, 3.2],
  [52.0, 3.8],
  [52.6, 4.3],
  [53.2, 4.5],
];

/** Whether a point lies in the Netherlands (within the outline above; ray casting). */
export function inNetherlands(p: LatLon) {
  if (
    p.lat < netherlandsBounds.minLat ||
    p.lat > netherlandsBounds.maxLat ||
    p.lon < netherlandsBounds.minLon ||
    p.lon > netherlandsBounds.maxLon
  )
    return false;
  let inside = false;
  for (let i = 0, j = outline.length - 1; i < outline.length; j = i++) {
    const [latI, lonI] = outline[i]!;
    const [latJ, lonJ] = outline[j]!;
    if (latI > p.lat !== latJ > p.lat && p.lon < ((lonJ - lonI) * (p.lat - latI)) / (latJ - latI) + lonI)
      inside = !inside;
  }
  return inside;
}

const EARTH_RADIUS = 6_371_000;

/** Distance in metres between two points (haversine). */
export function distanceMetres(a: LatLon, b: LatLon) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.sqrt(h));
}

/**
 * Flat x/y in metres around a reference latitude (equirectangular). Within a neighbourhood the error is
 * far below a metre, and distances become plain Pythagoras: fast enough for route optimisation.
 */
export function toMetres(points: LatLon[]): { x: number; y: number }[] {
  const reference = points.length ? points.reduce((sum, p) => sum + p.lat, 0) / points.length : 52;
  const metresPerDegreeLat = (Math.PI / 180) * EARTH_RADIUS;
  const metresPerDegreeLon = metresPerDegreeLat * Math.cos((reference * Math.PI) / 180);
  return points.map((p) => ({ x: p.lon * metresPerDegreeLon, y: p.lat * metresPerDegreeLat }));
}

const number = (value: string | undefined) => {
  if (value === undefined || value.trim() === "") return null;
  const parsed = Number(value.trim().replace(",", "."));
  return Number.isFinite(parsed) ? parsed : Number.NaN;
};

/**
 * Coordinates from a CSV row: LAT/LON in WGS84 degrees, or X/Y in RD New metres (converted). Decimal
 * commas are accepted. No coordinates at all gives null; a half or impossible pair gives a Dutch message.
 */
export function coordinatesFromRow(row: {
  LAT?: string;
  LON?: string;
  X?: string;
  Y?: string;
}): { point: LatLon | null } | { column: string; message: string } {
  const lat = number(row.LAT);
  const lon = number(row.LON);
  const x = number(row.X);
  const y = number(row.Y);
  if (lat !== null || lon !== null) {
    if (lat === null || lon === null || Number.isNaN(lat) || Number.isNaN(lon))
      return {
        column: lat === null || Number.isNaN(lat) ? "LAT" : "LON",
        message: "Vul breedte- en lengtegraad als getal in.",
      };
    const point = { lat, lon };
    return inNetherlands(point) ? { point } : { column: "LAT", message: "Dit punt ligt niet in Nederland." };
  }
  if (x !== null || y !== null) {
    if (x === null || y === null || Number.isNaN(x) || Number.isNaN(y))
      return { column: x === null || Number.isNaN(x) ? "X" : "Y", message: "Vul X en Y (RD) als getal in." };
    if (x < rdBounds.minX || x > rdBounds.maxX || y < rdBounds.minY || y > rdBounds.maxY)
      return { column: "X", message: "Deze RD-coördinaten liggen niet in Nederland." };
    const point = rdToWgs84(x, y);
    return inNetherlands(point)
      ? { point }
      : { column: "X", message: "Deze RD-coördinaten liggen niet in Nederland." };
  }
  return { point: null };
}

/** Kilometres between two points, the flat way (the same formula runs in SQL for matching). */
export function distanceKm(a: LatLon, b: LatLon) {
  const kmPerDegree = 111.195;
  const dLat = (a.lat - b.lat) * kmPerDegree;
  const dLon = (a.lon - b.lon) * kmPerDegree * Math.cos((b.lat * Math.PI) / 180);
  return Math.sqrt(dLat * dLat + dLon * dLon);
}
