import { describe, expect, it } from 'vitest';
import { findOrg, sectorFromText } from '../../src/lib/propose/org.ts';

const org = (...paragraphs: string[]) => findOrg(paragraphs, null);

describe('the organisation, its level and its sector, from its name', () => {
  it.each([
    ['某某县林业局 → county, forestry', '近年来,安化县林业局坚持党建引领。', '安化县林业局', 'county', 'forestry'],
    ['a 市 that GB/T 2260 lists as a prefecture', '西宁市林业和草原局认真学习。', '西宁市林业和草原局', 'prefecture', 'forestry-grassland'],
    ['a 市 that GB/T 2260 lists as county-level', '满洲里市林业和草原局党支部组织学习。', '满洲里市林业和草原局党支部', 'county', 'forestry-grassland'],
    ['省 … 厅: province, ecology-environment', '结合实际,省生态环境厅机关党委从2021年开始开展活动。', '省生态环境厅机关党委', 'province', 'ecology-environment'],
    ['a town Party committee', '今年以来,洪林镇党委积极探索。', '洪林镇党委', 'town', null],
    ['a street (街道) Party working committee', '五山街道党工委每季度召开推进会。', '五山街道党工委', 'street', null],
    ['a bare 街道 with no name', '(九)选树典型。街道党工委将适时召开调度会。', '街道党工委', 'street', null],
    ['a state forest farm by its own name', '塞罕坝机械林场党委坚持党建引领。', '塞罕坝机械林场党委', 'forest-enterprise', 'forestry'],
    ['a 森工 forestry bureau', '大兴安岭森工林业局党委推进改革。', '大兴安岭森工林业局党委', 'forest-enterprise', 'forestry'],
    ['a greening committee office', '某市绿化委员会办公室组织义务植树。', '某市绿化委员会办公室', 'prefecture', 'greening'],
    ['a redacted county (某县)', '某县林业局党组坚持党建引领。', '某县林业局党组', 'county', 'forestry'],
    ['a county GB/T 2260 does not list, opening its clause', '今年以来，云溪县林业局推行林长制。', '云溪县林业局', 'county', 'forestry'],
  ])('%s', (_, text, zh, level, sector) => {
    expect(org(text)).toMatchObject({ zh, level, sector });
  });

  it('prefers the subject of a clause to a body only mentioned (根据省林业局要求, 某县林业局…)', () => {
    expect(org('根据省林业厅的部署要求,江永县林业局党组结合实际开展活动。')?.zh).toBe('江永县林业局党组');
  });

  it('a Party committee with no place before it is no organisation (党委 alone is any committee)', () => {
    expect(org('各级党委要高度重视。')).toBeNull();
  });

  it('全省, 本市 are not names', () => {
    expect(org('全省林业局系统干部参加培训。')).toBeNull();
  });

  it('falls back to the title when the paragraphs name no body', () => {
    expect(findOrg(['全面推进国土绿化。'], '靖安县林业局开展植树节活动')?.zh).toBe('靖安县林业局');
  });

  it('the sector comes from the text when the name gives none, only when one clearly leads', () => {
    expect(sectorFromText(['推动园区与镇合署办公,镇园一体发展,示范区企业入驻'])).toBe('town-park');
    expect(sectorFromText(['开展义务植树,绿化荒山,植树造林'])).toBe('greening');
    expect(sectorFromText(['召开会议,部署工作'])).toBeNull();
  });
});
