import { describe, expect, it } from 'vitest';
import { facetsFile, readFacets } from '../../src/lib/search/shared/dictionary.ts';
import { passesFilters } from '../../src/lib/search/shared/facets.ts';
import { distinct, mean, percentile, recallAt, reciprocalRank } from '../../src/lib/search/shared/metrics.ts';
import { findOccurrences, highlightParam } from '../../src/lib/search/shared/occurrences.ts';
import { analyse } from '../../src/lib/search/shared/query.ts';
import { anchorOf, directHits, markedWords, parseExcerpt, pathOf, phrasePassages } from '../../src/lib/search/shared/results.ts';
import { DICTIONARY } from '../fixtures/search-dictionary.ts';

const POSTINGS = readFacets(facetsFile(DICTIONARY.pages));
const pages = (q: string, filters = {}) => directHits(analyse(q, DICTIONARY), DICTIONARY, (page) => passesFilters(page, filters, POSTINGS)).map((h) => `${DICTIONARY.pages[h.page]!.p}${h.anchor ? `#${h.anchor}` : ''}`);

describe('direct hits', () => {
  it('lists a term’s own page, then the models that use it at the paragraph', () => {
    expect(pages('林长制')).toEqual(['mechanisms/forest-chief/', 'models/linxiang-fixture/#p-3', 'glossary/#linzhangzhi']);
  });

  it('ranks models that use the very form typed above models that use the category under another name', () => {
    expect(pages('联点机制')).toEqual(['mechanisms/liaison/', 'models/linxiang-fixture/#p-2', 'models/xining-fixture/#p-2']);
    // Neither model says 包保: the category page first, both models after it.
    expect(pages('包保')).toEqual(['mechanisms/liaison/', 'models/linxiang-fixture/#p-2', 'models/xining-fixture/#p-2']);
  });

  it('puts pages every term leads to first when the query names several', () => {
    expect(pages('西宁联点机制')[0]).toBe('models/xining-fixture/');
  });

  it('applies the facets with the pages’ own filter values, read back from the facets file’s postings', () => {
    expect(pages('联点机制', { province: ['青海省'] })).toEqual(['models/xining-fixture/#p-2']);
    expect(pages('联点机制', { type: ['mechanism'] })).toEqual(['mechanisms/liaison/']);
    expect(pages('生态')).toEqual([]);
  });
  it('answers a query with free words by full text alone: a term’s page need not hold the other words', () => {
    expect(analyse('生态护林员', DICTIONARY).map((s) => s.kind)).toEqual(['free', 'term']);
    expect(pages('生态护林员')).toEqual([]);
  });

  it('with several terms, lists only the pages every term leads to', () => {
    // 联点机制 leads to both models, 西宁 to one: only that one holds the whole query.
    expect(pages('联点机制')).toContain('models/linxiang-fixture/#p-2');
    expect(pages('联点机制 西宁').map((p) => p.split('#')[0])).toEqual(['models/xining-fixture/']);
  });
});

describe('result URLs', () => {
  it('reads the locale-independent path and the anchor, under any base path', () => {
    expect(pathOf('/models/x/')).toBe('models/x/');
    expect(pathOf('/en/models/x/#p-3')).toBe('models/x/');
    expect(pathOf('/en/')).toBe('');
    expect(pathOf('/atlas/en/glossary/?hl=1', '/atlas/')).toBe('glossary/');
    expect(anchorOf('/models/x/#p-3')).toBe('p-3');
    expect(anchorOf('/models/x/')).toBe('');
  });
});

describe('excerpts', () => {
  it('keeps text as text: entities decoded, marks merged, any other tag dropped, zero-width spaces removed', () => {
    expect(parseExcerpt('党建+<mark>林</mark><mark>长</mark><mark>制</mark>&lt;b&gt; &amp; <img src=x onerror=alert(1)>\u200b机制')).toEqual([
      { text: '党建+', mark: false },
      { text: '林长制', mark: true },
      { text: '<b> & 机制', mark: false },
    ]);
    expect(markedWords(parseExcerpt('<mark>西宁</mark> 和 <mark>西宁</mark>'))).toEqual(['西宁']);
  });

  it('finds every occurrence of a phrase by paragraph, from Pagefind’s segmented text and anchors', () => {
    // Pagefind separates segmented Chinese words with zero-width spaces; anchors give the word where each begins.
    const words = ['¶1', '近年来', '林', '长', '制', '很', '好', '。', '¶2', '推进', '党建', '+', '林', '长', '制', '。'];
    const raw = words.join('\u200b');
    const anchors = [
      { element: 'p', id: 'p-1', title: '¶1', location: 0 },
      { element: 'mark', id: 'q-k-0', location: 2 },
      { element: 'p', id: 'p-2', title: '¶2', location: 8 },
    ];
    const passages = phrasePassages(raw, anchors, ['林长制'], 4);
    expect(passages.map((p) => [p.anchor?.id, p.count])).toEqual([
      ['p-1', 1],
      ['p-2', 1],
    ]);
    expect(passages[1]!.pieces).toEqual([
      { text: '…', mark: false },
      { text: '进党建+', mark: false },
      { text: '林长制', mark: true },
      { text: '。', mark: false },
    ]);
    // The ¶ label that opens a paragraph is not part of its excerpt.
    expect(passages[0]!.pieces.map((p) => p.text).join('')).toBe('近年来林长制很好。');
    expect(phrasePassages(raw, anchors, ['西宁'])).toEqual([]);
  });

  it('works on white-space separated text (the English edition) and before the first anchor', () => {
    const passages = phrasePassages('The Forest chief system is here', [], ['forest chief system']);
    expect(passages).toHaveLength(1);
    expect(passages[0]!.anchor).toBeNull();
    expect(passages[0]!.pieces.find((p) => p.mark)?.text).toBe('Forest chief system');
  });
});

describe('highlighting on the page a result opens', () => {
  it('finds the longest words first, without overlaps, case-insensitively', () => {
    expect(findOccurrences('党建+林长制+林长', ['林长', '林长制'])).toEqual([
      [3, 6],
      [7, 9],
    ]);
    expect(findOccurrences('Forest chief, forest', ['forest'])).toEqual([
      [0, 6],
      [14, 20],
    ]);
    expect(findOccurrences('abc', [''])).toEqual([]);
  });

  it('takes at most eight sensible words from the URL', () => {
    expect(highlightParam(new URLSearchParams('hl=林长制&hl=林长制&hl=x&hl=%20&hl=ab'))).toEqual(['林长制', 'ab']);
    expect(highlightParam(new URLSearchParams(Array.from({ length: 12 }, (_, i) => `hl=w${i}`).join('&')))).toHaveLength(8);
    expect(highlightParam(new URLSearchParams(`hl=${'a'.repeat(51)}`))).toEqual([]);
  });
});

describe('metrics', () => {
  it('computes recall@k, reciprocal rank and percentiles', () => {
    expect(recallAt(5, ['a', 'b', 'c', 'd', 'e', 'f'], ['a', 'f'])).toBe(0.5);
    expect(recallAt(5, [], [])).toBe(1);
    expect(reciprocalRank(['x', 'y', 'a'], ['a', 'b'])).toBeCloseTo(1 / 3);
    expect(reciprocalRank(['x'], ['a'])).toBe(0);
    expect(mean([1, 0, 0.5])).toBe(0.5);
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([5, 1, 3, 2, 4], 100)).toBe(5);
    expect(distinct(['a', 'b', 'a'])).toEqual(['a', 'b']);
  });
});
