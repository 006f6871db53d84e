import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runFixture } from '../fixtures/propose/context.ts';

/**
 * County, city, town, street, provincial and forest-farm pages written for these tests (tests/fixtures/propose/),
 * none of them one of the five sources: each goes through the real ingest, the proposer and the draft writer.
 */
// Pages in other encodings are built from ./originals by tests/fixtures/propose/make.mjs.
const PAGES = readdirSync('tests/fixtures/propose').filter((f) => f.endsWith('.txt'));

describe.each(PAGES)('%s', (page) => {
  const run = runFixture(page);

  it('becomes a draft whose proposals pass every integrity rule', () => {
    expect(run.issues).toEqual([]);
    expect(run.data.draft).toBe(true);
  });

  it('accounts for every number ingest lists, as a proposed metric or a proposed exclusion', () => {
    const { data } = run;
    const unaccounted = data.candidates.numbers.filter(
      (c) => !data.metrics.some((m) => m.paragraph === c.paragraph && m.quote.includes(c.text)) && !data.excluded.some((e) => e.paragraph === c.paragraph && e.text.includes(c.text)),
    );
    expect(unaccounted.map((c) => `¶${c.paragraph} ${c.text}`)).toEqual([]);
  });

  it('marks every proposed item for review', () => {
    const { data } = run;
    const items = [data.title, data.short, data.org, data.region, ...data.slogans, ...data.formulas, ...data.formulas.flatMap((f) => f.components), ...data.mechanisms, ...data.metrics, ...data.excluded, ...data.schedule].filter(Boolean);
    expect(items.every((item) => (item as { review?: string }).review === 'proposed')).toBe(true);
  });

  it('gives every exclusion for another reason a note, and every formula not explicitly expanded a note', () => {
    const { data } = run;
    expect(data.excluded.filter((e) => e.reason === 'other' && !e.note).map((e) => e.text)).toEqual([]);
    expect(data.formulas.filter((f) => f.expansion !== 'explicit' && !f.expansion_note).map((f) => f.code)).toEqual([]);
  });
});

describe('what each page proposes', () => {
  it('a county forestry bureau: level, sector and a region whose upper levels come from the hierarchy', () => {
    const { data } = runFixture('anhua-county-forestry.txt');
    expect(data).toMatchObject({ title: { zh: '安化县林业局“三联三促”推动党建与林业深度融合' }, org: { zh: '安化县林业局党组' }, level: 'county', sector: 'forestry' });
    expect(data.region).toMatchObject({ province: '湖南省', city: '益阳市', county: '安化县', adcode: '430923', provenance: 'inferred' });
    expect(data.formulas.map((f) => `${f.code}:${f.expansion}:${f.components.length}`)).toEqual(['1+3+N:explicit:3', '三联三促:explicit:3']);
    // 今年 with the page's 2024 date; 2023年 in the clause.
    expect(data.metrics.find((m) => m.value === 1.2 && m.unit === '万亩')?.year).toBe(2024);
    expect(data.metrics.find((m) => m.unit === '期')?.year).toBe(2023);
    expect(data.mechanisms.map((m) => m.category)).toEqual(expect.arrayContaining(['pest-disease', 'digital-monitoring', 'forest-chief']));
  });

  it('a provincial department: the province from 省 and the text (陕西省, 三秦), a colon-listed formula', () => {
    const { data } = runFixture('shaanxi-province-ecology.txt');
    expect(data).toMatchObject({ org: { zh: '陕西省生态环境厅党组' }, level: 'province', sector: 'ecology-environment' });
    expect(data.region).toMatchObject({ province: '陕西省', city: null, adcode: '610000', provenance: 'stated' });
    expect(data.formulas.find((f) => f.code === '五维')?.components.map((c) => c.label)).toEqual(['思想维', '组织维', '作风维', '能力维', '廉洁维']);
    expect(data.metrics.find((m) => m.category === 'rank')).toMatchObject({ value: 3, unit: '位' });
  });

  it('a town named in four provinces, settled by the county the text names', () => {
    const { data, proposal } = runFixture('shuangxi-town-ambiguous.txt');
    expect(data.region).toMatchObject({ province: '江西省', county: '靖安县', town: '双溪镇', provenance: 'inferred' });
    expect(proposal.warnings[0]).toMatch(/“双溪镇” names 4 divisions/);
    expect(data.level).toBe('town');
  });

  it('a state forest farm: its own name, forest-enterprise, placed by the places the text names', () => {
    const { data } = runFixture('saihanba-forest-farm.txt');
    expect(data).toMatchObject({ org: { zh: '塞罕坝机械林场党委' }, level: 'forest-enterprise', sector: 'forestry' });
    expect(data.region).toMatchObject({ province: '河北省', city: '承德市', county: '围场满族蒙古族自治县' });
    expect(data.excluded.map((e) => e.text)).toEqual(expect.arrayContaining(['1036.8万', '近三年', '千分之三以下']));
  });

  it('a district name shared by four cities: no region without evidence, the right one with it', () => {
    expect(runFixture('gulou-ambiguous-district.txt').data.region).toBeNull();
    expect(runFixture('gulou-fuzhou.txt').data.region).toMatchObject({ city: '福州市', county: '鼓楼区', adcode: '350102' });
  });

  it('a county-level city: 市 read as county from GB/T 2260', () => {
    const { data } = runFixture('manzhouli-city-grassland.txt');
    expect(data).toMatchObject({ level: 'county', sector: 'forestry-grassland' });
    expect(data.region).toMatchObject({ city: '呼伦贝尔市', county: '满洲里市' });
  });

  it('a street’s plan with no header: its first line as the title, its year on the targets, its deadlines as schedule', () => {
    const { data } = runFixture('tianhe-street-plan.txt');
    expect(data).toMatchObject({ title: { zh: '五山街道2023年“党建引领绿美社区”工作方案' }, level: 'street' });
    expect(data.region).toMatchObject({ county: '天河区', town: '五山街道', adcode: '440106' });
    expect(data.metrics.find((m) => m.unit === '株')).toMatchObject({ value: 800, bound: 'at_least', year: 2023 });
    expect(data.excluded.find((e) => e.reason === 'schedule')?.text).toBe('3月底、6月中旬、11月底');
  });

  it('a plan with a timetable saved one cell per line: its period and each dated row as schedule steps', () => {
    const { data } = runFixture('jing-an-timetable-plan.txt');
    expect(data.schedule.map((s) => `${s.label.zh}|${s.start}|${s.end}|${s.kind}|${s.quote}|${s.task_paragraph}|${s.year_paragraph}`)).toEqual([
      '实施期限|2023-04|2023-10|during|2023年4月至10月|null|null',
      '组建党员护林突击队|2023-04|2023-04|deadline|4月中旬前|10|4',
      '开展“护林先锋”巡山活动|2023-05|2023-09|during|5月至9月|14|4',
      '总结评比|2023-10|2023-10|deadline|10月底前|19|4',
    ]);
    expect(data.metrics.find((m) => m.unit === '支')).toMatchObject({ value: 5, category: 'organisations', year: 2023 });
  });

  it('a 森工 bureau on its group’s Big5 site: a forest enterprise placed at its town’s city, a digit code its sections spell out', () => {
    const { data } = runFixture('yakeshi-forest-bureau.big5.txt');
    expect(data).toMatchObject({ org: { zh: '牙克石林业局' }, level: 'forest-enterprise', sector: 'forestry', source: { publisher: '牙克石林业局党委办公室', published: '2023-09-14 10:12' } });
    expect(data.region).toMatchObject({ province: '内蒙古自治区', city: '呼伦贝尔市', county: '牙克石市', adcode: '150782' });
    expect(data.formulas.map((f) => `${f.code}:${f.expansion}:${f.components.map((c) => c.label).join('、')}`)).toEqual([
      '1233:implicit:一个目标、两支队伍、三项机制、三个一',
      '两支队伍:explicit:党员护林突击队、青年志愿服务队',
      '三项机制:explicit:网格巡护、联防联治、考核奖惩',
      '三个一:explicit:认领一片林地、结对一户职工、参加一次扑火演练',
    ]);
    const figure = (unit: string, value: number) => data.metrics.find((m) => m.unit === unit && m.value === value);
    expect(figure('次', 1)).toMatchObject({ quote: '每季度召开一次专题推进会', category: 'activities' });
    expect(figure('名', 24)).toMatchObject({ bound: null, category: 'people' });
    expect(figure('架', 9)).toMatchObject({ category: 'items' });
    expect(figure('个', 9)).toMatchObject({ category: 'organisations' });
    expect([figure('件', 12)?.year, figure('亩', 150)?.year]).toEqual([2022, 2022]);
    expect(data.excluded.find((e) => e.text === '24小时')?.reason).toBe('other');
    expect(data.mechanisms.map((m) => `${m.name}:${m.category}`)).toEqual(expect.arrayContaining(['专题推进会:coordination-decision', '“林长+检察长”协作机制:enforcement-judicial']));
  });

  it('a town’s plan on a disclosure page (GB18030, CRLF): the title after the record, the publisher as the body, its stages as the schedule', () => {
    const { data, paragraphs } = runFixture('fenkou-town-disclosure-plan.gb18030.txt');
    expect(data).toMatchObject({ title: { zh: '汾口镇2024年“党建引领·千岛绿韵”植树护林行动方案' }, org: { zh: '汾口镇人民政府' }, level: 'town', source: { publisher: '汾口镇人民政府', published: '2024-02-23' } });
    expect(paragraphs[0]).toBe('淳安县人民政府');
    expect(data.region).toMatchObject({ county: '淳安县', town: '汾口镇', adcode: '330127' });
    expect(data.formulas.map((f) => `${f.code}:${f.expansion}:${f.components.length}`)).toEqual(['一湖两溪多园:explicit:3', '三项制度:explicit:3']);
    expect(data.schedule.map((s) => `${s.label.zh}|${s.start}|${s.end}|${s.kind}`)).toEqual([
      '动员部署阶段|2024-02|2024-02|deadline',
      '集中造林阶段|2024-03|2024-04|during',
      '抚育管护阶段|2024-05|2024-10|during',
      '总结评估阶段|2024-11|2024-11|during',
    ]);
    expect(data.excluded.filter((e) => e.reason === 'schedule').map((e) => e.text)).toEqual(['2月底', '3月1日至4月15日', '5月至10月', '2024年11月']);
    expect(data.metrics.every((m) => m.year === 2024)).toBe(true);
  });

  it('a city bureau’s page in UTF-16BE: a digit code’s terms in clauses, ；-items, a year over a run of figures, the units texts use', () => {
    const { data, paragraphs } = runFixture('wuhu-city-ecology.utf16be.txt');
    expect(data).toMatchObject({ org: { zh: '芜湖市生态环境局党组' }, level: 'prefecture', source: { author: '李明', published: '2024-03-12' } });
    expect(paragraphs.some((p) => p.includes('您所在的位置'))).toBe(false);
    expect(data.formulas.map((f) => `${f.code}:${f.expansion}:${f.components.map((c) => c.label).join('、')}`)).toEqual([
      '1+2+N:explicit:1个机关党建联盟、执法、监测2支党员先锋队伍、N个基层党支部结对共建',
      '三联三促:explicit:联企业促服务、联社区促共治、联高校促创新',
      '双巡查、一报告:none:',
    ]);
    const byUnit = (unit: string) => data.metrics.find((m) => m.unit === unit);
    expect(['家次', '起', '万元', '件'].map((u) => byUnit(u)?.year)).toEqual([2023, 2023, 2023, 2023]);
    expect(byUnit('万元')).toMatchObject({ value: 1630, approx: true, normalized: { value: 16300000, unit: '元' } });
    expect(data.metrics.find((m) => m.value === 58)?.year).toBe(2024);
    expect(data.metrics.find((m) => m.value === 12 && m.unit === '名')?.bound).toBeNull();
    expect([byUnit('批次')?.value, byUnit('对')?.value]).toEqual([15, 40]);
    expect(data.mechanisms.map((m) => `${m.name}:${m.category}`)).toEqual(
      expect.arrayContaining(['生态环境在线监控平台:digital-monitoring', '“生态环境+检察+法院”联动机制:enforcement-judicial', '结对共建:joint-building']),
    );
  });

  it('a text that is not a plan gets no schedule', () => {
    expect(runFixture('anhua-county-forestry.txt').data.schedule).toEqual([]);
  });
});
