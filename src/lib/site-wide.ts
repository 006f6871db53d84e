import { CHINA_TILES, type ProvinceTile } from '../charts/china-tiles.ts';
import type { CuratedModel } from '../schemas/model.ts';
import { LOCALES, localeParam, pick, t, type Locale } from './i18n.ts';
import { memoPerCollection } from './per-collection.ts';
import { routes } from './routes.ts';

/**
 * How the site-wide pages (/compare/, /mechanisms/, /formulas/, /regions/ and the home page's list of models) hold
 * a growing collection. Up to a limit they show every model on one page, as they always have. Above it one page
 * of every model stops being readable (at 1 000 models /compare/ was 27 MB of HTML and the home page 1.3 MB, and
 * rendering /compare/ was the build's memory peak), so each splits into
 * one page per province: /compare/region/<province>/ and so on, with the top page listing the provinces.
 * Provinces rather than runs of N models, because a model's province never changes: a region page's URL and a
 * model's place on it stay the same as the collection grows, which is what a citation in a printed brief needs.
 */

/** Default for how many models a site-wide page shows at most before it splits by province. */
export const SITE_WIDE_LIMIT = 100;

/** The limit in force: ATLAS_SITE_WIDE_LIMIT (a positive whole number) lets tests split the five real models. */
export function siteWideLimit(env: Record<string, string | undefined> = process.env): number {
  const raw = env['ATLAS_SITE_WIDE_LIMIT'];
  if (raw === undefined || raw === '') return SITE_WIDE_LIMIT;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`ATLAS_SITE_WIDE_LIMIT must be a positive whole number, not “${raw}”`);
  return limit;
}

/** The models of one province, as a site-wide page's region page shows them. */
export interface RegionGroup {
  /** URL segment: the province's English name in lower case (heilongjiang, inner-mongolia). */
  key: string;
  tile: ProvinceTile;
  /** In collection order (the same array on every call, so figures drawn from it are cached once). */
  models: readonly CuratedModel[];
}

/** A province's URL segment. */
export const regionKey = (tile: ProvinceTile) => tile.en.toLowerCase().replace(/[^a-z]+/g, '-');

/** The province tile of a model (its adcode's first two digits), which the schema guarantees exists. */
export function provinceOf(model: CuratedModel): ProvinceTile {
  const tile = CHINA_TILES.find((t) => model.region.adcode.startsWith(t.code));
  if (!tile) throw new Error(`${model.id}: no province has the code of adcode ${model.region.adcode}`);
  return tile;
}

/**
 * The region pages of a collection: null when it fits on one page (limit or fewer models), else one group per
 * province that has models, in tile order (GB/T 2260 code order is not a reading order; the tiles run north to
 * south). Memoised per collection and limit.
 */
export function regionGroups(models: readonly CuratedModel[], limit: number = siteWideLimit()): RegionGroup[] | null {
  return groupsOnce(models, String(limit), () => {
    if (models.length <= limit) return null;
    const byCode = new Map<string, CuratedModel[]>();
    for (const model of models) {
      const code = provinceOf(model).code;
      const members = byCode.get(code);
      if (members) members.push(model);
      else byCode.set(code, [model]);
    }
    return CHINA_TILES.filter((tile) => byCode.has(tile.code)).map((tile) => ({ key: regionKey(tile), tile, models: byCode.get(tile.code)! }));
  });
}
const groupsOnce = memoPerCollection<RegionGroup[] | null>();

/** Which region group holds each model (empty when the collection is not split). */
export function groupByModel(groups: readonly RegionGroup[] | null): Map<string, RegionGroup> {
  return new Map((groups ?? []).flatMap((group) => group.models.map((m) => [m.id, group] as const)));
}

/** Static paths of a site-wide page's region pages: one per province and edition, none while the collection fits on one page. */
export function regionPaths(models: readonly CuratedModel[], limit: number = siteWideLimit()) {
  const groups = regionGroups(models, limit) ?? [];
  return LOCALES.flatMap((locale) => groups.map((group) => ({ params: { locale: localeParam(locale), region: group.key }, props: { locale, group } })));
}

/**
 * A category's users (src/lib/compare.ts categoryUsers) in each province that has any, in province order: what a
 * category page links and its region pages list once the collection is split.
 */
export function usersByProvince<U extends { model: CuratedModel }>(groups: readonly RegionGroup[], users: readonly U[]): Array<{ group: RegionGroup; users: U[] }> {
  const byModel = groupByModel(groups);
  const inGroup = new Map<RegionGroup, U[]>();
  for (const user of users) {
    const group = byModel.get(user.model.id);
    if (!group) continue;
    const list = inGroup.get(group);
    if (list) list.push(user);
    else inGroup.set(group, [user]);
  }
  return groups.flatMap((group) => (inGroup.has(group) ? [{ group, users: inGroup.get(group)! }] : []));
}

/** The models /formulas/ shows (those with numbered formulas), the same array on every call for a collection. */
export function modelsWithFormulas(models: readonly CuratedModel[]): readonly CuratedModel[] {
  return withFormulasOnce(models, '', () => models.filter((m) => m.formulas.length > 0));
}
const withFormulasOnce = memoPerCollection<readonly CuratedModel[]>();

/** The site-wide pages that split by province (/regions/ lists the models; the home page then links its pages). */
export type SiteWidePage = 'compare' | 'mechanisms' | 'formulas' | 'regions';

const PAGES = {
  compare: { top: routes.compare, region: routes.compareRegion, title: 'compare.title' },
  mechanisms: { top: routes.mechanisms, region: routes.mechanismsRegion, title: 'mechanisms.title' },
  formulas: { top: routes.formulas, region: routes.formulasRegion, title: 'formulas.title' },
  regions: { top: routes.regions, region: routes.regionsRegion, title: 'regions.title' },
} as const;

/**
 * A region page in an edition: its path and title (“Compare: Heilongjiang”), and its top page's path and title,
 * which it links back to. What the region pages and the search dictionary name them.
 */
export function regionPage(page: SiteWidePage, group: RegionGroup, locale: Locale): { path: string; title: string; topPath: string; topTitle: string } {
  const { top, region, title } = PAGES[page];
  const topTitle = t(locale, title);
  return { path: region(group.key), title: t(locale, 'regionPages.title', { page: topTitle, region: pick(locale, group.tile) }), topPath: top(), topTitle };
}
