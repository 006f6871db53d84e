import { fetchJson } from '../../fetch.ts';
import { sitePath } from '../../locale.ts';

/**
 * The slice of Pagefind's browser API the search page uses (pagefind.js is written by the indexer at build
 * time, so it is loaded at run time from the site's base path, not bundled).
 */

export interface PagefindAnchor {
  element: string;
  id: string;
  title?: string;
  text?: string;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: PagefindAnchor;
}

export interface PagefindData {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content?: string;
  /** The indexed text as Pagefind stores it (words of segmented pages separated by zero-width spaces). */
  raw_content?: string;
  /** Every element with an id, with the word it precedes. */
  anchors?: PagefindAnchor[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<void>;
}

let loading: Promise<Pagefind> | null = null;

/**
 * Loads Pagefind once, from `<base>pagefind/`, with the index of the page's <html lang>. A large edition is
 * indexed in shards (scripts/lib/search-index.ts lists them in pagefind/shards.json); the shards of this
 * language are merged into the main index, so one search covers them all.
 */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const root = sitePath('pagefind/', base);
    const [pagefind, shards] = await Promise.all([import(/* @vite-ignore */ `${root}pagefind.js`) as Promise<Pagefind>, loadShardList(root)]);
    // pageLength 0: rank by how much of the query a page holds, whatever its length. Model pages are long (the
    // whole source text) and are the sources; the shorter mechanism and overview pages only quote them, and
    // with Pagefind's default length penalty they outranked the page that says it (黄盖湖, 碳市场, 乡贤).
    const options = { excerptLength: 36, ranking: { pageLength: 0 } };
    await pagefind.options(options);
    await pagefind.init();
    // Options given to the main index do not reach merged ones, so each shard gets them too.
    const language = document.documentElement.lang.toLowerCase();
    await Promise.all((shards[language] ?? []).map((folder) => pagefind.mergeIndex(`${root}${folder}`, { ...options, language })));
    return pagefind;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** The shard folders of each language, relative to pagefind/. A search without them would silently miss pages. */
function loadShardList(root: string): Promise<Record<string, string[]>> {
  return fetchJson<Record<string, string[]>>(`${root}shards.json`);
}
