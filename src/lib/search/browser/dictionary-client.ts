import { addBlock, blocksOf, fromShards, readFacets, recordingDictionary, shardOf, type DictFacets, type DictHead, type DictPageBlock, type DictShard, type SearchDictionary } from '../shared/dictionary.ts';
import type { Postings } from '../shared/facets.ts';
import { analyse } from '../shared/query.ts';

/**
 * The term dictionary as the search page fetches it (src/lib/search/shared/dictionary.ts): from its head (written into
 * the page), the shards of the keys a query looks up, the blocks of the pages a list shows, and the facets file,
 * each file once per page load (a failed fetch is tried again by the next query).
 */
export interface DictionaryClient {
  head: DictHead;
  /** The dictionary a query needs: the shards of every key its analysis asks for. Pages come with `showPages`. */
  forQuery(text: string): Promise<SearchDictionary>;
  /** Adds these pages to a query's dictionary: the blocks holding them. */
  showPages(dict: SearchDictionary, pages: readonly number[]): Promise<void>;
  /** Every page's filter values, as postings by page index. */
  postings(): Promise<Postings<number>>;
  /** Every page's path, by page index. */
  paths(): Promise<string[]>;
}

export function dictionaryClient(folder: string, head: DictHead, fetchJson: <T>(url: string) => Promise<T>): DictionaryClient {
  const files = new Map<string, Promise<unknown>>();
  const load = <T,>(name: string): Promise<T> => {
    let file = files.get(name);
    if (!file) {
      file = fetchJson<T>(`${folder}${name}.json`);
      file.catch(() => files.delete(name));
      files.set(name, file);
    }
    return file as Promise<T>;
  };
  let postings: Promise<Postings<number>> | null = null;
  return {
    head,
    async forQuery(text) {
      const { dict: recorder, asked } = recordingDictionary(head);
      analyse(text, recorder);
      const needed = [...new Set([...asked].map((key) => shardOf(key, head.shards)))];
      return fromShards(head, await Promise.all(needed.map((n) => load<DictShard>(String(n)))));
    },
    async showPages(dict, pages) {
      const { blockSize } = head;
      const missing = pages.filter((page) => !dict.pages[page]);
      for (const block of await Promise.all(blocksOf(missing, blockSize).map((n) => load<DictPageBlock>(`p${n}`)))) addBlock(dict, block);
    },
    postings() {
      postings ??= load<DictFacets>('facets').then(readFacets);
      postings.catch(() => (postings = null));
      return postings;
    },
    paths: () => load<string[]>('paths'),
  };
}
