import type { Region } from '../../../schemas/region.ts';

/**
 * Place names for search: GB/T 2260 names with and without their administrative suffix, and the romanised
 * names English texts use (Xining, Heilongjiang), so 西宁, 西宁市, Xining and "Xining city" all reach a model.
 */

/** Place-name suffixes in GB/T 2260 names, longest first, with the English word readers add. */
const PLACE_SUFFIXES: Array<[string, string]> = [
  ['特别行政区', 'special administrative region'],
  ['自治区', 'autonomous region'],
  ['自治州', 'autonomous prefecture'],
  ['街道', 'subdistrict'],
  ['地区', 'prefecture'],
  ['省', 'province'],
  ['市', 'city'],
  ['县', 'county'],
  ['区', 'district'],
  ['镇', 'town'],
  ['乡', 'township'],
];

/** A place name without its administrative suffix (黑龙江省 → 黑龙江), and the suffix's English word. */
export function placeStem(name: string): { stem: string; suffix: string } {
  for (const [zh, en] of PLACE_SUFFIXES) {
    if (name.endsWith(zh) && [...name].length - [...zh].length >= 2) return { stem: name.slice(0, -zh.length), suffix: en };
  }
  return { stem: name, suffix: '' };
}

/** The names of a region from province down (the levels it has). */
export function regionNames(region: Pick<Region, 'province' | 'city' | 'county' | 'town'>): string[] {
  return [region.province, region.city, region.county, region.town].filter((p): p is string => Boolean(p));
}

/** The region in English, smallest place first: "Xining, Qinghai". */
export function englishPlace(region: Pick<Region, 'province' | 'city' | 'county' | 'town'>, placeEnglish: (stem: string) => string): string {
  return regionNames(region)
    .map((name) => placeEnglish(placeStem(name).stem))
    .reverse()
    .join(', ');
}
