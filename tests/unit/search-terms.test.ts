import * as OpenCC from 'opencc-js';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { describe, expect, it } from 'vitest';
import { lookup, type SearchDictionary } from '../../src/lib/search/shared/dictionary.ts';
import { hanKey, latinKey } from '../../src/lib/search/shared/normalize.ts';
import { placeEnglish, readings } from '../../src/lib/search/build/pinyin.ts';
import { englishPlace, placeStem } from '../../src/lib/search/build/places.ts';
import { buildDictionary, hanCharacters, traditionalGate } from '../../src/lib/search/build/terms.ts';
import { DICTIONARY, dictionaryInput } from '../fixtures/search-dictionary.ts';

/** The terms a key names, as "kind:form". */
const named = (dict: SearchDictionary, key: string) => lookup(dict, key).map(([t, f]) => `${dict.terms[t]!.k}:${dict.terms[t]!.zh[f]}`);
/** The pages and anchors of a term. */
const hits = (dict: SearchDictionary, kind: string, zh: string) => {
  const term = dict.terms.find((t) => t.k === kind && t.zh[0] === zh);
  return term?.h.map(([p, a]) => `${dict.pages[p]!.p}${a ? `#${a}` : ''}`);
};

describe('term dictionary', () => {
  it('answers to a mechanism name in every script: Simplified, Traditional, pinyin (spaced or not, toned), English', () => {
    const want = ['category:林长制', 'glossary:林长制'];
    for (const key of [hanKey('林长制'), hanKey('林長制'), latinKey('linzhangzhi'), latinKey('lin zhang zhi'), latinKey('lín zhǎng zhì'), latinKey('Forest chief system')]) {
      expect(named(DICTIONARY, key), key).toEqual(want);
    }
  });

  it('points an alias at the form it spells, so full text looks for what the reader typed', () => {
    expect(named(DICTIONARY, '护林员')).toEqual(['category:护林员']);
    expect(named(DICTIONARY, latinKey('linzhang'))).toEqual(['category:林长']);
    expect(named(DICTIONARY, '聯點機制')).toEqual(['category:联点机制']);
    expect(named(DICTIONARY, latinKey('pairing'))).toEqual(['category:联点包保']);
  });

  it('reads 林长 as lin-zhang as well as pinyin-pro’s lin-chang', () => {
    expect(readings('林长制')).toEqual(expect.arrayContaining(['linchangzhi', 'linzhangzhi']));
    expect(readings('西宁')[0]).toBe('xining');
  });

  it('leads a category to its page, then to each model at the paragraph that uses it, noting which forms it uses', () => {
    expect(hits(DICTIONARY, 'category', '林长制')).toEqual(['mechanisms/forest-chief/', 'models/linxiang-fixture/#p-3']);
    const liaison = DICTIONARY.terms.find((t) => t.k === 'category' && t.zh[0] === '联点包保')!;
    // Linxiang says 联点机制 (form 1); Xining uses the category under another wording.
    expect(liaison.h.slice(1)).toEqual([
      [0, 'p-2', [1]],
      [1, 'p-2', []],
    ]);
  });

  it('leads a glossary term to its definition and the models whose mechanisms rely on it', () => {
    expect(hits(DICTIONARY, 'glossary', '林长制')).toEqual(['glossary/#linzhangzhi', 'models/linxiang-fixture/#p-3']);
  });

  it('knows brands without their punctuation, formulas by code and name, and the categories whose definition cites a code', () => {
    expect(named(DICTIONARY, '党旗红高原绿')).toEqual(['slogan:党旗红·高原绿']);
    expect(named(DICTIONARY, '红色引领绿色先锋')).toEqual(['slogan:红色引领﹒绿色先锋']);
    // Either half of a brand joined by a middle dot names it too; a half under three characters does not.
    expect(named(DICTIONARY, '党旗红')).toEqual(['slogan:党旗红']);
    expect(lookup(DICTIONARY, '党旗红').map(([t]) => DICTIONARY.terms[t]!.zh[0])).toEqual(['党旗红·高原绿']);
    expect(named(DICTIONARY, '绿色先锋')).toEqual(['slogan:绿色先锋']);
    expect(named(DICTIONARY, '1+1+4')).toEqual(['formula:1+1+4']);
    expect(hits(DICTIONARY, 'formula', '1+1+4')).toEqual(['models/linxiang-fixture/#p-3', 'formulas/#linxiang-fixture-1', 'mechanisms/emergency-fire/']);
    expect(named(DICTIONARY, latinKey('Three mechanisms'))).toEqual(['formula:三项机制']);
  });

  it('leaves out short requirement slogans (ordinary words) and pinyin for forms that are not all Han', () => {
    expect(lookup(DICTIONARY, '坚决')).toEqual([]);
    expect(lookup(DICTIONARY, latinKey('moshi'))).toEqual([]);
  });

  it('knows places with and without their suffix, in pinyin and in English', () => {
    for (const key of ['西宁', '西宁市', latinKey('Xining'), latinKey('Xining city'), latinKey('Xīníng')]) {
      expect(named(DICTIONARY, key).every((n) => n.startsWith('place:西宁')), key).toBe(true);
      expect(named(DICTIONARY, key).length, key).toBeGreaterThan(0);
    }
    expect(hits(DICTIONARY, 'place', '青海省')).toEqual(['models/xining-fixture/', 'regions/']);
    expect(placeStem('黑龙江省')).toEqual({ stem: '黑龙江', suffix: 'province' });
    expect(placeStem('宣州区')).toEqual({ stem: '宣州', suffix: 'district' });
    expect(placeStem('澳门')).toEqual({ stem: '澳门', suffix: '' });
    expect(placeEnglish('黑龙江')).toBe('Heilongjiang');
    expect(placeEnglish('陕西')).toBe('Shaanxi');
    expect(englishPlace({ province: '湖南省', city: '岳阳市', county: '临湘市', town: null }, placeEnglish)).toBe('Linxiang, Yueyang, Hunan');
  });

  it('carries each page’s filters, the same the page carries', () => {
    const page = DICTIONARY.pages.find((p) => p.p === 'models/xining-fixture/')!;
    expect(page.f).toEqual({ type: ['model'], province: ['青海省'], level: ['prefecture'], sector: ['forestry'], category: ['liaison'], year: ['2021'] });
    expect(page.pl).toEqual(['青海省 西宁市', 'Xining, Qinghai']);
    expect(page.s).toBe('党旗红·高原绿');
  });

  it('keeps on each model page the curated quote at every anchor a term leads to, and no other', () => {
    const page = DICTIONARY.pages.findIndex((p) => p.p === 'models/xining-fixture/');
    expect(DICTIONARY.pages[page]!.x?.['p-1']).toContain('深化“党旗红·高原绿”党建品牌建设');
    expect(DICTIONARY.pages[page]!.x?.['p-2']).toContain('建立党建联点指导机制');
    const linxiang = DICTIONARY.pages.find((p) => p.p === 'models/linxiang-fixture/')!;
    expect(linxiang.x?.['p-3']).toEqual(expect.arrayContaining(['创新推进“党建+林长制”', '按照“1+1+4”模式']));
    DICTIONARY.pages.forEach((p, index) => {
      const anchors = new Set(DICTIONARY.terms.flatMap((t) => t.h.filter(([hit]) => hit === index).map(([, anchor]) => anchor)));
      for (const anchor of Object.keys(p.x ?? {})) expect(anchors, `${p.p}#${anchor}`).toContain(anchor);
    });
    // Pages that are no model's carry none: their hits' passages come from full text.
    expect(DICTIONARY.pages.filter((p) => !p.p.startsWith('models/') && p.x)).toEqual([]);
  });

  it('is deterministic and JSON-safe', () => {
    const again = buildDictionary(dictionaryInput(), '長黨紅');
    expect(JSON.stringify(again)).toBe(JSON.stringify(DICTIONARY));
    expect(JSON.parse(JSON.stringify(DICTIONARY))).toEqual(DICTIONARY);
  });
});

describe('traditional gate', () => {
  it('lists the Traditional characters whose Simplified form is on the site, and only those', () => {
    const gate = traditionalGate('林长制 党建', TSCharacters);
    for (const char of '長黨') expect(gate).toContain(char);
    expect(gate).not.toContain('龍');
    expect(gate).not.toContain('林');
    // Every listed character converts to something on the site.
    const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
    for (const char of gate) expect('林长制 党建').toContain(toSimplified(char));
  });

  it('reads the site text by code point: every Han character once, outside the Basic Plane too, nothing else', () => {
    // 𠀀 (U+20000) is a surrogate pair; 〇 is Han by script, ・ is not, nor are the Latin letters and digits.
    const found = hanCharacters('林长制 linzhangzhi 1+1+4 𠀀林・〇长𠀀');
    expect([...found].sort()).toEqual(['〇', '制', '林', '长', '𠀀'].sort());
    expect(traditionalGate('𠀀', TSCharacters)).toBe('');
  });
});
