import { describe, expect, it } from 'vitest';
import { loadBoilerplate } from '../../src/lib/ingest/boilerplate.ts';
import { abstractOf, normaliseDate, resolveMeta, splitFields, trimValue } from '../../src/lib/ingest/metadata.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

const keys = loadBoilerplate().metadata;
const PUBLISHED = sourceSchema.shape.published;

describe('normaliseDate', () => {
  it.each([
    ['2024-05-16 09:32:18', '2024-05-16 09:32:18'],
    ['2024-05-16 09:32', '2024-05-16 09:32'],
    ['2023年11月08日', '2023-11-08'],
    ['2023年11月8日 10:05', '2023-11-08 10:05'],
    ['2024年5月16日 9时32分', '2024-05-16 09:32'],
    ['2024年5月16日 9时32分15秒', '2024-05-16 09:32:15'],
    ['2021.07.27', '2021-07-27'],
    ['2021/7/27', '2021-07-27'],
    ['2024-5-6', '2024-05-06'],
    ['2022-09-26T09:26:10+08:00', '2022-09-26 09:26:10'],
    ['2022-09-26T01:26:10.000Z', '2022-09-26 01:26:10'],
    ['2024-05-16-09:32:18', '2024-05-16 09:32:18'],
    ['2024-05-16 星期四', '2024-05-16'],
    ['2021.07.27 10:15 1234', '2021-07-27 10:15'],
    ['2024-05-16 25:00', '2024-05-16'],
  ])('%s → %s (the schema accepts it)', (text, expected) => {
    expect(normaliseDate(text)).toBe(expected);
    expect(PUBLISHED.safeParse(expected).success).toBe(true);
  });

  it.each(['2024-13-01', '2023-02-29', '2024年', '12月底', '今天', '第2024-05期'])('reads no date in %s', (text) => {
    expect(normaliseDate(text)).toBeNull();
  });
});

describe('fields on a line', () => {
  it('splits at every key, allowing the padding CMSs put inside keys', () => {
    const split = splitFields('发布时间：2024-05-16 09:32:18　　来　源：云溪县林业局　　浏览次数：1267', keys);
    expect(split?.lead).toBe('');
    expect(split?.fields.map((f) => [f.field, f.key, f.value])).toEqual([
      ['published', '发布时间', '2024-05-16 09:32:18'],
      ['publisher', '来源', '云溪县林业局'],
      ['counter', '浏览次数', '1267'],
    ]);
  });

  it('prefers the longest key (发布时间 over 时间) and keeps what comes before the first key as the lead', () => {
    const split = splitFields('2023年11月08日 来源：省林业局　更新时间：2023-11-09', keys);
    expect(split?.lead).toBe('2023年11月08日 ');
    expect(split?.fields.map((f) => f.key)).toEqual(['来源', '更新时间']);
  });

  it('takes the colon some Big5 tables give (︰)', () => {
    expect(splitFields('來源︰白石鎮人民政府', { ...keys, publisher: ['來源'] })?.fields[0]?.value).toBe('白石鎮人民政府');
  });

  it('returns null for a line with no key', () => {
    expect(splitFields('今年以来，某县林业局坚持党建引领。', keys)).toBeNull();
  });

  it('resolves the strongest key of each field, and skips dates that cannot be read', () => {
    const fields = [
      ...(splitFields('来源：县融媒体中心 责任编辑：李四 日期：不详', keys)?.fields ?? []),
      ...(splitFields('发布机构：松阳县林业局 作者：王五 发布日期：2024年3月1日', keys)?.fields ?? []),
    ];
    expect(resolveMeta(fields)).toEqual({ publisher: '松阳县林业局', published: '2024-03-01', author: '王五' });
  });
});

describe('trimValue', () => {
  it.each([
    ['欧阳兰）', '欧阳兰'],
    ['白石镇人民政府】【', '白石镇人民政府'],
    ['中共某县委（组织部）', '中共某县委（组织部）'],
    [' | 云溪县林业局 | ', '云溪县林业局'],
    ['【县林业局】', '县林业局'],
  ])('%s → %s', (raw, value) => {
    expect(trimValue(raw)).toBe(value);
  });
});

describe('abstractOf', () => {
  it.each([
    ['摘要：全省国有林场党组织覆盖率达到100%。', '全省国有林场党组织覆盖率达到100%。'],
    ['【摘要】全省国有林场党组织覆盖率达到100%。', '全省国有林场党组织覆盖率达到100%。'],
    ['内容摘要: 推行“三林共治”机制。', '推行“三林共治”机制。'],
    ['[摘 要] 推行“三林共治”机制。', '推行“三林共治”机制。'],
  ])('%s', (line, abstract) => {
    expect(abstractOf(line)).toBe(abstract);
  });

  it('is not a sentence that merely starts with the word', () => {
    expect(abstractOf('摘要显示全省国有林场党组织覆盖率达到100%。')).toBeNull();
  });
});
