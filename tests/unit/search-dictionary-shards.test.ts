import { describe, expect, it } from 'vitest';
import { addBlock, blockOf, blocksOf, canBeKey, fromShards, readFacets, recordingDictionary, shardOf, type DictHead, type DictPageBlock, type DictShard, type SearchDictionary } from '../../src/lib/search/shared/dictionary.ts';
import { analyse, fullTextPlan, highlightWords, prepareQuery } from '../../src/lib/search/shared/query.ts';
import { directHits } from '../../src/lib/search/shared/results.ts';
import { toSimplified } from '../../src/lib/search/browser/t2s.ts';
import { splitDictionary } from '../../src/lib/search/build/terms.ts';
import { SEARCH_SET } from '../e2e/search-set.ts';
import { DICTIONARY } from '../fixtures/search-dictionary.ts';

/**
 * What the search page does with a query (src/lib/search/browser/dictionary-client.ts): the shards of the keys it looks
 * up, put together, then the blocks of the pages its direct hits lead to.
 */
function dictionaryFor(text: string, head: DictHead, shards: readonly DictShard[], blocks: readonly DictPageBlock[]): { dict: SearchDictionary; fetched: number } {
  const { dict: recorder, asked } = recordingDictionary(head);
  analyse(text, recorder);
  const needed = [...new Set([...asked].map((key) => shardOf(key, head.shards)))].map((n) => shards[n]!);
  const dict = fromShards(head, needed);
  const pages = directHits(analyse(text, dict), dict).map((hit) => hit.page);
  for (const n of blocksOf(pages, head.blockSize)) addBlock(dict, blocks[n]!);
  return { dict, fetched: needed.length };
}

/** A page as the blocks carry it: its filter values are in the facets file. */
const inBlock = ({ f: _filters, ...page }: SearchDictionary['pages'][number]) => page;

/** Everything the search page derives from the dictionary for a query, in both editions. */
function answer(text: string, dict: SearchDictionary) {
  const segments = analyse(text, dict);
  return { segments, direct: directHits(segments, dict), zh: fullTextPlan(segments, dict, 'zh-CN'), en: fullTextPlan(segments, dict, 'en'), words: highlightWords(segments, dict) };
}

const QUERIES = [
  ...SEARCH_SET.map((c) => c.q),
  // Terms inside longer queries, prefixes, mixed scripts, codes and nothing known.
  '林长制和护林员',
  '党建+林长制',
  'forest chief',
  'forest chiefs in Linxiang',
  'linzhang 包保',
  '1+1+4 森林防火',
  '联点机制 pairing',
  '湿地修复',
  'zzz',
].map((q) => toSimplified(prepareQuery(q).text));

describe('the search dictionary in shards', () => {
  // Small shards and blocks, so the fixture's keys and pages spread over many of them.
  const { head, shards, blocks, facets, paths } = splitDictionary(DICTIONARY, { shardBytes: 400, blockBytes: 300 });

  it('puts every key in exactly one shard, the one its prefix names, with the terms it needs, and every page in one block', () => {
    expect(head.shards).toBeGreaterThan(5);
    expect(blocks.length).toBeGreaterThan(2);
    const pages = blocks.flatMap((block, n) => Object.entries(block).map(([index, page]) => [Number(index), n, page] as const));
    expect(pages.map(([index]) => index)).toEqual(DICTIONARY.pages.map((_, index) => index));
    for (const [index, n, page] of pages) {
      expect(blockOf(index, head.blockSize)).toBe(n);
      expect(page).toEqual(inBlock(DICTIONARY.pages[index]!));
    }
    expect(paths).toEqual(DICTIONARY.pages.map((page) => page.p));
    // Every page's filter values, back from the facets file's postings.
    const postings = readFacets(facets);
    DICTIONARY.pages.forEach((page, index) => {
      const carried = [...postings].filter(([, set]) => set.has(index)).map(([key]) => key.split('\u0000'));
      expect(carried.sort()).toEqual(Object.entries(page.f ?? {}).flatMap(([key, values]) => values.map((value) => [key, value])).sort());
    });
    const placed = shards.flatMap((shard, n) => Object.keys(shard.keys).map((key) => [key, n] as const));
    expect(placed.map(([key]) => key).sort()).toEqual(Object.keys(DICTIONARY.keys).sort());
    for (const [key, n] of placed) {
      expect(shardOf(key, head.shards)).toBe(n);
      for (const [term] of shards[n]!.keys[key]!) {
        expect(shards[n]!.terms[term]).toEqual(DICTIONARY.terms[term]);
      }
    }
  });

  it('answers every query of the search test set, and harder ones, exactly as the whole dictionary does, with the pages of its hits', () => {
    for (const q of QUERIES) {
      const { dict, fetched } = dictionaryFor(q, head, shards, blocks);
      expect(answer(q, dict), q).toEqual(answer(q, DICTIONARY));
      for (const hit of answer(q, dict).direct) expect(dict.pages[hit.page], q).toEqual(inBlock(DICTIONARY.pages[hit.page]!));
      expect(fetched, q).toBeLessThan(head.shards);
    }
  });

  it('shards Han keys by their first two characters, Latin by three letters, and never asks for a lone Han character', () => {
    for (const n of [7, 101, 997]) {
      expect(shardOf('林长制', n)).toBe(shardOf('林长', n));
      expect(shardOf('forestchiefsystem', n)).toBe(shardOf('forestchief', n));
      expect(shardOf('1+1+4', n)).toBe(shardOf('1+1', n));
    }
    // Keys of one first character spread over shards: of 20 two-character prefixes of 党, some differ.
    const prefixes = [...'建旗员组织委政群风史性课日徽章纪领务内外'].map((c) => shardOf(`党${c}`, 101));
    expect(new Set(prefixes).size).toBeGreaterThan(10);
    expect([canBeKey('林'), canBeKey('林长'), canBeKey('1'), canBeKey(''), canBeKey('lin')]).toEqual([false, true, true, false, true]);
    const { dict: recorder, asked } = recordingDictionary(head);
    analyse('林', recorder);
    expect([...asked]).toEqual([]);
  });

  it('fetches the shards of a term’s starting characters only: 林长制 costs two of them, not the dictionary', () => {
    const { fetched } = dictionaryFor('林长制', head, shards, blocks);
    expect(fetched).toBeLessThanOrEqual(2);
  });

  it('is one shard when the dictionary is small, and the head carries what the page needs before any shard', () => {
    const whole = splitDictionary(DICTIONARY, { shardBytes: 10_000_000, blockBytes: 10_000_000 });
    expect(whole.shards).toHaveLength(1);
    expect(whole.blocks).toHaveLength(1);
    expect(whole.head).toEqual({ v: 4, shards: 1, blockSize: whole.head.blockSize, trad: DICTIONARY.trad, maxHan: DICTIONARY.maxHan, maxWords: DICTIONARY.maxWords });
    expect(whole.head.blockSize).toBeGreaterThanOrEqual(DICTIONARY.pages.length);
    expect(answer('林长制', fromShards(whole.head, whole.shards, whole.blocks))).toEqual(answer('林长制', DICTIONARY));
  });
});
