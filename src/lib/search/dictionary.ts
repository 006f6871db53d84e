import type { PageFilters } from './facets.ts';

/**
 * The term dictionary's shape: built once per build from the taxonomy, glossary and curated entries
 * (src/lib/search/terms.ts), served as JSON, and read by the search page (src/lib/search/query.ts). Field
 * names are short because the file is downloaded by readers; each is documented here.
 */

/** What a term is, for the label on a direct hit. */
export type TermKind = 'category' | 'glossary' | 'formula' | 'slogan' | 'mechanism' | 'place' | 'org';

/** A page that terms point to. */
export interface DictPage {
  /** Locale-independent path ('models/x/', 'mechanisms/y/', 'glossary/'). */
  p: string;
  /** Title, [Chinese, English]. */
  t: [string, string];
  /** Place, [Chinese, English] (model pages). */
  pl?: [string, string];
  /** Brand slogan (model pages that have one). */
  s?: string;
  /** Filter values, the same the page carries for Pagefind. */
  f: PageFilters;
}

/**
 * One direct hit: a page index and an anchor on it ('' for the top of the page). A model hit of a mechanism
 * category adds the indices of the category's Chinese forms that the model's mechanisms use: it is a strong
 * hit when the reader typed one of those, a weak one (the model uses the category under another name) otherwise.
 */
export type DictHit = [page: number, anchor: string] | [page: number, anchor: string, forms: number[]];

/** A term: a mechanism category, glossary term, formula, slogan, mechanism, place, model title or body. */
export interface DictTerm {
  /** Chinese forms, Simplified; the first is the canonical name. Full text is searched for these as phrases. */
  zh: string[];
  /** English name ('' when the term has none). */
  en: string;
  /** Kind of term. */
  k: TermKind;
  /** Direct hits, best first: the term's own page, then the models that use it, at the paragraph. */
  h: DictHit[];
}

/** A key's meaning: which term, and which of its Chinese forms the key spells (0: the canonical name). */
export type KeyTarget = [term: number, form: number];

export interface SearchDictionary {
  /** Format version. */
  v: 1;
  pages: DictPage[];
  terms: DictTerm[];
  /** Normalised key (src/lib/search/normalize.ts) → the terms it names. */
  keys: Record<string, KeyTarget[]>;
  /**
   * Traditional characters whose Simplified form occurs on the site. A query holding one of them loads
   * OpenCC to convert it; other queries never pay for the converter.
   */
  trad: string;
  /** Longest Han key, in characters: bounds the scan that finds terms inside a longer query. */
  maxHan: number;
  /** Longest Latin term, in words: bounds the same scan over Latin words. */
  maxWords: number;
}

/** Targets of a key, or an empty list. */
export function lookup(dict: SearchDictionary, key: string): KeyTarget[] {
  return key !== '' && Object.hasOwn(dict.keys, key) ? (dict.keys[key] ?? []) : [];
}
