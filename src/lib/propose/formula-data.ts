/**
 * How numbered formulas are written, as data: numerals, counters, the nouns that end a formula's name, and the verbs
 * that open a component ("一是建立责任机制" → 责任机制). Each list is exercised by tests/unit/propose-formulas.test.ts.
 */

/** Characters that make up Chinese numerals in formulas (双 counts: 一岗双责). */
export const FORMULA_NUMERALS = '零〇一二两双三四五六七八九十百千万';

/** Counters between a numeral and what it counts (三项机制, 十个一, 六个先锋); they are not morphemes of the code. */
export const COUNTERS = '个项道种条类大支批';

/** Nouns that end a formula's name after its code (“336”党建模式, “十个一”工程, “五个一点”资金筹措原则). */
export const NAME_HEADS = [
  '城市新型生态格局', '生态格局', '格局', '综合性措施', '措施', '资金筹措原则', '原则', '工作模式', '党建模式', '模式', '工作法',
  '工程', '活动', '行动', '机制', '党建品牌', '品牌', '建设', '体系', '事项', '规定', '精神', '三篇文章', '文章', '具体部署', '部署',
  '理念', '要求', '制度', '区域党建', '模范机关', '机关', '干部', '班子', '作用', '形态', '战略', '目标', '举措', '任务',
];

/** Verbs that open a component's clause and are not part of its name (争当乡村振兴先锋 → 乡村振兴先锋). */
export const COMPONENT_VERBS =
  /^(?:建立健全|组建|设立|成立|建立|把好|把牢|争当|当好|做好|实施|推行|开展|强化|加强|坚持|落实|打造|构建|推进|深化|发挥|树立|增强|提升|筑牢|守好|抓好|突出|完善|健全|实行|推动|创新|用好|念好|唱好|下好|走好|种好|管好|育好|守住|严守|织密|夯实|聚焦|立足|围绕|以)+/u;

/** Words that introduce a formula's parts as its expansion (即…, 包括…). */
export const EXPANSION_CUE = /^[,，:：]?\s*(?:即|包括|分别是|分别为|主要是|主要包括|具体是|具体为|也就是|就是)[:：]?/u;

/**
 * A subject that every item of a list shares, written only before the first (即每名党员认领一片责任林、联系一户职工家庭
 * …): “each member”, “each branch”. It is not part of the first item's name.
 */
export const SHARED_SUBJECT = /^每(?:一)?(?:名|位|个|户|家)?(?:党员干部|党员|干部|职工|支部|党支部|党小组|村|社区|护林员|网格员|单位|人)/u;

/** Counters a digit code's terms take when the text spells them out (打造1个…, 实施4项…, 培育N个…). */
export const TERM_COUNTERS = '个项支名条种类张套大批家所处座片';

/** A time frame that opens a self-describing code (一月一课一片一实践: 一月 is the frame, not a part). */
export const FRAME_SEGMENT = /^一(?:月|周|年|季|季度|日|天|旬)$/u;

/** Unquoted counted phrases that are formulas when their head is one of these (中央八项规定). */
export const UNQUOTED_HEADS = '规定|禁令|纪律|原则|要求|机制|制度';
