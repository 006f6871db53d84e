import type { CuratedModel } from '../../schemas/model.ts';
import type { MechanismCategory } from '../../schemas/taxonomy.ts';
import { localePath, pick, t, templates, type Locale } from '../i18n.ts';
import { routes } from '../routes.ts';
import { pageCitation, siteRoot } from '../site.ts';
import type { RegionGroup } from '../site-wide.ts';
import { selectionCitations } from './citation-build.ts';
import type { CompareDirectory, ComparePageData } from './page-data.ts';
import { COMPARE_VIEW_KEYS } from './view-words.ts';

/** The JSON a compare page hands its script (./page-data.ts). */
export function comparePageData(options: {
  locale: Locale;
  site: URL | undefined;
  base: string;
  all: readonly CuratedModel[];
  categories: readonly MechanismCategory[];
  groups: readonly RegionGroup[] | null;
  region: RegionGroup | undefined;
}): ComparePageData {
  const { locale, site, base, all, groups, region } = options;
  const page = region ? routes.compareRegion(region.key) : routes.compare();
  const cited = pageCitation(site, locale, region ? `compare-${region.key}` : 'compare', page, t(locale, 'compare.title'));
  return {
    locale,
    base,
    // The stand-in origin without SITE_URL: the script puts in the address the page is read from.
    site: siteRoot(site, '/'),
    records: `${base}data/compare/`,
    directory: groups ? localePath(locale, routes.compareDirectory(), base) : compareDirectory(locale, base, all, groups),
    split: groups !== null && !region,
    categories: options.categories.map((c) => ({ id: c.id, name: { zh: c.name.zh, en: c.name.en } })),
    page,
    words: templates(locale, COMPARE_VIEW_KEYS),
    citations: selectionCitations(cited, t(locale, 'compare.selectionTitle', { names: '{names}' })),
  };
}

/** Every model's short name and, once the collection is split, the region page holding its columns. */
export function compareDirectory(locale: Locale, base: string, all: readonly CuratedModel[], groups: readonly RegionGroup[] | null): CompareDirectory {
  const regionHref = (group: RegionGroup) => localePath(locale, routes.compareRegion(group.key), base);
  return {
    names: Object.fromEntries(all.map((m) => [m.id, pick(locale, m.short)])),
    pages: groups ? Object.fromEntries(groups.flatMap((g) => g.models.map((m) => [m.id, regionHref(g)]))) : null,
  };
}

/** JSON safe inside a <script> element: no `</script>` can end it early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
