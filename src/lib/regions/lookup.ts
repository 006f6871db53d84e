import { allDivisions, isCity, isCounty, isProvince, isTown, LEVELS, levelOf, type Division, type DivisionLevel, type PlaceNames } from './divisions.ts';
import { shortName } from './names.ts';

/**
 * Finding divisions by name or code, two ways: for a curator who types a name (`npm run place`: every division
 * whose full or short name it is, towns included), and for proposals that read names out of a text (an index that
 * leaves out names a text would use as ordinary words).
 */

/** Provinces, prefectures and counties by code, for climbing from a place to its parents. */
interface Parents {
  provinces: Map<string, Division>;
  cities: Map<string, Division>;
  counties: Map<string, Division>;
}
let parents: Parents | null = null;
function parentIndex(): Parents {
  if (!parents) {
    const all = allDivisions();
    // A code listed twice (a renumbered district) keeps its first listing, as checkPlace does.
    const byCode = (test: (d: Division) => boolean, key: (d: Division) => string) => {
      const map = new Map<string, Division>();
      for (const d of all.filter(test)) if (!map.has(key(d))) map.set(key(d), d);
      return map;
    };
    parents = { provinces: byCode(isProvince, (d) => d.p), cities: byCode(isCity, (d) => `${d.p}${d.y}`), counties: byCode(isCounty, (d) => d.c) };
  }
  return parents;
}

/** A division with its hierarchy looked up: what an entry's region would record for it. */
export interface Place extends PlaceNames {
  /** The division's own GB/T 2260 name (临湘市). */
  name: string;
  level: DivisionLevel;
  /** A town's nine-digit code (its county's code and three digits), from the statistical division codes; else null. */
  townCode: string | null;
}

/** The place a division is, with its parents; null for a town whose county is not in the data. */
function toPlace(d: Division): Place | null {
  const { provinces, cities, counties } = parentIndex();
  const level = levelOf(d);
  const county = level === 'town' ? counties.get(d.c) : level === 'county' ? d : undefined;
  if (level === 'town' && !county) return null;
  const city = level === 'province' ? undefined : level === 'prefecture' ? d : cities.get(`${d.p}${d.y}`);
  return {
    name: d.n,
    level,
    province: provinces.get(d.p)?.n ?? d.n,
    // Placeholder prefectures (湖北省-自治区直辖县级行政区划) are no city a region names.
    city: city && !city.n.includes('-') ? city.n : null,
    county: county?.n ?? null,
    town: level === 'town' ? d.n : null,
    adcode: d.c,
    townCode: level === 'town' ? `${d.c}${String(d.t).slice(0, 3)}` : null,
  };
}

const rank = (d: Division) => LEVELS.findIndex(([level]) => level === levelOf(d));
const byLevelThenCode = (a: Division, b: Division) => rank(a) - rank(b) || a.c.localeCompare(b.c) || String(a.t).localeCompare(String(b.t));

/**
 * Places matching what a curator typed: a six-digit GB/T 2260 code (province, prefecture or county), a nine- or
 * twelve-digit town code, a full name (临湘市, 桃林镇) or a short one (临湘, 西宁). Every match is returned, so an
 * ambiguous name (95 towns are called 城关镇) shows them all: full names before short ones, higher levels first,
 * then by code.
 */
export function findPlaces(query: string): Place[] {
  const q = query.trim();
  const all = allDivisions();
  let found: Division[] = [];
  if (/^\d{6}$/.test(q)) {
    found = all.filter((d) => d.c === q && !isTown(d)).slice(0, 1);
  } else if (/^\d{9}(\d{3})?$/.test(q)) {
    found = all.filter((d) => isTown(d) && d.c === q.slice(0, 6) && String(d.t).slice(0, 3) === q.slice(6, 9));
  } else if (q.length > 0) {
    const exact = all.filter((d) => d.n === q);
    const short = all.filter((d) => d.n !== q && shortName(d.n) === q);
    found = [...exact.sort(byLevelThenCode), ...short.sort(byLevelThenCode)];
  }
  return found.flatMap((d) => toPlace(d) ?? []);
}

/** The names from the province down to the place itself (湖南省, 岳阳市, 临湘市). */
export function hierarchyOf(place: Place): string[] {
  return [place.province, place.city, place.county, place.town].filter((n): n is string => n !== null && n !== place.name).concat(place.name);
}

/** One line for a place: `湖南省 > 岳阳市 > 临湘市 430682` (a town adds its own code: `… > 桃林镇 430682 (town 430682107)`). */
export function formatPlace(place: Place): string {
  const town = place.townCode ? ` (town ${place.townCode})` : '';
  return `${hierarchyOf(place).join(' > ')} ${place.adcode}${town}`;
}

/** The `region:` fields of an entry for a place, as YAML to copy (provenance and note are the curator's to write). */
export function regionYaml(place: Place): string {
  const value = (v: string | null) => v ?? 'null';
  return `region:\n  province: ${place.province}\n  city: ${value(place.city)}\n  county: ${value(place.county)}\n  town: ${value(place.town)}\n  adcode: '${place.adcode}'\n`;
}

/**
 * Whether a division's name is a name a text would use for it. Some rows carry generic words as names (towns called
 * 林场 or 林业局, districts called 城区 or 郊区); found in a text, those are the words, not the places.
 */
function namesAPlace(name: string, level: DivisionLevel): boolean {
  const stem = shortName(name);
  // A town named by a generic word alone (林场, 林业局, 兴镇) is not one; 塞罕坝机械林场 is.
  if (level === 'town') return /(?:镇|乡|街道|苏木)$/u.test(name) ? stem !== null : [...name].length >= 5;
  if (level === 'county' && /区$/u.test(name)) return stem !== null;
  return true;
}

interface TextIndex {
  byName: Map<string, Place[]>;
  byShortName: Map<string, Place[]>;
}
let textIndex: TextIndex | null = null;

/**
 * Every division a text may name, by its full name and (provinces, prefectures and counties only) by its short
 * name. Towns are not indexed by short name: 洪林 alone is a word far more often than a town.
 */
function placesInTexts(): TextIndex {
  if (textIndex) return textIndex;
  const byName = new Map<string, Place[]>();
  const byShortName = new Map<string, Place[]>();
  const add = (map: Map<string, Place[]>, key: string, place: Place) => map.set(key, [...(map.get(key) ?? []), place]);
  for (const d of allDivisions()) {
    // Placeholder rows (市辖区, 湖北省-自治区直辖县级行政区划), and rows named only by a level word (a town called
    // 街道), would make every such word in a text a place.
    if (d.n === '市辖区' || d.n.includes('-') || /^(?:街道|地区|社区|省|市|县|区|镇|乡)$/u.test(d.n)) continue;
    const level = levelOf(d);
    if (!namesAPlace(d.n, level)) continue;
    const place = toPlace(d);
    if (!place) continue;
    add(byName, d.n, place);
    const short = level === 'town' ? null : shortName(d.n);
    if (short) add(byShortName, short, place);
  }
  textIndex = { byName, byShortName };
  return textIndex;
}

/** Every division a text may name whose GB/T 2260 name is exactly `name` (临湘市; 城关镇 gives dozens), with its hierarchy. */
export function placesNamed(name: string): Place[] {
  return placesInTexts().byName.get(name) ?? [];
}

/** Provinces, prefectures and counties whose short name is `short` (临湘, 西宁, 黑龙江). */
export function placesByShortName(short: string): Place[] {
  return placesInTexts().byShortName.get(short) ?? [];
}
