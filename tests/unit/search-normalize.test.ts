import { describe, expect, it } from 'vitest';
import { codeKey, fold, hanKey, latinKey, termKey, tokenize } from '../../src/lib/search/shared/normalize.ts';

describe('search keys', () => {
  it('reads pinyin the same with or without tones, tone digits, spaces, apostrophes and ü', () => {
    const forms = ['linzhangzhi', 'lin zhang zhi', 'lín zhǎng zhì', 'Lin2 Zhang3 Zhi4', 'LIN-ZHANG-ZHI'];
    expect(new Set(forms.map(latinKey))).toEqual(new Set(['linzhangzhi']));
    expect(latinKey("xi'an")).toBe(latinKey('xian'));
    expect(latinKey('lǜ mei')).toBe(latinKey('lv mei'));
    expect(latinKey('lü mei')).toBe(latinKey('lu mei'));
  });

  it('reads English names case-, hyphen- and plural-insensitively, without a leading article', () => {
    expect(latinKey('Forest-chief systems')).toBe(latinKey('forest chief system'));
    expect(latinKey('forest chiefs')).toBe(latinKey('forest chief'));
    expect(latinKey('The “Iron Man” spirit')).toBe(latinKey('iron man spirit'));
    expect(latinKey('class')).toBe('class');
  });

  it('folds full-width codes and keeps only codes as codes', () => {
    expect(codeKey('１＋１＋４')).toBe('1+1+4');
    expect(codeKey(' 336 ')).toBe('336');
    expect(codeKey('1 + 7')).toBe('1+7');
    expect(codeKey('336党建模式')).toBe('');
    expect(codeKey('+')).toBe('');
  });

  it('drops punctuation and spaces from Han keys', () => {
    expect(hanKey('党旗红·高原绿')).toBe('党旗红高原绿');
    expect(hanKey('红色引领﹒绿色先锋')).toBe('红色引领绿色先锋');
    expect(hanKey('支部“五化”建设')).toBe('支部五化建设');
    expect(hanKey('党建+林长制')).toBe('党建林长制');
    expect(termKey('十个一')).toBe('十个一');
    expect(termKey('1+1+4')).toBe('1+1+4');
    expect(termKey('Forest chief')).toBe('forestchief');
  });

  it('folds compatibility forms and white space', () => {
    expect(fold('  林长制\u3000 西宁 ')).toBe('林长制 西宁');
    expect(fold('ＡＢＣ１２３')).toBe('ABC123');
  });
});

describe('tokenize', () => {
  it('keeps a Han run whole across punctuation and spaces, splits scripts, drops emoji and symbols', () => {
    expect(tokenize('党旗红·高原绿')).toEqual([{ kind: 'han', text: '党旗红高原绿' }]);
    expect(tokenize('林长制 西宁')).toEqual([{ kind: 'han', text: '林长制西宁' }]);
    expect(tokenize('林长制 Xining 336')).toEqual([
      { kind: 'han', text: '林长制' },
      { kind: 'latin', text: 'Xining' },
      { kind: 'code', text: '336' },
    ]);
    expect(tokenize('🌲 1+1+4模式')).toEqual([
      { kind: 'code', text: '1+1+4' },
      { kind: 'han', text: '模式' },
    ]);
    expect(tokenize('lin2 zhang3 zhi4')).toEqual([
      { kind: 'latin', text: 'lin2' },
      { kind: 'latin', text: 'zhang3' },
      { kind: 'latin', text: 'zhi4' },
    ]);
    expect(tokenize('🌲🔥，。!?')).toEqual([]);
  });
});
