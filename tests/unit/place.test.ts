import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkPlace, findPlaces, formatPlace, regionYaml, shortName } from '../../src/lib/regions/index.ts';

const lines = (query: string) => findPlaces(query).map(formatPlace);

describe('looking a place up (GB/T 2260)', () => {
  it('prints the hierarchy and code of a county-level city, by full name, short name or code', () => {
    for (const query of ['临湘市', '临湘', '430682', ' 临湘 ']) expect(lines(query)).toEqual(['湖南省 > 岳阳市 > 临湘市 430682']);
  });

  it('finds a prefecture by its short name, with the towns that share it after it', () => {
    const found = lines('西宁');
    expect(found[0]).toBe('青海省 > 西宁市 630100');
    expect(found.length).toBeGreaterThan(1);
    expect(found.slice(1).every((line) => /> 西宁(街道|镇) \d{6} \(town \d{9}\)$/.test(line))).toBe(true);
  });

  it('returns every town of an ambiguous name, each with its county', () => {
    const found = findPlaces('桃林镇');
    expect(found.length).toBeGreaterThan(1);
    expect(found.map(formatPlace)).toContain('湖南省 > 岳阳市 > 临湘市 > 桃林镇 430682 (town 430682107)');
    expect(found.every((m) => m.level === 'town' && m.town === '桃林镇' && m.county !== null)).toBe(true);
  });

  it('finds a town by its nine- or twelve-digit code', () => {
    expect(lines('430682107')).toEqual(['湖南省 > 岳阳市 > 临湘市 > 桃林镇 430682 (town 430682107)']);
    expect(lines('430682107000')).toEqual(lines('430682107'));
  });

  it('handles provinces, municipalities and autonomous areas', () => {
    expect(lines('湖南')[0]).toBe('湖南省 430000');
    expect(lines('东城区')).toEqual(['北京市 > 东城区 110101']);
    expect(lines('新疆')[0]).toBe('新疆维吾尔自治区 650000');
    expect(lines('恩施')).toEqual(['湖北省 > 恩施土家族苗族自治州 422800', '湖北省 > 恩施土家族苗族自治州 > 恩施市 422801']);
  });

  it('finds nothing for a name or code that is not a division', () => {
    expect(findPlaces('不存在的地方')).toEqual([]);
    expect(findPlaces('999999')).toEqual([]);
    expect(findPlaces('')).toEqual([]);
  });

  it('gives what the integrity rules accept: every match passes checkPlace', () => {
    for (const query of ['西宁', '桃林镇', '城关镇', '东城区', '临湘', '恩施', '黑龙江']) {
      for (const match of findPlaces(query)) expect(checkPlace(match), formatPlace(match)).toEqual([]);
    }
  });

  it('drops administrative suffixes to make short names, keeping two characters', () => {
    expect(['临湘市', '恩施土家族苗族自治州', '广西壮族自治区', '内蒙古自治区', '长阳土家族自治县', '桃林镇', '东华门街道', '县'].map(shortName)).toEqual([
      '临湘', '恩施', '广西', '内蒙古', '长阳', '桃林', '东华门', null,
    ]);
  });

  it('writes the region fields to copy into an entry', () => {
    expect(regionYaml(findPlaces('430682107')[0]!)).toBe("region:\n  province: 湖南省\n  city: 岳阳市\n  county: 临湘市\n  town: 桃林镇\n  adcode: '430682'\n");
  });
});

describe('npm run place', () => {
  const place = (...args: string[]) => spawnSync(process.execPath, ['scripts/place.ts', ...args], { encoding: 'utf8' });

  it('prints one place with its region fields', () => {
    const result = place('临湘');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('湖南省 > 岳阳市 > 临湘市 430682');
    expect(result.stdout).toContain('  county: 临湘市\n');
  });

  it('prints every match of an ambiguous name', () => {
    const result = place('桃林镇');
    expect(result.stdout.split('\n')[0]).toMatch(/^\d+ places match “桃林镇”:$/);
    expect(result.stdout).toContain('湖南省 > 岳阳市 > 临湘市 > 桃林镇 430682 (town 430682107)\n');
  });

  it('says clearly when nothing matches, and exits 1', () => {
    const result = place('不存在的地方');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^place: nothing in GB\/T 2260 .* matches “不存在的地方”/);
  });
});
