import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../../src/charts/text.ts';

describe('text measurement', () => {
  it('counts a Chinese character as one em and Latin letters as less', () => {
    expect(textWidth('临湘市', 12)).toBe(36);
    expect(textWidth('Linxiang', 12)).toBeLessThan(textWidth('临湘市林业局', 12));
    expect(textWidth('', 12)).toBe(0);
  });

  it('wraps Latin text at spaces and Chinese text between characters, within the width', () => {
    const en = wrapText('Vanguard of planting and protecting greenery', 150, 12);
    expect(en.length).toBeGreaterThan(1);
    expect(en.join(' ')).toBe('Vanguard of planting and protecting greenery');
    for (const line of en) expect(textWidth(line, 12)).toBeLessThanOrEqual(150);
    const zh = wrapText('获“黑龙江省生态环境保护奖”表彰的个人', 120, 12);
    expect(zh.join('')).toBe('获“黑龙江省生态环境保护奖”表彰的个人');
    for (const line of zh) expect(textWidth(line, 12)).toBeLessThanOrEqual(120);
  });

  it('keeps closing punctuation with the character before it', () => {
    const lines = wrapText('甲乙丙丁、戊己庚辛', 48, 12);
    expect(lines.every((line) => !line.startsWith('、'))).toBe(true);
  });

  it('leaves a single over-long word on its own line, and cuts to maxLines with an ellipsis', () => {
    expect(wrapText('Heilongjiang', 20, 12)).toEqual(['Heilongjiang']);
    const cut = wrapText('one two three four five six seven', 60, 12, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]?.endsWith('…')).toBe(true);
  });
});
