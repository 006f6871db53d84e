import type { EntryDigests, ModelEntry } from '../content.ts';
import type { CuratedModel } from '../schemas/model.ts';
import { regionChartsPart } from './brief/items.ts';
import { figurePeers, relatedModels } from './compare.ts';
import { digestOf } from './digest.ts';
import { memoPerCollection } from './per-collection.ts';
import { treeRoots } from './figures/formula.ts';
import type { Locale } from './i18n.ts';
import { regionGroups, type RegionGroup } from './site-wide.ts';
import { formulasPageOf } from './model-contents.ts';
import { ACCESSED } from './site.ts';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`, astro.config.mjs). A page that
 * returns a `cacheKey` from getStaticPaths is not rendered again while its key and its code (the modules it
 * imports, which Astro hashes itself) are unchanged: its last output is copied back. So a key must change with
 * everything the page shows that is not code: its own entry, every other entry whose data it shows, and the
 * values it takes from the whole collection (positions, counts, which peers it is compared with, where a chart's
 * data are served). A route that cannot name those returns no key and is rendered every time: always correct.
 * tests/e2e/incremental.test.ts holds the output of a rebuild byte for byte to a cold build's.
 */

/**
 * Settings that steer the tools around the build and never what a page shows: the benchmark's log, the search
 * index's shard size (the shards' own keys follow their pages).
 */
const NOT_PAGE_SETTINGS = new Set(['ATLAS_BENCH_LOG', 'ATLAS_SEARCH_SHARD_PAGES']);

/**
 * What every page shows that no entry holds: the date its citations give as accessed (today unless SITE_DATE),
 * and the build's settings, which all come from SITE_* and ATLAS_* variables (SITE_URL, SITE_BASE,
 * ATLAS_SITE_WIDE_LIMIT …): a build with other settings renders every keyed page again. Every such variable
 * counts but the few known not to reach a page, so a new setting is never missed. Astro also checks its own
 * config (address, base path) and the lockfile.
 */
const BUILD_INPUTS = {
  accessed: ACCESSED,
  settings: Object.entries(process.env)
    .filter(([name]) => /^(SITE|ATLAS)_/.test(name) && !NOT_PAGE_SETTINGS.has(name))
    .sort(([a], [b]) => a.localeCompare(b)),
};

/** A page's key from the parts named: what it shows beyond its code, with the build's own inputs. */
export function pageKey(parts: Record<string, unknown>): string {
  return digestOf({ ...BUILD_INPUTS, ...parts });
}

/** The ids given with the digests of their entries. */
function withDigests(digests: EntryDigests, models: readonly CuratedModel[]): Array<[string, string | undefined]> {
  return models.map((model) => [model.id, digests.models.get(model.id)]);
}

/** A key for a page that shows one entry's data and nothing of the others' (its citation files, its brief part). */
export function entryKey(digests: EntryDigests, id: string): string {
  return pageKey({ entry: digests.models.get(id), id });
}

interface ModelPageInputs {
  locale: Locale;
  curated: readonly CuratedModel[];
  digests: EntryDigests;
}

/**
 * What a model's charts and brief part show beyond its own entry: the taxonomy its mechanisms are grouped by, the
 * collection's shape (the count in its charts' source lines, the series colours by position), the chart peers it
 * is compared with (chosen from the whole collection, so a change elsewhere can change who they are) and the
 * formulas page its formula charts are drawn on.
 */
function modelShows(data: ModelEntry['data'], { curated, digests }: Omit<ModelPageInputs, 'locale'>): Record<string, unknown> {
  // Once per model and build: both editions' model pages and brief parts ask, and picking the peers scans the collection.
  return showsOnce(curated, `${data.id} ${digests.models.get(data.id)} ${digests.taxonomy} ${digests.shape}`, () => {
    const model = data.draft ? null : data;
    return {
      entry: digests.models.get(data.id),
      taxonomy: digests.taxonomy,
      shape: digests.shape,
      peers: model ? withDigests(digests, figurePeers(model, curated)) : [],
      formulasPage: model && treeRoots(model).length > 0 ? formulasPageOf(model, curated) : null,
    };
  });
}
const showsOnce = memoPerCollection<Record<string, unknown>>();

/**
 * A model page's key (src/pages/[...locale]/models/[id].astro): what its charts show (modelShows) and the related
 * models it lists. Its charts' CSV downloads come from its own brief part, named by its id.
 */
export function modelPageKey(entry: ModelEntry, inputs: ModelPageInputs): string {
  const data = entry.data;
  const related = data.draft ? [] : withDigests(inputs.digests, relatedModels(data, inputs.curated).map((r) => r.model));
  return pageKey({ locale: inputs.locale, ...modelShows(data, inputs), related });
}

interface BriefPartInputs extends ModelPageInputs {
  /** The shown entries by id (src/content.ts getModelsById). */
  entries: ReadonlyMap<string, ModelEntry>;
}

/**
 * A brief part's key (src/pages/[...locale]/brief/items/[file].json.ts), or null for a part that draws on every
 * entry (the shared part's titles, the collection's charts), which is rendered every time and costs little. A
 * model's part shows its entry and its charts; a province's chart part, its models' charts.
 */
export function briefPartKey(file: string, inputs: BriefPartInputs): string | null {
  const entry = inputs.entries.get(file);
  if (entry) return pageKey({ locale: inputs.locale, part: file, ...modelShows(entry.data, inputs) });
  const group = (regionGroups(inputs.curated) ?? []).find((g) => regionChartsPart(g.key) === file);
  return group ? regionPageKey(inputs.digests, inputs.locale, group, group.models, { part: file }) : null;
}

/**
 * A region page's key (the pages of a site-wide page for one province, src/lib/site-wide.ts): the models it shows
 * (its province's, or those of them a page picks), the taxonomy, the collection's shape (the totals its
 * introduction gives, which provinces exist) and whatever else the page takes from the whole collection (`parts`:
 * a category's total, which figures are compared, the brief parts its charts' CSV downloads come from).
 */
export function regionPageKey(digests: EntryDigests, locale: Locale, group: RegionGroup, models: readonly CuratedModel[], parts: Record<string, unknown> = {}): string {
  return pageKey({ locale, region: group.key, models: withDigests(digests, models), taxonomy: digests.taxonomy, shape: digests.shape, ...parts });
}

/** Region pages' paths (regionPaths), each with its key; `parts` adds what a page takes from beyond its models. */
export function withRegionKeys<P extends { props: { locale: Locale; group: RegionGroup } }>(
  paths: readonly P[],
  digests: EntryDigests,
  parts: (locale: Locale, group: RegionGroup) => Record<string, unknown> = () => ({}),
): Array<P & { cacheKey: string }> {
  return paths.map((path) => ({ ...path, cacheKey: regionPageKey(digests, path.props.locale, path.props.group, path.props.group.models, parts(path.props.locale, path.props.group)) }));
}
