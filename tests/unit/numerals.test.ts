import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, readNumber, scanNumbers } from '../../src/lib/numerals.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1], ['两', 2], ['十', 10], ['十五', 15], ['二十', 20], ['一百四十二', 142], ['一百零五', 105],
    ['两千', 2000], ['三万五千', 35000], ['一亿二千万', 120000000], ['二〇二四', 2024],
  ])('%s → %d', (text, value) => expect(parseChineseNumeral(text)).toBe(value));

  it('rejects text that is not a numeral', () => expect(parseChineseNumeral('林长')).toBeNull());
});

describe('readNumber', () => {
  it.each([
    ['2万余人', { value: 20000, approx: true, bound: null }],
    ['2085棵', { value: 2085, approx: false, bound: null }],
    ['不少于2亩', { value: 2, approx: false, bound: 'at_least' }],
    ['至少种植5棵树', { value: 5, approx: false, bound: 'at_least' }],
    ['近850多篇', { value: 850, approx: true, bound: null }],
    ['70%以上', { value: 70, approx: false, bound: 'at_least' }],
    ['300余名', { value: 300, approx: true, bound: null }],
    ['3.13亿元', { value: 313000000, approx: false, bound: null }],
    ['710.17万吨', { value: 7101700, approx: false, bound: null }],
    ['一百四十二个', { value: 142, approx: false, bound: null }],
    ['千分之三', { value: 0.003, approx: false, bound: null }],
    ['约1.2万份', { value: 12000, approx: true, bound: null }],
    ['不超过10人', { value: 10, approx: false, bound: 'at_most' }],
  ])('%s', (text, expected) => expect(readNumber(text)).toMatchObject(expected));

  it('reads ranges', () => expect(readNumber('3-5月')).toMatchObject({ value: 3, upper: 5 }));
  it('returns null without a number', () => expect(readNumber('林长制')).toBeNull());
});

describe('scanNumbers (002 惠州 phrasings)', () => {
  it('reads 至少 four characters before the number', () => {
    expect(scanNumbers('群众(每户)在房前屋后至少认种认养1棵树')[0]).toMatchObject({ value: 1, unit: '棵', bound: 'at_least' });
  });
  it('reads ages and months as units', () => {
    expect(scanNumbers('65周岁以下的党员')[0]).toMatchObject({ value: 65, unit: '周岁', bound: 'at_most' });
    expect(scanNumbers('利用至少连续2个月')[0]).toMatchObject({ value: 2, unit: '个月', bound: 'at_least' });
  });
});
