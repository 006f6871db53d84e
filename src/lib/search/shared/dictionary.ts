import { fnv1a } from '../../text/hash.ts';
import { codeKey, hanCount, hasHan } from './normalize.ts';
import { FACETS, postingKey, type FacetKey, type PageFilters, type Postings } from './facets.ts';

/**
 * The term dictionary's shape: built once per build from the taxonomy, glossary and curated entries
 * (src/lib/search/build/terms.ts), served as JSON, and read by the search page (src/lib/search/shared/query.ts). Field
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
  /**
   * Filter values, the same the page carries for Pagefind. The whole dictionary has them; the blocks the search
   * page fetches leave them out, since /search-terms/facets.json holds them for every page as postings.
   */
  f?: PageFilters;
  /**
   * The exact sentences, by anchor, that put a term on this page (the curated entry's quotes, checked against
   * the source at build time): a direct hit shows the one at its anchor without loading the page's full text.
   */
  x?: Record<string, string[]>;
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
  /** Normalised key (src/lib/search/shared/normalize.ts) → the terms it names. */
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

/**
 * The dictionary as the search page fetches it: never whole. A small head (the Traditional gate and the scan
 * bounds), shards by key, each holding its keys with the terms they name, and the pages in blocks by index, so
 * a query fetches the head, the few shards of the keys it looks up (林长制: the shards of 林… and 长…), the
 * blocks of the pages of the direct hits it shows (ten at a time), and the facets file that filters and counts
 * all of them. A page is written once, in its block: when shards carried the pages of
 * their terms, a page hit by many terms was copied into most shards (at 1,000 models shards of up to 860 KB,
 * 124 MB in all). A key's shard follows from its first two characters (Han), its first character (digit,
 * plus) or its first three letters (Latin), so a Latin prefix of five letters or more (forest chief →
 * forestchiefsystem) lies in the shard of its own key.
 */
export interface DictHead {
  v: 4;
  /** Number of shards: /search-terms/<0…shards-1>.json. */
  shards: number;
  /** Pages per block: page i is in /search-terms/p<floor(i / blockSize)>.json. */
  blockSize: number;
  trad: string;
  maxHan: number;
  maxWords: number;
}

export interface DictShard {
  keys: Record<string, KeyTarget[]>;
  /** The terms the keys name, by their index in the whole dictionary. */
  terms: Record<number, DictTerm>;
}

/** A block of pages, by their index in the whole dictionary. */
export type DictPageBlock = Record<number, DictPage>;

/**
 * Every page's filter values as postings, /search-terms/facets.json: facet → value → the indices of the pages
 * that carry it, written as gaps (the first index, then each one's distance from the last), which gzip packs
 * tightly. With them, direct hits are filtered and counted without fetching the pages they lead to.
 */
export type DictFacets = Partial<Record<FacetKey, Record<string, number[]>>>;

/** The facets file of a list of pages. */
export function facetsFile(pages: readonly DictPage[]): DictFacets {
  const file: DictFacets = {};
  for (const key of FACETS) {
    const byValue = new Map<string, number[]>();
    pages.forEach((page, index) => {
      for (const value of page.f?.[key] ?? []) {
        const list = byValue.get(value);
        if (list) list.push(index);
        else byValue.set(value, [index]);
      }
    });
    if (byValue.size === 0) continue;
    file[key] = Object.fromEntries([...byValue].map(([value, indices]) => [value, indices.map((n, i) => (i === 0 ? n : n - indices[i - 1]!))]));
  }
  return file;
}

/** The postings a facets file holds (the reverse of facetsFile). */
export function readFacets(file: DictFacets): Postings<number> {
  const postings: Postings<number> = new Map();
  for (const key of FACETS) {
    for (const [value, gaps] of Object.entries(file[key] ?? {})) {
      let at = 0;
      postings.set(postingKey(key, value), new Set(gaps.map((gap, i) => (at = i === 0 ? gap : at + gap))));
    }
  }
  return postings;
}

/** The block a page lies in. */
export const blockOf = (page: number, blockSize: number): number => Math.floor(page / blockSize);

/** The blocks holding these pages, in order. */
export function blocksOf(pages: Iterable<number>, blockSize: number): number[] {
  return [...new Set([...pages].map((page) => blockOf(page, blockSize)))].sort((a, b) => a - b);
}

/** The part of a key that decides its shard. */
function shardPrefix(key: string): string {
  if (/^[a-z]/u.test(key)) return key.slice(0, 3);
  // Han keys by their first two characters (every Han key has two): by one, the shard of 党 held every term
  // starting with it, and at 5,000 models its hit lists made a query for 党建林 fetch 99 KB.
  const [first = '', second = ''] = key;
  return hasHan(first) && hasHan(second) ? `${first}${second}` : first;
}

/**
 * True for a string that can be a key: never a lone Han character (a code such as 1+1 can be short). The
 * dictionary makes no other keys, and the search page asks for no other shards.
 */
export function canBeKey(key: string): boolean {
  return key !== '' && !(hasHan(key) && hanCount(key) < 2 && codeKey(key) === '');
}

/** The shard a key lies in. */
export function shardOf(key: string, shards: number): number {
  return fnv1a(shardPrefix(key)) % shards;
}

/**
 * The keys a query would look up, found by running `analyse` against a dictionary that knows no key and
 * records every key asked for. A dictionary that knows none makes every scan try every span, so the keys
 * recorded include every key the real analysis asks for; their shards are all a query needs.
 */
export function recordingDictionary(head: DictHead): { dict: SearchDictionary; asked: Set<string> } {
  const asked = new Set<string>();
  const keys = new Proxy({} as Record<string, KeyTarget[]>, {
    getOwnPropertyDescriptor: (_target, key) => {
      if (typeof key === 'string' && canBeKey(key)) asked.add(key);
      return undefined;
    },
  });
  return { dict: { v: 1, pages: [], terms: [], keys, trad: head.trad, maxHan: head.maxHan, maxWords: head.maxWords }, asked };
}

/**
 * A dictionary made of fetched shards: what `analyse` and the result functions read, for the keys fetched, with
 * the pages of the blocks given (the search page adds the blocks of the hits it shows as it shows them).
 */
export function fromShards(head: DictHead, shards: readonly DictShard[], blocks: readonly DictPageBlock[] = []): SearchDictionary {
  const dict: SearchDictionary = { v: 1, pages: [], terms: [], keys: {}, trad: head.trad, maxHan: head.maxHan, maxWords: head.maxWords };
  for (const shard of shards) {
    Object.assign(dict.keys, shard.keys);
    for (const [index, term] of Object.entries(shard.terms)) dict.terms[Number(index)] = term;
  }
  for (const block of blocks) addBlock(dict, block);
  return dict;
}

/** Puts a block's pages into a dictionary, at their indices. */
export function addBlock(dict: SearchDictionary, block: DictPageBlock): void {
  for (const [index, page] of Object.entries(block)) dict.pages[Number(index)] = page;
}
