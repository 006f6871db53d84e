/**
 * Locale-independent paths of every page type. These are the site's published URLs: changing one breaks
 * citations in printed briefs, so tests/stable-urls.txt lists them and a test fails when one disappears.
 */
export const routes = {
  home: () => '',
  model: (id: string) => `models/${id}/`,
  mechanisms: () => 'mechanisms/',
  mechanism: (category: string) => `mechanisms/${category}/`,
  compare: () => 'compare/',
  formulas: () => 'formulas/',
  /** A site-wide page's part for one province, once the collection is too large for one page (src/lib/site-wide.ts). */
  mechanismsRegion: (region: string) => `mechanisms/region/${region}/`,
  compareRegion: (region: string) => `compare/region/${region}/`,
  compareDirectory: () => 'compare/directory.json',
  formulasRegion: (region: string) => `formulas/region/${region}/`,
  regionsRegion: (region: string) => `regions/region/${region}/`,
  /** A mechanism category's users in one province (no category id is “region”). */
  mechanismRegion: (category: string, region: string) => `mechanisms/${category}/region/${region}/`,
  glossary: () => 'glossary/',
  regions: () => 'regions/',
  about: () => 'about/',
  brief: () => 'brief/',
  /** The folder of the brief's item index, and one part of it (src/lib/brief/items.ts): _shared, a model's id, _charts or _charts-<province>. */
  briefParts: () => 'brief/items/',
  briefPart: (name: string) => `${routes.briefParts()}${name}.json`,
  search: () => 'search/',
} as const;

/** Anchor of a paragraph in a model page's text. */
export const paragraphAnchor = (n: number) => `p-${n}`;

/** The paragraph number an anchor names (p-3 → 3), or null for any other anchor. */
export const paragraphOf = (anchor: string | undefined): number | null => {
  const n = /^p-(\d+)$/u.exec(anchor ?? '')?.[1];
  return n === undefined ? null : Number(n);
};

/** Anchor of a quoted passage (kind: m metric, k mechanism, s slogan, f formula, c component, n note, t timetable step). */
export const quoteAnchor = (kind: string, index: number) => `q-${kind}-${index}`;
