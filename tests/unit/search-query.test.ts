import { describe, expect, it } from 'vitest';
import { alternativeFor, analyse, fullTextPlan, highlightWords, needsConversion, prepareQuery, MAX_QUERY_CHARS, type Segment } from '../../src/lib/search/shared/query.ts';
import { DICTIONARY } from '../fixtures/search-dictionary.ts';

/** A segment list as "term:text=kind:form,…" / "free:text", for short assertions. */
const show = (segments: Segment[]) =>
  segments.map((s) => (s.kind === 'free' ? `free:${s.text}` : `term:${s.text}=${s.targets.map(([t, f]) => `${DICTIONARY.terms[t]!.k}:${DICTIONARY.terms[t]!.zh[f]}`).join(',')}`));

describe('prepareQuery', () => {
  it('trims, folds, cuts long queries and says when nothing searchable is left', () => {
    expect(prepareQuery('  林长制 ')).toEqual({ text: '林长制', truncated: false, empty: false });
    expect(prepareQuery('')).toEqual({ text: '', truncated: false, empty: true });
    expect(prepareQuery('🌲🔥').empty).toBe(true);
    expect(prepareQuery('，。！？——').empty).toBe(true);
    expect(prepareQuery('<>').empty).toBe(true);
    const long = prepareQuery('林'.repeat(500));
    expect(long.truncated).toBe(true);
    expect([...long.text].length).toBe(MAX_QUERY_CHARS);
    // Astral characters count as one each, and are never split in half.
    expect([...prepareQuery('𠀀'.repeat(200)).text].length).toBe(MAX_QUERY_CHARS);
  });

  it('loads the converter only for queries holding a Traditional character the site can match', () => {
    expect(needsConversion('林長制', '長黨紅')).toBe(true);
    expect(needsConversion('林长制', '長黨紅')).toBe(false);
    expect(needsConversion('林長制', '')).toBe(false);
  });
});

describe('analyse', () => {
  it('matches the whole query first, in any script or spelling', () => {
    expect(show(analyse('林长制', DICTIONARY))).toEqual(['term:林长制=category:林长制,glossary:林长制']);
    expect(show(analyse('党旗红·高原绿', DICTIONARY))).toEqual(['term:党旗红·高原绿=slogan:党旗红·高原绿']);
    expect(show(analyse('党旗红 高原绿', DICTIONARY))).toEqual(['term:党旗红 高原绿=slogan:党旗红·高原绿']);
    expect(show(analyse('lin2 zhang3 zhi4', DICTIONARY))).toEqual(['term:lin2 zhang3 zhi4=category:林长制,glossary:林长制']);
    expect(show(analyse('1+1+4', DICTIONARY))).toEqual(['term:1+1+4=formula:1+1+4']);
  });

  it('finds terms inside a longer query, longest first, and leaves the rest as free text', () => {
    expect(show(analyse('西宁林长制建设', DICTIONARY))).toEqual(['term:西宁=place:西宁', 'term:林长制=category:林长制,glossary:林长制', 'free:建设']);
    expect(show(analyse('加强林长管理', DICTIONARY))).toEqual(['free:加强', 'term:林长=category:林长', 'free:管理']);
    expect(show(analyse('forest chief system Xining', DICTIONARY))).toEqual(['term:forest chief system=category:林长制,glossary:林长制', 'term:Xining=place:西宁,place:西宁市']);
    expect(show(analyse('生态文明建设', DICTIONARY))).toEqual(['free:生态文明建设']);
    expect(show(analyse('green 1+1+4', DICTIONARY))).toEqual(['free:green', 'term:1+1+4=formula:1+1+4']);
  });

  it('accepts a Latin prefix of a name when it is specific, and not when it is vague', () => {
    expect(show(analyse('liaison poi', DICTIONARY))).toEqual(['term:liaison poi=category:联点包保']);
    // A known name followed by more words is that name and free text, not a prefix.
    expect(show(analyse('forest chief sys', DICTIONARY))).toEqual(['term:forest chief=category:林长制,glossary:林长制', 'free:sys']);
    expect(show(analyse('fore', DICTIONARY))).toEqual(['free:fore']);
  });

  it('returns nothing for nothing', () => {
    expect(analyse('', DICTIONARY)).toEqual([]);
    expect(analyse('🌲', DICTIONARY)).toEqual([]);
  });
});

describe('full-text plan', () => {
  it('searches a term’s Chinese form as a phrase, split where Pagefind’s phrase search cannot cross punctuation', () => {
    expect(alternativeFor('林长制')).toEqual({ parts: ['林长制'], phrase: true });
    expect(alternativeFor('党旗红·高原绿')).toEqual({ parts: ['党旗红', '高原绿'], phrase: true });
    expect(alternativeFor('党建+林长制')).toEqual({ parts: ['党建', '林长制'], phrase: true });
    expect(alternativeFor('336')).toEqual({ parts: ['336'], phrase: false });
    expect(alternativeFor('1+1+4')).toBeNull();
  });

  it('searches what the reader typed for aliases, the canonical name for pinyin and English, and adds the English name on the English edition', () => {
    const zh = fullTextPlan(analyse('linzhangzhi', DICTIONARY), DICTIONARY, 'zh-CN');
    expect(zh).toEqual([{ alternatives: [{ parts: ['林长制'], phrase: true }], free: false }]);
    // Free Latin text is left to Pagefind's stemming; an English alias is searched as typed on the English pages.
    expect(fullTextPlan(analyse('carbon trading', DICTIONARY), DICTIONARY, 'en')).toEqual([{ alternatives: [{ parts: ['carbon trading'], phrase: false }], free: true }]);
    expect(fullTextPlan(analyse('pairing', DICTIONARY), DICTIONARY, 'en')[0]!.alternatives).toEqual([
      { parts: ['联点包保'], phrase: true },
      { parts: ['pairing'], phrase: true },
      { parts: ['Liaison points and pairing'], phrase: true },
    ]);
    const en = fullTextPlan(analyse('林长制', DICTIONARY), DICTIONARY, 'en');
    expect(en[0]!.alternatives).toEqual([
      { parts: ['林长制'], phrase: true },
      { parts: ['Forest chief system'], phrase: true },
    ]);
    expect(fullTextPlan(analyse('护林员', DICTIONARY), DICTIONARY, 'zh-CN')[0]!.alternatives).toEqual([{ parts: ['护林员'], phrase: true }]);
    expect(fullTextPlan(analyse('加强林长制', DICTIONARY), DICTIONARY, 'zh-CN')).toEqual([
      { alternatives: [{ parts: ['加强'], phrase: true, orLoose: true }], free: true },
      { alternatives: [{ parts: ['林长制'], phrase: true }], free: false },
    ]);
    // A code joined by + has no full-text search: its direct hits answer it.
    expect(fullTextPlan(analyse('1+1+4', DICTIONARY), DICTIONARY, 'zh-CN')).toEqual([]);
  });

  it('highlights the Chinese forms and the free words on the page a result opens', () => {
    expect(highlightWords(analyse('forest chief system', DICTIONARY), DICTIONARY)).toEqual(['林长制']);
    expect(highlightWords(analyse('党旗红·高原绿', DICTIONARY), DICTIONARY)).toEqual(['党旗红', '高原绿']);
    expect(highlightWords(analyse('1+1+4', DICTIONARY), DICTIONARY)).toEqual(['1+1+4']);
    expect(highlightWords(analyse('加强林长制', DICTIONARY), DICTIONARY)).toEqual(['加强', '林长制']);
  });
});
