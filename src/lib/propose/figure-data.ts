import type { MetricCategory } from '../../schemas/metric.ts';

/**
 * What decides whether a number is a figure, and what a figure counts, as data. A rule belongs here when it is a
 * list of words; the logic that applies them is in figures.ts. Each row is covered by a fixture in
 * tests/unit/propose-figures.test.ts.
 */

/** The category a unit suggests before the counted noun is looked at. */
export const UNIT_CATEGORY: Record<string, MetricCategory> = {
  人: 'people', 名: 'people', 人次: 'people', 位: 'people', 户: 'people', 周岁: 'people', 岁: 'people',
  棵: 'trees', 株: 'trees',
  亩: 'area', 公顷: 'area', 平方公里: 'area', 平方米: 'area',
  元: 'money',
  吨: 'mass',
  '%': 'percent', '％': 'percent', '‰': 'percent', 个百分点: 'percent', 百分点: 'percent',
  天: 'duration', 年: 'duration', 个月: 'duration', 月: 'duration', 周: 'duration', 小时: 'duration', 分钟: 'duration',
  起: 'cases', 例: 'cases', 宗: 'cases',
  篇: 'publications', 册: 'publications', 本: 'publications', 期: 'activities',
  次: 'activities', 场: 'activities', 场次: 'activities', 轮: 'activities', 堂: 'activities', 批次: 'activities', 家次: 'activities',
  对: 'items', 架: 'items',
  家: 'organisations', 支: 'organisations', 所: 'organisations',
  处: 'places', 座: 'places', 公里: 'places', 千米: 'places', 米: 'places',
};

/**
 * Nouns that override the unit's category when they name what is counted (个 is anything; 个村 are places). The
 * noun nearest the end of the counted phrase wins, as the head of a Chinese noun phrase comes last.
 */
export const NOUN_CATEGORY: Array<{ nouns: string[]; category: MetricCategory }> = [
  { nouns: ['党组织', '党支部', '党总支', '党小组', '支部', '党委', '集体', '单位', '机关', '部门', '企业', '协会', '组织', '团队', '队伍', '队', '合作社', '林业站', '林场', '工作组', '小组', '专班'], category: 'organisations' },
  {
    nouns: ['行政村', '村', '社区', '乡镇', '镇', '街道', '县', '基地', '示范点', '示范村', '点位', '站点', '景区', '公园', '湿地', '保护区', '园区', '林地', '责任林', '主题林', '党建林', '示范林', '责任区', '管护区', '片区', '网格',
      '管护站', '护林站', '工作站', '驿站', '之家', '阵地', '活动室', '场所', '断面'],
    category: 'places',
  },
  { nouns: ['案件', '信访', '诉求', '险情', '隐患', '问题线索', '火情', '违法'], category: 'cases' },
  { nouns: ['报道', '文章', '稿件', '信息', '简报', '期刊', '刊物'], category: 'publications' },
  { nouns: ['活动', '走访', '培训', '培训班', '读书班', '研讨班', '讲座', '党课', '巡查', '巡护', '会议'], category: 'activities' },
  { nouns: ['项目', '问题', '难题', '课题', '岗位', '建议', '措施', '任务', '实事', '事项', '领域', '职称', '先锋岗', '线路', '路线', '风险点'], category: 'items' },
  { nouns: ['人员', '干部', '党员', '群众', '专家', '人才', '志愿者', '护林员', '特派员', '队员', '书记', '负责人', '职工', '骨干'], category: 'people' },
];

/** A 第N written before these is a rank (居全国第二位), not an ordinal. */
export const RANK_BEFORE = /(?:居|位居|位列|排名|排|列|位于)(?:全国|全省|全市|全区|全县)?第$/u;

/**
 * Set phrases in which a numeral is a word, not a quantity, with the note a curator reads. Matched as written,
 * anywhere in the text.
 */
export const SET_PHRASES: Array<{ phrase: string; note: string }> = [
  { phrase: '两手抓', note: 'Set phrase (grasp both), not a count.' },
  { phrase: '两不误', note: 'Set phrase (neglect neither), not a count.' },
  { phrase: '两促进', note: 'Set phrase (advance both), not a count.' },
  { phrase: '一系列', note: '“A series of”: an indefinite quantity, not a count.' },
  { phrase: '一大批', note: '“A great many”: an indefinite quantity, not a count.' },
  { phrase: '一批批', note: '“Batch after batch”: an indefinite quantity, not a count.' },
  { phrase: '一批', note: '“A batch of”: an indefinite quantity, not a count.' },
  { phrase: '一些', note: '“Some”: an indefinite quantity, not a count.' },
  { phrase: '一定', note: '“A certain (amount)”: unspecified, not a count.' },
  { phrase: '第一时间', note: 'Set phrase (at once), not a figure.' },
  { phrase: '第三方', note: 'Set phrase (a third party), not an ordinal.' },
  { phrase: '第一线', note: 'Set phrase (the front line), not a figure.' },
  { phrase: '一线', note: 'Set phrase (the front line), not a count.' },
  { phrase: '一体', note: 'Set phrase (as one, together), not a count.' },
  { phrase: '一道', note: 'Set phrase (together), not a count.' },
  { phrase: '一起', note: 'Set phrase (together), not a count.' },
  { phrase: '一致', note: 'Set phrase (unanimous), not a count.' },
  { phrase: '一流', note: 'Set phrase (first-class), not a count.' },
  { phrase: '一把手', note: 'Set phrase (the top leader), not a count.' },
  { phrase: '一盘棋', note: 'Set phrase (one chessboard: acting as a whole), not a count.' },
  { phrase: '一张蓝图', note: 'Set phrase (one blueprint), not a count.' },
  { phrase: '一站式', note: 'Set phrase (one-stop), not a count.' },
  { phrase: '一揽子', note: 'Set phrase (a package of), not a count.' },
  { phrase: '千家万户', note: 'Set phrase (every household), not a count.' },
  { phrase: '千方百计', note: 'Set phrase (by every means), not a count.' },
  { phrase: '万众一心', note: 'Set phrase (all of one mind), not a count.' },
  { phrase: '一心一意', note: 'Set phrase (wholeheartedly), not a count.' },
  { phrase: '一以贯之', note: 'Set phrase (consistently), not a count.' },
  { phrase: '一如既往', note: 'Set phrase (as always), not a count.' },
  { phrase: '一年一度', note: 'Set phrase (once a year), not a count.' },
  { phrase: '百年', note: '“A century”: a phrase, not a reported figure.' },
];

/** Verbs that open a counted phrase and are not part of what is counted (成立党员先锋队6支 → 党员先锋队). */
export const SETUP_VERBS = /^(?:培育选树|建立健全|成立|设立|建立|组建|选聘|聘请|培育|选树|打造|建成|新建|引导|推出|开展|组织|评选|表彰|发放|签订|出台|制定|印发|收集|安排|共有|共|已|累计|目前已?|其中|全年|今年|去年)+/u;

/** Quoted month-day codes that name a date or a day (“七一”, “五一”劳动奖章, “六五”环境日, “6·30”). */
export const DAY_CODE = /^(?:(?:[一二三四五六七八九]|十[一二]?)(?:[一二三四五六七八九十]|二十|三十)|[0-9]{1,2}[·.．][0-9]{1,2})$/u;

/** Words after N年 that make it part of a programme's name (三年攻坚行动), not a reported duration. */
export const PROGRAMME_AFTER = /^(?:攻坚|行动|计划|规划|工程|专项|活动|提升)/u;
/** Words around N年 that make it a reported duration (连续四年荣获…, 用三年时间). */
export const DURATION_BEFORE = /(?:连续|历时|用了|经过|持续|坚持)$/u;
export const DURATION_AFTER = /^(?:时间)/u;
/** Words around N年 that make it a time frame, not a figure (近三年, 三年来, 五年内). */
export const TIME_FRAME_AFTER = /^(?:来|以来|间|内|中)/u;

/**
 * Periods after 每 that make 一次 (or 一场, 一期) a frequency, a figure (每月开展一次主题党日: once a month), not an
 * article (开展一次主题党日: a themed Party day).
 */
export const FREQUENCY_BEFORE = /每(?:[一两二三四五六半]个?)?(?:年度|年|季度|季|月|周|星期|旬|天|日)/u;

/**
 * Words after a duration that make it a service standard or a routine (24小时值守, 24小时不间断监控, 48小时内办结,
 * 30分钟内到场): how a service is promised, not a reported figure.
 */
export const SERVICE_AFTER = /^(?:内|以内)?(?:不间断|全天候|无休|值守|值班|在线|待命|响应|受理|办结|答复|回复|反馈|到场|到岗|到位|服务|监控|运行|运转|轮班|巡逻|热线)/u;
export const SERVICE_UNITS = ['小时', '分钟', '天', '日'];

/** Cue words of a plan (a document of targets): its figures are for the year its title names. */
export const PLAN_TITLE = /(方案|计划|要点|安排|规划|意见|通知)$/u;
