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
}

let loading: Promise<Pagefind> | null = null;

/** Loads Pagefind once, from `<base>pagefind/`. It picks the index of the page's <html lang>. */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base.endsWith('/') ? base : `${base}/`}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // pageLength 0: rank by how much of the query a page holds, whatever its length. Model pages are long (the
    // whole source text) and are the sources; the shorter mechanism and overview pages only quote them, and
    // with Pagefind's default length penalty they outranked the page that says it (黄盖湖, 碳市场, 乡贤).
    await pagefind.options({ excerptLength: 36, ranking: { pageLength: 0 } });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
