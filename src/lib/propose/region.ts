import type { Region } from '../../schemas/region.ts';
import { placesByShortName, placesNamed, type Place } from '../regions/index.ts';
import { MENTION_WEIGHT, PROVINCE_ALIASES } from './places-data.ts';

/**
 * Where a model is, from the place names in its text, resolved against GB/T 2260: the organisation's own place
 * when its name carries one (临湘市林业局), else the place the text's names agree on, province by prefecture by
 * county. A level the text does not name but the hierarchy supplies is marked `inferred` and said in the note; a
 * name shared by several divisions is chosen only when another name in the text points to one of them.
 */

export interface PlaceMention {
  /** The name as written (临湘, 西宁市, 龙江). */
  text: string;
  /** Divisions it may stand for (several when the name is shared). */
  places: Place[];
  weight: number;
  paragraph: number;
}

const LEVELS = ['province', 'city', 'county', 'town'] as const;
type LevelKey = (typeof LEVELS)[number];

function lookUp(candidate: string): { places: Place[]; weight: number } | null {
  const full = placesNamed(candidate);
  if (full.length > 0) return { places: full, weight: MENTION_WEIGHT.full };
  const alias = PROVINCE_ALIASES[candidate];
  if (alias) return { places: placesNamed(alias), weight: MENTION_WEIGHT.alias };
  const short = placesByShortName(candidate);
  if (short.length === 0) return null;
  const levels = new Set(short.map((p) => p.level));
  const weight = levels.has('province') ? MENTION_WEIGHT.provinceShort : levels.has('prefecture') ? MENTION_WEIGHT.prefectureShort : MENTION_WEIGHT.countyShort;
  return { places: short, weight };
}

/** Every place name in the texts, longest match first at each position (西宁市, not 宁市). */
export function placeMentions(texts: ReadonlyArray<{ text: string; paragraph: number }>): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (const { text, paragraph } of texts) {
    for (let i = 0; i < text.length; ) {
      let found: (PlaceMention & { length: number }) | null = null;
      for (let length = Math.min(12, text.length - i); length >= 2 && !found; length--) {
        const candidate = text.slice(i, i + length);
        const hit = lookUp(candidate);
        if (hit) found = { text: candidate, places: hit.places, weight: hit.weight, paragraph, length };
      }
      if (found) {
        const { length, ...mention } = found;
        mentions.push(mention);
        i += length;
      } else i++;
    }
  }
  // A county's short name (城中, 大通) is a common word too often: it counts only when its province or prefecture is
  // named by something else.
  const named = new Set(mentions.filter((m) => m.weight > MENTION_WEIGHT.countyShort).flatMap((m) => m.places.flatMap((p) => [p.province, p.city])));
  return mentions.filter((m) => m.weight > MENTION_WEIGHT.countyShort || m.places.some((p) => named.has(p.province) || (p.city && named.has(p.city))));
}

const nameAt = (place: Place, level: LevelKey): string | null => place[level];

/**
 * The division at `level` the mentions agree on: most support, and backed by at least one unambiguous mention. A
 * name shared by several divisions counts for each only in proportion (城区 names eight districts).
 */
function agreedAt(mentions: readonly PlaceMention[], level: LevelKey, within: (p: Place) => boolean): { name: string; share: number } | null {
  const support = new Map<string, number>();
  const unambiguous = new Set<string>();
  let total = 0;
  for (const mention of mentions) {
    const places = mention.places.filter(within);
    if (places.length === 0) continue;
    const weight = (mention.weight * places.length) / mention.places.length;
    total += weight;
    for (const place of places) {
      const name = nameAt(place, level);
      if (name) support.set(name, (support.get(name) ?? 0) + weight / places.length);
    }
    const names = mention.places.map((p) => nameAt(p, level));
    if (names[0] && names.every((n) => n === names[0])) unambiguous.add(names[0]);
  }
  const [best] = [...support].filter(([name]) => unambiguous.has(name)).sort((a, b) => b[1] - a[1]);
  return best && total > 0 ? { name: best[0], share: best[1] / total } : null;
}

export interface RegionProposal {
  region: Region | null;
  /** What the curator should know: an ambiguous name, a place the text does not settle. */
  warnings: string[];
}

const describe = (p: Place) => [p.province, p.city, p.county, p.town].filter(Boolean).join('');


const list = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const listZh = (items: readonly string[]) => items.join('、');

/**
 * A region for `place`, with provenance and a note saying what the text names and which levels only the hierarchy
 * gives. `orgName` is the organisation's name when the place was read from it.
 */
export function regionFor(place: Place, mentions: readonly PlaceMention[], orgName: string | null): Region {
  const levels = LEVELS.map((level) => place[level]).filter((n): n is string => Boolean(n));
  const unambiguous = mentions.filter((m) => m.places.every((p) => p.name === m.places[0]?.name));
  const named = new Set(unambiguous.flatMap((m) => m.places.map((p) => p.name)));
  named.add(place.name);
  const fromHierarchy = levels.filter((name) => !named.has(name));
  const writtenAs = [...new Set(mentions.filter((m) => m.places.some((p) => levels.includes(p.name))).map((m) => `“${m.text}”`))];
  const names = writtenAs.length > 0 ? writtenAs : [`“${place.name}”`];
  const unique = placesNamed(place.name).length === 1 && place.level !== 'province' && fromHierarchy.length > 0;
  // The note is written in both editions' languages, like every note a reader sees (schemas/region.ts).
  const note =
    fromHierarchy.length === 0
      ? {
          zh: `原文点出${listZh(names)}${orgName ? `（机构为${orgName}）` : ''}：各级地名均有明文（GB/T 2260 代码 ${place.adcode}）。`,
          en: `The text names ${list(names)}${orgName ? ` (the organisation is ${orgName})` : ''}: every level is stated (GB/T 2260 code ${place.adcode}).`,
        }
      : {
          zh: `原文点出${listZh(names)}${orgName ? `（机构为${orgName}）` : ''}${unique ? `；GB/T 2260 中名为${place.name}的行政区只有一个` : ''}；${listZh(fromHierarchy)}来自 GB/T 2260 的行政区划层级（代码 ${place.adcode}），而非原文。`,
          en: `The text names ${list(names)}${orgName ? ` (the organisation is ${orgName})` : ''}${unique ? `; GB/T 2260 has one division named ${place.name}` : ''}; ${list(fromHierarchy)} ${fromHierarchy.length === 1 ? 'follows' : 'follow'} from the GB/T 2260 hierarchy (code ${place.adcode}), not from the text.`,
        };
  return {
    province: place.province,
    city: place.city,
    county: place.county,
    town: place.town,
    adcode: place.adcode,
    provenance: fromHierarchy.length === 0 ? 'stated' : 'inferred',
    note,
  };
}

/** Cuts a place down to `level` (a prefecture bureau's region has no county even when the text names one). */
function atLevel(place: Place, level: LevelKey): Place {
  const cut: Place = { ...place };
  for (const lower of LEVELS.slice(LEVELS.indexOf(level) + 1)) if (lower !== 'province') cut[lower] = null;
  const name = cut[level] ?? place.province;
  const division = placesNamed(name).find((p) => p.province === cut.province && (level === 'province' || p.city === cut.city));
  return division ?? cut;
}

/**
 * Resolves the region. `orgPlaces` are the divisions the organisation's own name may be (empty when it names
 * none); `depth` is how far down the organisation's level reaches (a provincial department stops at province).
 */
export function resolveRegion(mentions: readonly PlaceMention[], orgPlaces: readonly Place[], depth: LevelKey, orgName: string | null = null): RegionProposal {
  const warnings: string[] = [];
  if (orgPlaces.length === 1) return { region: regionFor(orgPlaces[0]!, mentions, orgName), warnings };
  if (orgPlaces.length > 1) {
    const others = mentions.filter((m) => !m.places.every((p) => orgPlaces.includes(p)));
    const province = agreedAt(others, 'province', (p) => orgPlaces.some((o) => o.province === p.province));
    const city = province && agreedAt(others, 'city', (p) => p.province === province.name && orgPlaces.some((o) => o.city === p.city));
    const chosen = orgPlaces.filter((o) => o.province === province?.name && (!city || o.city === city.name));
    const list = orgPlaces.map(describe).join(', ');
    if (chosen.length === 1) {
      const place = chosen[0]!;
      const evidence = [...new Set(others.filter((m) => m.places.some((p) => p.province === place.province && (!p.city || p.city === place.city))).map((m) => `“${m.text}”`))];
      warnings.push(`“${place.name}” names ${orgPlaces.length} divisions (${list}); chose ${describe(place)} because the text also names ${evidence.join(', ')}.`);
      return { region: regionFor(chosen[0]!, mentions, orgName), warnings };
    }
    warnings.push(`“${orgPlaces[0]!.name}” names ${orgPlaces.length} divisions (${list}) and the text does not say which; region left empty.`);
    return { region: null, warnings };
  }
  // No place in the organisation's name: descend from the province the mentions agree on while one division clearly
  // leads at the next level (more than half of what is said at that level), down to the organisation's depth.
  const province = agreedAt(mentions, 'province', () => true);
  if (!province) {
    const shared = mentions.find((m) => m.places.length > 1);
    if (shared) warnings.push(`“${shared.text}” names ${shared.places.length} divisions (${shared.places.slice(0, 6).map(describe).join(', ')}${shared.places.length > 6 ? ' …' : ''}) and the text does not say which; region left empty.`);
    return { region: null, warnings };
  }
  let place = placesNamed(province.name)[0]!;
  for (const level of LEVELS.slice(1, LEVELS.indexOf(depth) + 1)) {
    const inPlace = (p: Place) => LEVELS.slice(0, LEVELS.indexOf(level)).every((upper) => p[upper] === place[upper]) && p[level] !== null;
    const next = agreedAt(mentions, level, inPlace);
    if (!next || next.share <= 0.5) break;
    const found = mentions.flatMap((m) => m.places).find((p) => inPlace(p) && p[level] === next.name);
    if (!found) break;
    place = atLevel(found, level);
  }
  return { region: regionFor(place, mentions, null), warnings };
}
