import type { CuratedModel } from '../../../schemas/model.ts';

/**
 * Search facets: which filter values a page carries (written on the page as `data-pagefind-filter`, and into
 * the term dictionary for direct hits), and how the search page's URL holds a query and its selected
 * values. One definition serves the pages, the dictionary and the search page, so they cannot drift apart.
 */

/** Facets in the order the search page shows them. */
export const FACETS = ['type', 'province', 'level', 'sector', 'category', 'year'] as const;
export type FacetKey = (typeof FACETS)[number];

/** Values of each facet a page carries. */
export type PageFilters = Partial<Record<FacetKey, string[]>>;

/** Page types, for the `type` facet. */
export const PAGE_TYPES = ['model', 'mechanism', 'formula', 'glossary', 'region', 'overview'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/**
 * The type of a page from its locale-independent path ('' for home, 'models/x/' …), or null for pages that
 * are not search results (the search page itself).
 */
export function pageType(path: string): PageType | null {
  const first = path.replace(/^\/+/, '').split('/')[0] ?? '';
  switch (first) {
    case 'models':
      return 'model';
    case 'mechanisms':
      return 'mechanism';
    case 'formulas':
      return 'formula';
    case 'glossary':
      return 'glossary';
    case 'regions':
      return 'region';
    case 'search':
      return null;
    default:
      return 'overview';
  }
}

/** The year a model's source was published, when the source gives a date. */
export function publishedYear(model: CuratedModel): string | null {
  return model.source.published?.match(/^(\d{4})/)?.[1] ?? null;
}

/** Filter values of a model page (its type comes from the layout, like every page's). */
export function modelFilters(model: CuratedModel): PageFilters {
  const year = publishedYear(model);
  return {
    province: [model.region.province],
    level: [model.level],
    sector: [model.sector],
    category: [...new Set(model.mechanisms.map((m) => m.category))],
    ...(year ? { year: [year] } : {}),
  };
}

/** Filter values of a mechanism category page (its type comes from the layout). */
export function categoryFilters(id: string): PageFilters {
  return { category: [id] };
}

/**
 * `data-pagefind-filter` values (key:value) for a page's filters. Pagefind reads an inline value to the end
 * of the attribute, so each value needs its own element.
 */
export function filterAttributes(filters: PageFilters): string[] {
  return FACETS.flatMap((key) => (filters[key] ?? []).map((value) => `${key}:${value}`));
}

/** What the search page's URL holds. */
export interface SearchState {
  /** The query as typed (not yet normalised). */
  q: string;
  /** Selected values per facet: OR within a facet, AND across facets. */
  filters: Partial<Record<FacetKey, string[]>>;
  /** 'plain' runs Pagefind on the raw query with no term dictionary (the baseline the test measures). */
  mode: 'terms' | 'plain';
}

const FACET_SET = new Set<string>(FACETS);

/** Reads the search page's URL parameters. Unknown parameters are ignored; repeated facet values are kept once. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [key, value] of params) {
    if (!FACET_SET.has(key) || value.trim() === '') continue;
    const list = (filters[key as FacetKey] ??= []);
    if (!list.includes(value)) list.push(value);
  }
  return { q: params.get('q') ?? '', filters, mode: params.get('mode') === 'plain' ? 'plain' : 'terms' };
}

/** Writes a search state back as URL parameters (q first, facets in display order, mode only when plain). */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  params.set('q', state.q);
  for (const key of FACETS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.mode === 'plain') params.set('mode', 'plain');
  return params;
}

/**
 * Facet value → the results that carry it: Pagefind result ids for full text (from filter-only searches),
 * dictionary page indices for direct hits (from /search-terms/facets.json). Keys are postingKey(facet, value).
 */
export type Postings<Id> = Map<string, Set<Id>>;

export const postingKey = (key: FacetKey, value: string): string => `${key}\u0000${value}`;

/** True when a result satisfies the selection (OR within a facet, AND across), by the postings; `without` ignores one facet. */
export function passesFilters<Id>(id: Id, filters: SearchState['filters'], postings: Postings<Id>, without?: FacetKey): boolean {
  return FACETS.every((key) => {
    const wanted = filters[key];
    if (key === without || !wanted || wanted.length === 0) return true;
    return wanted.some((value) => postings.get(postingKey(key, value))?.has(id));
  });
}

/**
 * How many results each facet value would leave: for one facet, the results that pass every other facet's
 * selection and carry the value (so values of one facet add up as OR, and the counts say what ticking one gives).
 */
export function facetCounts<Id>(ids: readonly Id[], filters: SearchState['filters'], postings: Postings<Id>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of FACETS) {
    const pool = ids.filter((id) => passesFilters(id, filters, postings, key));
    for (const [posting, set] of postings) {
      if (posting.startsWith(`${key}\u0000`)) counts.set(posting, pool.filter((id) => set.has(id)).length);
    }
  }
  return counts;
}
