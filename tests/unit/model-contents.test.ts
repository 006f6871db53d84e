import { describe, expect, it } from 'vitest';
import { decodeFormulas, passageRuns, passageShownBefore, rootFormulas } from '../../src/lib/formulas.ts';
import { pageSections } from '../../src/lib/model-contents.ts';
import type { Formula } from '../../src/schemas/formula.ts';

/** A model page's contents list, and the passages a formula's parts share (each shown once). */

describe('the contents list of a model page', () => {
  const none = { summary: false, slogans: 0, formulas: 0, mechanismCategories: 0, metrics: 0, notes: 0, related: 0 };

  it('lists every section the page has, in page order, ending with the text and the citation', () => {
    const all = pageSections({ summary: true, slogans: 3, formulas: 2, mechanismCategories: 5, metrics: 9, notes: 1, related: 2 });
    expect(all.map((s) => s.id)).toEqual(['summary', 'slogans', 'formulas', 'mechanisms', 'metrics', 'notes', 'text', 'related', 'cite-heading']);
  });

  it('leaves out the sections a page does not have (a draft without summary, formulas or figures)', () => {
    expect(pageSections({ ...none, mechanismCategories: 1 }).map((s) => s.id)).toEqual(['mechanisms', 'text', 'cite-heading']);
    expect(pageSections(none).map((s) => s.id)).toEqual(['text', 'cite-heading']);
  });
});

const formula = (code: string, quote: string, components: Array<[label: string, quote: string]>): Formula => ({
  code,
  name: { zh: `“${code}”`, en: code },
  components: components.map(([label, q]) => ({ label, en: label, quote: q, paragraph: 1 })),
  expansion: 'explicit',
  expansion_note: null,
  quote,
  paragraph: 1,
});

describe('passages shared by a formula’s parts', () => {
  it('joins consecutive parts that quote one passage, and says when it is the formula’s own', () => {
    const ten = formula('三个一', '开展“三个一”：一个品牌、一首歌曲、一面红墙', [
      ['一个品牌', '开展“三个一”：一个品牌、一首歌曲、一面红墙'],
      ['一首歌曲', '开展“三个一”：一个品牌、一首歌曲、一面红墙'],
      ['一面红墙', '开展“三个一”：一个品牌、一首歌曲、一面红墙'],
    ]);
    const [node] = decodeFormulas([ten]);
    expect(passageRuns(node!)).toEqual([{ members: [0, 1, 2], quote: ten.quote, paragraph: 1, anchor: 'q-c-0-0', isFormulaQuote: true }]);
  });

  it('keeps parts with passages of their own apart, and one that is itself a formula alone', () => {
    const outer = formula('2+1', '“2+1”', [['两项机制', '建立两项机制'], ['联点', '建立两项机制'], ['考评', '另一句']]);
    const inner = formula('两项机制', '建立两项机制', [['责任', '一是责任']]);
    const [node] = decodeFormulas([outer, inner]);
    expect(passageRuns(node!).map((r) => r.members)).toEqual([[0], [1], [2]]);
    const flat = formula('2', '“2”', [['甲', '同一句'], ['乙', '同一句'], ['丙', '另一句'], ['丁', '同一句']]);
    expect(passageRuns(decodeFormulas([flat])[0]!).map((r) => r.members)).toEqual([[0, 1], [2], [3]]);
  });

  it('points a formula named in the same passage as an earlier one back to it (四有干部, 五型班子)', () => {
    const sentence = '“四有干部”“五型班子”建设凝聚了干部正能量';
    const decoded = decodeFormulas([formula('四有干部', sentence, []), formula('五型班子', sentence, []), formula('三不', '另一句', [])]);
    expect([...passageShownBefore(rootFormulas(decoded))]).toEqual([[1, 0]]);
  });
});
