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

describe('bounds after a number', () => {
  it.each([
    ['种植苗木3万株以上', 'at_least'],
    ['党龄30年以上的党员', 'at_least'],
    ['60岁及以上老党员', 'at_least'],
    ['单笔5000元（含）以上', 'at_least'],
    ['每组不超过8人', 'at_most'],
    ['年龄45周岁以下', 'at_most'],
    ['2小时以内', 'at_most'],
  ])('%s: the bound follows the number and its unit directly', (text, bound) => expect(scanNumbers(text)[0]?.bound).toBe(bound));

  it.each([
    ['组织42名副处级以上干部参加轮训', '副处级以上 ranks the cadres'],
    ['全市213家规模以上工业企业', '规模以上 classes the firms'],
    ['评定9个4A级以上景区', '4A级以上 grades the sites'],
    ['16名县级及以上领导', '县级及以上 ranks the leaders'],
    ['选派5名本科以下学历的技术员', '本科以下 is their schooling'],
  ])('%s: a word between the number and 以上/以下 takes the bound (%s)', (text) => expect(scanNumbers(text)[0]?.bound).toBeNull());
});

describe('units and magnitudes texts write', () => {
  it.each([
    ['结成师徒帮带对子48对', { value: 48, unit: '对' }],
    ['配备巡护无人机6架', { value: 6, unit: '架' }],
    ['组织现场观摩19批次', { value: 19, unit: '批次' }],
    ['走访服务企业2300余家次', { value: 2300, unit: '家次', approx: true }],
    ['落实生态补偿资金860余万元', { value: 8600000, magnitude: '万', unit: '元', approx: true }],
    ['完成造林300多万亩', { value: 3000000, magnitude: '万', unit: '亩', approx: true }],
  ])('%s', (text, expected) => expect(scanNumbers(text)[0]).toMatchObject(expected));

  it('a magnitude after the hedge reads as the magnitude, so the figure is 万元 with 余 as its hedge', () => {
    expect(readNumber('1050余万元')).toMatchObject({ value: 10500000, approx: true });
    expect(scanNumbers('1050余万元')[0]?.text).toBe('1050余万元');
  });
});

