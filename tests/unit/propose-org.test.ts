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

describe('which body the text is about', () => {
  it('a line that is only a body’s name (the site’s masthead) is not the text’s subject', () => {
    expect(findOrg(['云溪县人民政府', '全县上下齐抓共管。', '近日，云溪县林业局组织党员开展巡山护林。'], null)?.zh).toBe('云溪县林业局');
  });

  it('the body the headline names, as the text writes it out, its Party committee as the headline has it', () => {
    expect(findOrg(['韶关市林业和草原局', '今年以来，韶关市林业和草原局机关党委坚持党建引领。'], '市林草局机关党委以党建促林长制落实')?.zh).toBe('韶关市林业和草原局机关党委');
    expect(findOrg(['近年来，凤凰县林业局党组坚持党建引领。', '下一步，凤凰县林业局将持续发力。'], '凤凰县林业局：护林先锋显担当')?.zh).toBe('凤凰县林业局');
    // When the sentences write the body only with its Party committee, that is the body the text is about.
    expect(findOrg(['近年来，凤凰县林业局党组坚持党建引领。', '局党组将持续发力。'], '凤凰县林业局：护林先锋显担当')?.zh).toBe('凤凰县林业局党组');
  });

  it('the publisher the page names, when the text names it too (a plan’s signature), else not', () => {
    const plan = ['成立由街道党工委书记任组长的工作专班。', '五山街道办事处', '2024年3月1日'];
    expect(findOrg(plan, '2024年植树护绿行动方案', '五山街道办事处')).toMatchObject({ zh: '五山街道办事处', level: 'street' });
    expect(findOrg(['全县开展义务植树。', '近日，凤凰县自然资源局组织党员植树。'], null, '凤凰县林业局')?.zh).toBe('凤凰县自然资源局');
  });

  it('a clause fragment before a level word is no place’s name (成立由街道党工委 → 街道党工委)', () => {
    expect(org('成立由街道党工委书记任组长的工作专班。')?.zh).toBe('街道党工委');
  });

  it('a 林业局 named by a town’s short name in a text about a 森工 group is one of its bureaus, a state forest enterprise', () => {
    expect(findOrg(['内蒙古森工集团', '近年来，牙克石林业局党委持续推进国有林区改革。'], null)).toMatchObject({ zh: '牙克石林业局党委', level: 'forest-enterprise', sector: 'forestry' });
    // The county's own bureau carries the county's full name; with no 森工 context a short name is still read as the county's.
    expect(findOrg(['内蒙古森工集团', '近年来，牙克石市林业局持续推进造林。'], null)?.level).toBe('county');
    expect(findOrg(['近年来，牙克石林业局持续推进造林。'], null)?.level).toBe('county');
  });
});
