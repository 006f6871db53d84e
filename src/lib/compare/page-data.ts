import { fetchJson } from '../fetch.ts';
import type { Bilingual, Locale } from '../locale.ts';
import type { SelectionCitations } from './citation.ts';

/**
 * What /compare/ (and a province's compare page) hands its script, as JSON in the page: enough to read a ?m=
 * selection, fetch the chosen models' records and draw their comparison in the edition's words. Built by
 * ./page-data-build.ts; read by src/scripts/compare/.
 */
export interface ComparePageData {
  locale: Locale;
  /** The site's base path ('/' or '/atlas/') and its configured address (SITE_URL), for absolute links in downloads. */
  base: string;
  site: string;
  /** The records' folder: a model's is `${records}${id}.json` (src/pages/data/compare/[id].json.ts). */
  records: string;
  /**
   * Every model of the collection (?m= may name any of them), in the page, or the address of the file holding
   * them once the collection is split by province: at 1,000 models the two maps were 90 KB of every compare page.
   */
  directory: CompareDirectory | string;
  /** The top page of a split collection, which shows no models of its own. */
  split: boolean;
  categories: Array<{ id: string; name: Bilingual }>;
  /** This page's path (locale-independent, from routes). */
  page: string;
  /** UI templates (src/lib/compare/view-words.ts). */
  words: Record<string, string>;
  citations: SelectionCitations | null;
}

/** The models a ?m= selection can name. */
export interface CompareDirectory {
  /** id → short name. */
  names: Record<string, string>;
  /** Once the collection is split by province: id → the region page holding the model's columns. */
  pages: Record<string, string> | null;
}

/** The directory of a page's data: in the page, or fetched (src/pages/[...locale]/compare/directory.json.ts). */
export async function loadDirectory(data: ComparePageData): Promise<CompareDirectory> {
  return typeof data.directory === 'string' ? fetchJson<CompareDirectory>(data.directory) : data.directory;
}

/** The page's data, from its JSON block (null on a page without one). */
export function readPageData(doc: Document): ComparePageData | null {
  const block = doc.querySelector('script[type="application/json"][data-compare-data]');
  return block?.textContent ? (JSON.parse(block.textContent) as ComparePageData) : null;
}
