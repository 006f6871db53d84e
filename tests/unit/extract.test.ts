import { describe, expect, it } from 'vitest';
import { clauseAround, extractCandidates } from '../../src/lib/ingest/extract.ts';

// Sentences from the cleaned sources (000 临湘, 002 惠州, 003 黑龙江).
const PARAGRAPHS = [
  '近年来,临湘市林业局坚持工作要求,以打造“红色引领﹒绿色先锋”党建品牌为抓手,创新推行“336”党建模式。',
  '在全市142个行政村中,按照“1+1+4”模式组建森林防火应急小分队。引导新造油茶2000亩,带动就业2万余人。',
  '每个行政村新增种植面积原则上不少于2亩;大力实施“十个一”工程。',
  '2.3月12日全面完成各村居绿化美化植树计划。',
  '彰显林业人员新□□〔编者注：原文此处缺失2字，残存注音 lián，未作推测〕。',
  '11',
];

describe('extractCandidates', () => {
  const candidates = extractCandidates(PARAGRAPHS);

  it('finds numbers with units, magnitudes and hedges, with their clause and paragraph', () => {
    const byText = Object.fromEntries(candidates.numbers.map((n) => [n.text, n]));
    expect(byText['142个']).toMatchObject({ value: 142, unit: '个', paragraph: 2, fragment: '在全市142个行政村中' });
    expect(byText['2万余人']).toMatchObject({ value: 20000, unit: '人', flags: ['approx'] });
    expect(byText['不少于2亩']).toMatchObject({ value: 2, unit: '亩', flags: ['at_least'] });
  });

  it('reads a list marker as a marker, not a decimal (2.3月 is item 2, March)', () => {
    expect(candidates.numbers.find((n) => n.paragraph === 4)?.text).toBe('3月');
  });

  it('takes nothing from editorial notes or bare table row numbers', () => {
    expect(candidates.numbers.filter((n) => n.paragraph >= 5)).toEqual([]);
  });

  it('finds numbered formulas, quoted and unquoted', () => {
    expect(candidates.formulas.map((f) => f.code)).toEqual(['336', '1+1+4', '十个一']);
  });

  it('finds slogans and marks the ones the text calls a brand', () => {
    expect(candidates.slogans).toContainEqual(expect.objectContaining({ text: '红色引领﹒绿色先锋', brand: true, paragraph: 1 }));
  });
});

describe('clauseAround', () => {
  it('returns the shortest clause around a span', () => {
    const text = '引导新造油茶2000亩,带动就业2万余人。';
    expect(clauseAround(text, 6, 11)).toBe('引导新造油茶2000亩');
  });
});

describe('hedges a word away from the number', () => {
  it('flags 至少种植5棵树 as at least 5', () => {
    const [number] = extractCandidates(['党政主要领导至少种植5棵树']).numbers;
    expect(number).toMatchObject({ text: '5棵', value: 5, flags: ['at_least'] });
  });
});
