import { describe, expect, it } from 'vitest';
import { fullTextFirst, nextPage, PAGE_SIZE, runPlan, shownPassages, type SearchFn } from '../../src/lib/search/browser/engine.ts';
import type { PagefindResult, PagefindSubResult } from '../../src/lib/search/browser/pagefind-client.ts';
import { paragraphAnchor, paragraphOf } from '../../src/lib/routes.ts';
import { analyse } from '../../src/lib/search/shared/query.ts';
import { directHits, excerptPieces, quotePassage, type Passage } from '../../src/lib/search/shared/results.ts';
import { DICTIONARY } from '../fixtures/search-dictionary.ts';

/**
 * The search page's engine, without a browser: the decisions the controller takes. The index is a table of
 * which pages hold which words, answered the way Pagefind answers (ids and scores; a quoted phrase unranked).
 */
const PAGES: Record<string, { text: string; score: number }> = {
  a: { text: '林长制 护林员', score: 3 },
  b: { text: '林长制', score: 5 },
  c: { text: '护林员 林长', score: 1 },
};
const result = (id: string, score: number): PagefindResult => ({ id, score, data: () => Promise.reject(new Error('not needed')) });
const index: SearchFn = async (query) => {
  const phrase = /^".*"$/u.test(query);
  const words = phrase ? [query.slice(1, -1)] : query.split(/\s+/u);
  const ids = Object.keys(PAGES).filter((id) => words.every((w) => PAGES[id]!.text.includes(w)));
  return { results: ids.map((id) => result(id, phrase ? 0 : PAGES[id]!.score)) };
};

describe('when full text runs', () => {
  it('at once for words the dictionary does not know or a term with no page; for a known term only when asked', () => {
    const known = analyse('林长制', DICTIONARY);
    expect(fullTextFirst(known, directHits(known, DICTIONARY).length)).toBe(false);
    const mixed = analyse('生态护林员', DICTIONARY);
    expect(fullTextFirst(mixed, directHits(mixed, DICTIONARY).length)).toBe(true);
    expect(fullTextFirst(known, 0)).toBe(true);
    expect(fullTextFirst([], 0)).toBe(true);
  });
});

describe('a plan’s searches', () => {
  it('ANDs parts and clauses, ORs alternatives, and ranks a phrase by the same words unquoted', async () => {
    const hits = await runPlan(index, [{ alternatives: [{ parts: ['林长制'], phrase: true }], free: false }]);
    expect(hits.map((h) => [h.id, h.score])).toEqual([['b', 5], ['a', 3]]);
    const both = await runPlan(index, [
      { alternatives: [{ parts: ['林长制'], phrase: true }], free: false },
      { alternatives: [{ parts: ['护林员'], phrase: false }], free: true },
    ]);
    expect(both.map((h) => h.id)).toEqual(['a']);
    expect(both[0]!.results.map((r) => r.free)).toEqual([false, true]);
    const either = await runPlan(index, [{ alternatives: [{ parts: ['护林员'], phrase: false }, { parts: ['林长制'], phrase: false }], free: true }]);
    expect(either.map((h) => h.id).sort()).toEqual(['a', 'b', 'c']);
    // orLoose: a phrase found nowhere falls back to its words anywhere.
    const loose = await runPlan(index, [{ alternatives: [{ parts: ['林长 护林员'], phrase: true, orLoose: true }], free: false }]);
    expect(loose.map((h) => h.id)).toEqual(['a', 'c']);
    expect(await runPlan(index, [])).toEqual([]);
  });
});

describe('passages', () => {
  const anchor = (id: string, title = '') => ({ element: 'p', id, title, location: 0 });
  const passage = (id: string, count: number): Passage => ({ anchor: anchor(id, `¶${id.slice(2)}`), pieces: [{ text: id, mark: true }], count });
  const sub = (id: string, locations: number[]): PagefindSubResult => ({ title: id, url: `/x/#${id}`, excerpt: `<mark>${id}</mark>`, locations, anchor: anchor(id, `¶${id.slice(2)}`) });

  it('puts the result’s own paragraph first, then paragraphs by occurrences, then Pagefind’s, three at most, none twice', () => {
    const shown = shownPassages('p-9', [passage('p-2', 1), passage('p-9', 1), passage('p-4', 3)], [sub('p-4', [1, 2]), sub('p-7', [1])]);
    expect(shown.map((p) => p.id)).toEqual(['p-9', 'p-4', 'p-2']);
    expect(shownPassages('', [passage('p-2', 1)], [sub('p-2', [1]), sub('p-7', [1])]).map((p) => p.id)).toEqual(['p-2', 'p-7']);
  });

  it('quotes the curated sentence that holds most of the reader’s words, around them; one without them as it is', () => {
    const quotes = ['坚持以党建引领推深做实林长制', '创新推进“党建+林长制”和“党建+护林员”机制'];
    const pieces = quotePassage(quotes, ['林长制', '护林员'], 6);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['林长制', '护林员']);
    expect(pieces.map((p) => p.text).join('')).toBe('…推进“党建+林长制”和“党建+护林员”机制');
    expect(quotePassage(['全面落实责任制度'], ['林长制'])).toEqual([{ text: '全面落实责任制度', mark: false }]);
    expect(quotePassage(['一'.repeat(100)], ['林长制'], 10)).toEqual([{ text: `${'一'.repeat(30)}…`, mark: false }]);
    expect(quotePassage([], ['林长制'])).toEqual([]);
  });

  it('cuts an excerpt around the first occurrence inside its bounds, with an ellipsis where the text goes on', () => {
    expect(excerptPieces('abcdefghij', [[4, 5]], 0, 10, 2)).toEqual([
      { text: '…', mark: false },
      { text: 'cd', mark: false },
      { text: 'e', mark: true },
      { text: 'fghi', mark: false },
      { text: '…', mark: false },
    ]);
    expect(excerptPieces('abc', [], 0, 3, 2)).toEqual([{ text: 'abc', mark: false }]);
  });
});

describe('paragraph anchors', () => {
  it('reads the paragraph an anchor names, and nothing from any other anchor', () => {
    expect(paragraphOf(paragraphAnchor(12))).toBe(12);
    expect([paragraphOf('linzhangzhi'), paragraphOf('p-'), paragraphOf('q-k-3'), paragraphOf(undefined)]).toEqual([null, null, null, null]);
  });
});

describe('paging', () => {
  it('gives the next PAGE_SIZE items after those shown, and nothing past the end', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    expect(nextPage(items, 0)).toEqual(items.slice(0, PAGE_SIZE));
    expect(nextPage(items, 20)).toEqual([20, 21, 22]);
    expect(nextPage(items, 23)).toEqual([]);
  });
});
