import { describe, expect, it } from 'vitest';
import { metricYear } from '../../src/lib/propose/metric-year.ts';
import { proposeText } from '../fixtures/propose/context.ts';

/** The proposals for one paragraph (or several), checked by the validator on the way. */
function figures(paragraphs: string[], options: Parameters<typeof proposeText>[1] = {}) {
  const { fields, issues } = proposeText(paragraphs, options);
  expect(issues).toEqual([]);
  return fields;
}
const metric = (paragraph: string, options: Parameters<typeof proposeText>[1] = {}) => figures([paragraph], options).metrics;
const excluded = (paragraphs: string[], options: Parameters<typeof proposeText>[1] = {}) =>
  figures(paragraphs, options).excluded.map((e) => `${e.text}:${e.reason}`);

describe('figures as metrics, in the form the validator reads back', () => {
  it('value and unit as written, with 万 and 亿 in the unit and the base value in normalized', () => {
    const [area, money, people] = metric('全县森林面积64.75万公顷,落实补助资金3.13亿元,带动就业2万余人。');
    expect(area).toMatchObject({ value: 64.75, unit: '万公顷', normalized: { value: 647500, unit: '公顷' }, approx: false, bound: null, category: 'area' });
    expect(money).toMatchObject({ value: 3.13, unit: '亿元', normalized: { value: 313000000, unit: '元' }, category: 'money' });
    expect(people).toMatchObject({ value: 2, unit: '万人', normalized: { value: 20000, unit: '人' }, approx: true, category: 'people' });
  });

  it.each([
    ['聘用生态护林员近3000人', { value: 3000, unit: '人', approx: true, bound: null }],
    ['发放宣传资料约1.2万份', { value: 1.2, unit: '万份', approx: true }],
    ['发现问题线索300多条', { value: 300, unit: '条', approx: true, category: 'cases' }],
    ['每个行政村新增种植面积原则上不少于2亩', { value: 2, unit: '亩', bound: 'at_least', category: 'area' }],
    ['环评完成率为70%以上', { value: 70, unit: '%', bound: 'at_least', category: 'percent' }],
    ['每组人数不超过5人', { value: 5, unit: '人', bound: 'at_most' }],
    ['党政主要领导至少种植5棵树', { value: 5, unit: '棵', bound: 'at_least', category: 'trees' }],
    ['同比上升10.7个百分点', { value: 10.7, unit: '个百分点', category: 'percent' }],
    ['累计买入配额710.17万吨', { value: 710.17, unit: '万吨', normalized: { value: 7101700, unit: '吨' }, category: 'mass' }],
    ['连续五年保持稳定', { value: 5, unit: '年', category: 'duration' }],
    ['秦岭保护区生态质量评价居全国第三位', { value: 3, unit: '位', category: 'rank' }],
    ['每月至少下沉服务一次', { value: 1, unit: '次', bound: 'at_least', category: 'activities' }],
    ['成功化解突发险情10余次', { value: 10, unit: '次', approx: true, category: 'cases' }],
    ['选派46名副处级以上干部驻村', { value: 46, unit: '名', bound: null, category: 'people' }],
    ['走访服务企业2300余家次', { value: 2300, unit: '家次', approx: true, category: 'activities' }],
    ['落实生态补偿资金860余万元', { value: 860, unit: '万元', normalized: { value: 8600000, unit: '元' }, approx: true, category: 'money' }],
    ['结成师徒帮带对子48对', { value: 48, unit: '对', category: 'items' }],
    ['配备巡护无人机6架', { value: 6, unit: '架', category: 'items' }],
    ['组织现场观摩19批次', { value: 19, unit: '批次', category: 'activities' }],
  ])('%s', (text, expected) => {
    const found = metric(`${text}。`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ...expected, review: 'proposed' });
  });

  it('the quote is the shortest clause, narrowed to one item of a list of figures', () => {
    const found = metric('党政主要领导至少种植5棵树、街道其他领导班子成员至少种植3棵树,村书记至少种植3棵树。');
    expect(found.map((m) => m.quote)).toEqual(['党政主要领导至少种植5棵树', '街道其他领导班子成员至少种植3棵树', '村书记至少种植3棵树']);
  });

  it('a clause that says too little takes the clause before it', () => {
    const [, second] = metric('转办的信访案件2330件,已办结2005件。');
    expect(second?.quote).toBe('转办的信访案件2330件,已办结2005件');
  });

  it('categories come from the counted noun (the last one named), then the unit', () => {
    const found = metric('联动18家部门单位与14个村(社区)党组织签订协议,在142个行政村组建队伍,收集群众诉求11个,设立党员先锋岗15个。');
    expect(found.map((m) => m.category)).toEqual(['organisations', 'organisations', 'places', 'cases', 'items']);
  });

  it('labels name what is counted', () => {
    const found = metric('成立党员先锋队6支,2023年举办林业技术培训班12期,调整干部岗位20个。');
    expect(found.map((m) => m.label.zh)).toEqual(['党员先锋队', '举办林业技术培训班', '调整干部岗位']);
    expect(found.map((m) => m.label.en)).toEqual(['', '', '']);
  });
});

describe('the year a figure is for', () => {
  const years = { published: 2022, plan: null };
  it('a year in the figure’s own clause; a clause that reports no figure ends what an earlier year covers', () => {
    const text = '2021年“我为群众办实事”11项专项行动100%完成,今年列入清单的事项提前60天完成,服务重点项目建设,500个项目全部对接。';
    expect(metric(text, { published: '2022-09-26' }).map((m) => m.year)).toEqual([2021, 2021, 2022, null]);
  });

  it('a clause opening with its year covers the figures reported after it in the sentence, across ；', () => {
    const text = '2022年全区共检查排污单位460家,立案查处违法案件37起,罚款金额215.6万元;移送公安机关案件6起。另有监测站点12个。';
    expect(metric(text).map((m) => m.year)).toEqual([2022, 2022, 2022, 2022, null]);
    expect(metric('去年接待研学团队120批,实现营收860万元。', { published: '2023-04-02' }).map((m) => m.year)).toEqual([2022, 2022]);
    expect(metric('今年以来查处滥伐林木案件9起,收回林地45亩。', { published: '2024-06-01' }).map((m) => m.year)).toEqual([2024, 2024]);
  });

  it('a year in the middle of a clause covers that clause only (全县2021年…)', () => {
    expect(metric('全县2021年新建护林站5个,现有护林员320名。').map((m) => m.year)).toEqual([2021, null]);
  });

  it('an opening time clause may name a part of the year: a season, a quarter, months, a named period', () => {
    for (const opening of ['今年春季防火期', '今年一季度', '2023年1至6月', '去年汛期', '今年上半年']) {
      const found = metric(`${opening},全镇出动巡护人员1200人次,处置火情3起。`, { published: '2024-05-10' });
      expect(found.map((m) => m.year)).toEqual(opening.startsWith('去年') ? [2023, 2023] : opening.startsWith('2023') ? [2023, 2023] : [2024, 2024]);
    }
  });

  it('an opening time clause scopes its whole sentence (截至今年8月, …; …)', () => {
    const text = '截至今年8月,全省优良天数比例达到100%;全省国控断面优良水体比例为61.5%。另有监测站点12个。';
    expect(metric(text, { published: '2022-09-26' }).map((m) => m.year)).toEqual([2022, 2022, null]);
  });

  it('今年 needs a known publication date; 去年 is the year before it', () => {
    expect(metricYear('今年完成造林3000亩', 4, { published: null, plan: null })).toBeNull();
    expect(metricYear('去年完成造林3000亩', 6, years)).toBe(2021);
    expect(metricYear('2021年以来累计造林3000亩', 11, years)).toBeNull();
  });

  it('a plan’s targets are for the year its title names', () => {
    const found = metric('每个社区种植原则上不少于150棵。', { title: '2024年高质量党建引领绿美生态建设攻坚行动方案' });
    expect(found[0]).toMatchObject({ value: 150, year: 2024 });
    expect(metric('每个社区种植不少于150棵。', { title: '某县林业局2024年工作总结' })[0]?.year).toBeNull();
  });
});

describe('numbers that are not figures, with their reason', () => {
  it('dates and times, and a plan’s deadlines as its schedule (listed together)', () => {
    expect(excluded(['发布于2024-05-16 09:32:18,自2023年5月16日起施行。'])).toEqual(['2024-05-16 09:32:18:date', '2023年5月16日起:date']);
    expect(excluded(['各村于1月底前制定计划,2月24日前完成挖穴,3-5月为植树期。'], { title: '2024年植树工作方案' })).toEqual(['1月底、2月24日:schedule', '3-5月:date']);
  });

  it('a timetable cell that is only a date is listed whole', () => {
    expect(excluded(['制定计划', '1月底前'], { title: '2024年植树工作方案' })).toContain('1月底前:schedule');
  });

  it('ordinals: 一是…, 第N, list markers and a table’s row numbers', () => {
    expect(excluded(['一是建立责任机制。二是建立联点机制。'])).toEqual(['一是、二是:ordinal']);
    expect(excluded(['邀请第三代“活铁人”作报告,第二轮督察反馈问题55项。'])).toEqual(['第三代:ordinal', '二轮:ordinal']);
    expect(excluded(['1.街道召开动员部署会。', '12', '(2)各村开展宣传。'])).toEqual(['1.:ordinal', '12:ordinal', '(2):ordinal']);
    // A marker running into a year is still a marker: 4.2024年… is item 4, not 4.2024.
    expect(excluded(['4.2024年11月开展总结。'])).toEqual(['4.:ordinal', '2024年11月:date']);
  });

  it('congress numbers and anniversaries', () => {
    expect(excluded(['深入学习党的二十大和十九届六中全会精神,对照“十四五”规划,庆祝建党100周年。'])).toEqual([
      '党的二十大:congress',
      '十九届六中全会:congress',
      '十四五:congress',
      '100周年:anniversary',
    ]);
  });

  it('counters, word counts and site ids left in the body', () => {
    expect(excluded(['浏览次数:1024', '全文共计6123个字', '网站标识码:4300000012'])).toEqual(['浏览次数:1024:view-counter', '共计6123个字:word-count', '网站标识码:4300000012:site-id']);
  });

  it('numbers in a formula’s code, its name and its parts', () => {
    const found = excluded(['按照“1+1+4”模式(“1名镇办点领导+1名村干部+4名扑火队员”)组建小分队,深化“三山三水”三篇文章。']);
    expect(found).toEqual(['1:formula-name', '1:formula-name', '4:formula-name', '1名:formula-name', '1名:formula-name', '4名:formula-name', '三山三水:formula-name', '三篇:formula-name']);
  });

  it('numbers inside a quoted name or a 《title》', () => {
    expect(excluded(['开展“助力千家企业”活动,印发《关于开展三个专项行动的通知》。'])).toEqual(['千家:formula-name', '三个:other']);
  });

  it('words, not counts: 一 as an article, 每一…, N大, set phrases, time frames, programme names', () => {
    expect(excluded(['打造一支铁军队伍,引导每一名党员,聚焦两大主题,实现两手抓、两不误,近三年成效明显,实施三年攻坚行动。'])).toEqual([
      '一支:other',
      '一名:other',
      '两大:other',
      '两手抓:other',
      '两不误:other',
      '近三年:other',
      '三年:formula-name',
    ]);
  });

  it('一次 after a period of 每 is a frequency, a figure; without it, an article', () => {
    for (const text of ['坚持每月开展一次主题党日。', '每季度召开一次联席会议。', '各支部每半年组织一次集中轮训。']) {
      expect(metric(text)).toEqual([expect.objectContaining({ value: 1, unit: '次', category: 'activities' })]);
    }
    expect(metric('近日开展一次集中宣讲。')).toEqual([]);
    expect(excluded(['组织开展一次集中宣讲。'])).toEqual(['一次:other']);
  });

  it('a duration that states how a service is kept or promised is not a figure (24小时值守, 48小时内办结)', () => {
    expect(excluded(['汛期实行24小时值守,群众来电30分钟内响应,诉求48小时内办结。'])).toEqual(['24小时:other', '30分钟:other', '48小时:other']);
    expect(excluded(['在线监测平台实现24小时不间断监控。'])).toEqual(['24小时:other']);
    // A reported time stays a figure: how long something took, or a limit reached.
    expect(metric('火情发现时间缩短至20分钟以内,连续奋战72小时。').map((m) => `${m.value}${m.unit}`)).toEqual(['20分钟', '72小时']);
  });

  it('figures the numeral reader cannot give a unit to are excluded with a note saying why', () => {
    const found = figures(['林木蓄积量达到1036.8万立方米,成灾率控制在千分之三以下,PM2.5浓度下降。']).excluded;
    expect(found.map((e) => `${e.text}:${e.reason}`)).toEqual(['1036.8万:other', '千分之三以下:other', '2.5:other']);
    expect(found.every((e) => e.note && e.note.length > 10)).toBe(true);
  });

  it('day codes in quotation marks are dates: “五一”劳动奖章, “六五”环境日, “6·30”', () => {
    expect(excluded(['获全国“五一”劳动奖章,开展“六五”环境日宣传,社会力量"6·30"出一点。'])).toEqual(['五一:date', '六五:date', '6·30:date']);
  });

  it('a figure stated again in a later paragraph is a duplicate of the first', () => {
    const fields = figures(['每个行政村新增种植面积原则上不少于2亩。', '新增种植面积原则上不少于2亩。', '另建示范点2个。']);
    expect(fields.metrics.map((m) => `${m.value}${m.unit}@${m.paragraph}`)).toEqual(['2亩@1', '2个@3']);
    expect(fields.excluded).toEqual([expect.objectContaining({ text: '不少于2亩', paragraph: 2, reason: 'duplicate' })]);
  });

  it('every exclusion is marked proposed, and `other` always carries a note', () => {
    const fields = figures(['聚焦两大主题,打造一支队伍,一是抓学习。']);
    expect(fields.excluded.every((e) => e.review === 'proposed')).toBe(true);
    expect(fields.excluded.filter((e) => e.reason === 'other').every((e) => Boolean(e.note))).toBe(true);
  });
});

describe('labels', () => {
  it('leave out marks and brackets at their ends', () => {
    expect(metric('全县组建护林队伍<3支以上>。')[0]?.label.zh).toBe('全县组建护林队伍');
  });

  it('keep a list of words before one figure whole, and drop the verb that leads to the figure', () => {
    expect(metric('全县设立县、乡、村三级林长862名。')[0]?.label.zh).toBe('全县设立县、乡、村三级林长');
    expect(metric('全县森林覆盖率稳定在68.5%以上。')[0]?.label.zh).toBe('全县森林覆盖率');
  });
});
