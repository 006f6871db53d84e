import { describe, expect, it } from 'vitest';
import { clauseAt, maskNotes, quotedPhrases, sentenceAt, shortestQuote, splitEnumeration, withChineseQuotes } from '../../src/lib/propose/text.ts';

describe('proposal text spans', () => {
  it('a clause is bounded by commas, colons and stops, ASCII or full-width', () => {
    const text = '近年来,某县林业局坚持党建引领，全县组建护林队伍3支：巡护面积12.5万亩。';
    expect(clauseAt(text, text.indexOf('3支'))).toBe('全县组建护林队伍3支');
    expect(clauseAt(text, text.indexOf('某县'))).toBe('某县林业局坚持党建引领');
    expect(sentenceAt(text, text.indexOf('巡护'))).toBe(text);
  });

  it('finds quoted phrases in curly, ASCII and corner quotation marks, with their offsets', () => {
    const paragraphs = ['打造“绿水护林”品牌,推行"1+3+N"模式', '建立「双联」机制'];
    const found = quotedPhrases(paragraphs);
    expect(found.map((q) => [q.text, q.paragraph])).toEqual([['绿水护林', 1], ['1+3+N', 1], ['双联', 2]]);
    expect(paragraphs[0]!.slice(found[1]!.start, found[1]!.end)).toBe('"1+3+N"');
  });

  it('an unclosed quotation mark does not swallow the next quoted phrase', () => {
    const found = quotedPhrases(['开展“读一本书、写一篇心得等“五个一”活动']);
    expect(found.map((q) => q.text)).toEqual(['五个一']);
  });

  it('editorial notes are masked to spaces of the same length', () => {
    const text = '新□□〔编者注：原文此处缺失2字，未作推测〕。';
    const masked = maskNotes(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain('2字');
  });

  it('splits 、-lists and a final 和 (甲、乙和丙)', () => {
    expect(splitEnumeration('一次论坛、一届文化节和一支铁军')).toEqual(['一次论坛', '一届文化节', '一支铁军']);
    expect(splitEnumeration('联组织促融合、联阵地促共享')).toEqual(['联组织促融合', '联阵地促共享']);
  });

  it('the shortest quote narrows a list of quoted items to one and keeps the stop of a one-clause sentence', () => {
    const list = '坚持把守住红线抓“护绿”、扩面提质抓“增绿”作为关键举措';
    expect(shortestQuote(list, list.indexOf('“增绿”'), list.indexOf('“增绿”') + 4)).toBe('扩面提质抓“增绿”作为关键举措');
    const sentence = '工作成效明显。二是“强队伍”。三是“优服务”。';
    expect(shortestQuote(sentence, sentence.indexOf('“强队伍”'), sentence.indexOf('“强队伍”') + 5)).toBe('二是“强队伍”。');
    // 、 inside the quotation marks does not split the phrase.
    const inner = '实行“议题共提、方案共谋”,实现共赢';
    expect(shortestQuote(inner, inner.indexOf('“'), inner.indexOf('”') + 1)).toBe('实行“议题共提、方案共谋”');
  });

  it('writes ASCII and corner quotation marks as Chinese ones for names', () => {
    expect(withChineseQuotes('"五个一点"资金筹措原则')).toBe('“五个一点”资金筹措原则');
    expect(withChineseQuotes('「双联」机制')).toBe('“双联”机制');
  });
});
