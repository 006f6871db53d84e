import { describe, expect, it } from 'vitest';
import { checkPlace, placesByShortName, placesNamed, shortPlaceName } from '../../src/lib/regions/index.ts';
import { placeMentions, resolveRegion } from '../../src/lib/propose/region.ts';

const texts = (...paragraphs: string[]) => paragraphs.map((text, i) => ({ text, paragraph: i + 1 }));

describe('GB/T 2260 lookups by name and short name', () => {
  it('short names drop the administrative suffix and the peoples of autonomous divisions', () => {
    expect(shortPlaceName('黑龙江省')).toBe('黑龙江');
    expect(shortPlaceName('临湘市')).toBe('临湘');
    expect(shortPlaceName('大通回族土族自治县')).toBe('大通');
    expect(shortPlaceName('广西壮族自治区')).toBe('广西');
    expect(shortPlaceName('新疆维吾尔自治区')).toBe('新疆');
    expect(shortPlaceName('内蒙古自治区')).toBe('内蒙古');
    expect(shortPlaceName('伊犁哈萨克自治州')).toBe('伊犁');
    expect(shortPlaceName('赵县')).toBe('赵县');
  });

  it('a place by name carries its whole hierarchy, in the form checkPlace accepts', () => {
    const [linxiang] = placesNamed('临湘市');
    expect(linxiang).toMatchObject({ level: 'county', province: '湖南省', city: '岳阳市', county: '临湘市', adcode: '430682' });
    const [honglin] = placesNamed('洪林镇');
    expect(honglin).toMatchObject({ level: 'town', province: '安徽省', city: '宣城市', county: '宣州区', town: '洪林镇', adcode: '341802' });
    // A county directly under the province has no prefecture.
    expect(placesNamed('仙桃市')[0]).toMatchObject({ province: '湖北省', city: null, county: '仙桃市' });
    for (const place of [linxiang!, honglin!, placesNamed('仙桃市')[0]!, placesNamed('东城区')[0]!]) expect(checkPlace(place)).toEqual([]);
  });

  it('short names find provinces, prefectures and counties, several when shared', () => {
    expect(placesByShortName('西宁').map((p) => p.adcode)).toEqual(['630100']);
    expect(placesByShortName('吉林').map((p) => p.name)).toEqual(['吉林省', '吉林市']);
    expect(placesByShortName('洪林')).toEqual([]);
  });

  it('rows named by a generic word are not places a text names (a town called 林场 or 街道, a district called 城区)', () => {
    expect(placesNamed('街道')).toEqual([]);
    expect(placesNamed('城区')).toEqual([]);
    expect(placesNamed('林场')).toEqual([]);
    expect(placesNamed('塞罕坝机械林场')).toHaveLength(1);
  });
});

describe('region from the place names in a text', () => {
  it('reads full names, short names and conventional names (龙江), longest first', () => {
    const found = placeMentions(texts('今天的绿色龙江,黑龙江省生态环境厅在大庆召开现场会'));
    expect(found.map((m) => m.text)).toEqual(['龙江', '黑龙江省', '大庆']);
  });

  it('a county’s short name counts only when its province or prefecture is named too (城中 is also a word)', () => {
    expect(placeMentions(texts('城中村改造')).map((m) => m.text)).toEqual([]);
    expect(placeMentions(texts('西宁市城中区')).map((m) => m.text)).toContain('西宁市');
  });

  it('the organisation’s own place wins, and levels only the hierarchy gives are marked inferred', () => {
    const mentions = placeMentions(texts('安化县林业局在全县推行林长制'));
    const { region } = resolveRegion(mentions, placesNamed('安化县'), 'county', '安化县林业局');
    expect(region).toMatchObject({ province: '湖南省', city: '益阳市', county: '安化县', adcode: '430923', provenance: 'inferred' });
    expect(region?.note?.en).toMatch(/湖南省 and 益阳市 follow from the GB\/T 2260 hierarchy/);
    // The note is written for both editions: the Chinese says the same, in Chinese.
    expect(region?.note?.zh).toMatch(/湖南省、益阳市来自 GB\/T 2260 的行政区划层级/);
    expect(checkPlace(region!)).toEqual([]);
  });

  it('every level named in the text is stated', () => {
    const mentions = placeMentions(texts('青海省西宁市林业和草原局'));
    expect(resolveRegion(mentions, placesNamed('西宁市'), 'city').region).toMatchObject({ city: '西宁市', county: null, provenance: 'stated' });
  });

  it('a name shared by several divisions is chosen only with evidence, and says so', () => {
    const alone = resolveRegion(placeMentions(texts('鼓楼区园林绿化局')), placesNamed('鼓楼区'), 'county');
    expect(alone.region).toBeNull();
    expect(alone.warnings[0]).toMatch(/“鼓楼区” names 4 divisions .* and the text does not say which/);
    const withCity = resolveRegion(placeMentions(texts('鼓楼区园林绿化局在福州市率先推行')), placesNamed('鼓楼区'), 'county');
    expect(withCity.region).toMatchObject({ province: '福建省', city: '福州市', county: '鼓楼区', adcode: '350102' });
    expect(withCity.warnings[0]).toMatch(/chose 福建省福州市鼓楼区 because the text also names “福州市”/);
  });

  it('a source that names only a town is placed by the one town of that name, as inferred', () => {
    const { region } = resolveRegion(placeMentions(texts('洪林镇党委推动镇园融合')), placesNamed('洪林镇'), 'town', '洪林镇党委');
    expect(region).toMatchObject({ province: '安徽省', county: '宣州区', town: '洪林镇', adcode: '341802', provenance: 'inferred' });
    expect(region?.note?.en).toMatch(/GB\/T 2260 has one division named 洪林镇/);
    expect(region?.note?.zh).toMatch(/GB\/T 2260 中名为洪林镇的行政区只有一个/);
  });

  it('a town name shared across provinces is settled by the county the text names', () => {
    const mentions = placeMentions(texts('双溪镇党委依托靖安县全域生态优势'));
    const { region } = resolveRegion(mentions, placesNamed('双溪镇'), 'town');
    expect(region).toMatchObject({ province: '江西省', county: '靖安县', town: '双溪镇' });
  });

  it('without a place in the organisation’s name, descends from the province the text agrees on to the depth of the organisation', () => {
    const mentions = placeMentions(texts('结合绿美广东生态建设和绿美惠州部署', '惠州各街道', '借鉴深圳经验'));
    expect(resolveRegion(mentions, [], 'town').region).toMatchObject({ province: '广东省', city: '惠州市', county: null, adcode: '441300', provenance: 'stated' });
    expect(resolveRegion(mentions, [], 'province').region).toMatchObject({ province: '广东省', city: null, adcode: '440000' });
  });

  it('no place at all gives no region', () => {
    expect(resolveRegion(placeMentions(texts('某县林业局开展植树活动')), [], 'county').region).toBeNull();
  });
});

describe('the region of a state forest enterprise’s bureau', () => {
  it('a 森工 bureau named after its town is placed at that county-level city, not only the province', async () => {
    const { proposeText } = await import('../fixtures/propose/context.ts');
    const { fields, issues } = proposeText(['内蒙古森工集团', '近年来，牙克石林业局党委持续推进国有林区改革，森林覆盖率达到80.2%。']);
    expect(issues).toEqual([]);
    expect(fields.level).toBe('forest-enterprise');
    expect(fields.region).toMatchObject({ province: '内蒙古自治区', city: '呼伦贝尔市', county: '牙克石市', adcode: '150782' });
  });
});
