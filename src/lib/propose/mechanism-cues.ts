/**
 * Cue phrases for mechanism categories, beyond the aliases in content/taxonomy/mechanisms.yaml (which are read
 * too). A cue suggests the category of a named mechanism whose name or clause holds it; it never creates one alone.
 * Kept as data: a new kind of page needs a row here and a fixture in tests/unit/propose-mechanisms.test.ts.
 */
export const CATEGORY_CUES: Record<string, string[]> = {
  responsibility: ['责任制', '责任清单', '责任体系', '主体责任', '第一责任人', '一岗双责', '牵头单位', '责任单位', '认领', '党建+业务', '压实'],
  'forest-chief': ['林长', '协理长', '护林员', '网格护林'],
  liaison: ['联点', '联系点', '挂钩', '包保', '包村', '联户', '联系户', '结对', '指导员', '驻村', '联系企业', '对接机制'],
  assessment: ['考核', '考评', '述职', '评议', '汇报', '绩效', '评先推优', '指挥棒'],
  'cadres-talent': ['人才', '干部交流', '双向交流', '轮岗', '挂职', '培训会', '培训班', '特派员', '专家服务团', '科技服务', '技术团队', '顾问', '交流机制', '交叉任职', '竞技'],
  'ideological-education': ['学习', '党课', '主题党日', '读书', '课堂', '宣讲', '例会', '中心组', '主题教育', '情景剧', '教育', '第一议题'],
  'organisation-building': ['先锋队', '先锋岗', '示范岗', '责任区', '标准化规范化', '支部建设', '战斗堡垒', '软弱涣散', '红色先锋', '五化', '建功立业', '党员突击队'],
  'joint-building': ['共建', '联建', '合约', '联盟', '区域党建'],
  'mass-mobilisation': ['义务植树', '认种', '认养', '捐资', '乡贤', '志愿', '倡议', '建言献策', '群众参与', '光彩林', '下沉到村'],
  'greening-projects': ['主题林', '党建林', '造林', '绿化', '示范点', '示范村', '国土绿化', '植树', '高原绿'],
  funding: ['资金', '经费', '党费', '保险', '预算', '奖补', '筹措'],
  'supervision-discipline': ['监督', '督导', '暗访', '内审', '审计', '风险预警', '监管', '回头看', '问责', '纪律', '航拍', '作风', '权力运行', '约谈', '廉政'],
  'publicity-model-setting': ['宣传', '选树', '典型', '表彰', '曝光', '专栏', '科普', '新媒体', '学习交流平台'],
  'enforcement-judicial': ['执法', '移送', '公益诉讼', '司法', '行刑', '裁执', '损害赔偿', '检察', '法院', '公安', '打击'],
  'green-industry': ['产业', '油茶', '林下经济', '科技下乡', '生态旅游', '管护岗位', '需求链', '双链'],
  'emergency-fire': ['防火', '应急', '扑火', '消防', '巡查', '网格', '防汛', '险情', '防洪'],
  'town-park-integration': ['区政合一', '合署办公', '镇园'],
  'coordination-decision': ['统筹', '集体决策', '调度', '推进会', '需求清单', '时间安排', '议事', '共商', '共谋', '专班', '领导小组'],
  'service-to-people': ['办实事', '诉求', '服务企业', '惠企', '民生', '助力千企', '审批', '营商环境', '放管服'],
  'digital-monitoring': ['智慧林业', '天空地', '监测网络', '监测体系', '遥感', '视频监控', '大数据', '信息化', '数字化', '卫星', '无人机', '物联网', '智慧', '信息平台', '监管平台', '监控平台', '监测平台', '数据平台', '在线监控', '在线监测', '自动监测'],
  'pest-disease': ['有害生物', '松材线虫', '病虫害', '检疫', '疫木', '美国白蛾', '林业有害生物防治'],
};

/**
 * Practices named by a set phrase, written unquoted and without an institution's noun (推动党支部与村党组织结对共建,
 * 开展廉政风险排查): each names a mechanism wherever it stands, as a taxonomy alias of four characters does, and is
 * filed by the cue its name holds, else under its row. Only phrases that name a working practice in any text of the
 * genre belong here, never a sentence's own wording.
 */
export const NAMED_PRACTICES: Record<string, string[]> = {
  'joint-building': ['结对共建', '联建共建', '共驻共建', '支部联建', '互联共建'],
  liaison: ['结对帮扶', '结对帮带', '包保联系', '挂点联系', '干部联点', '驻村帮扶'],
  'supervision-discipline': ['廉政风险排查', '廉政风险防控', '约谈提醒', '跟踪监管', '监督检查', '专项审计', '专项巡察'],
  'publicity-model-setting': ['宣传引导', '选树典型', '典型选树', '典型引路'],
  funding: ['资金保障', '经费保障', '资金投入', '资金整合'],
  'coordination-decision': ['专题研究', '部门协作', '联席会议', '工作专班'],
  'ideological-education': ['第一议题', '现场教学', '专题党课', '理论学习中心组'],
  'service-to-people': ['上门服务', '送政策', '送服务', '惠企政策', '审批服务'],
  'cadres-talent': ['人才培育', '技术培训', '业务培训'],
};

/** What a chief system (…长制) is named for: forests, rivers and lakes, farmland, mountains, roads (林长制, 河湖长制, 田长制). */
export const CHIEF_RESOURCES = ['林草', '河湖', '林', '河', '湖', '田', '山', '路', '湾', '滩'];

/** Nouns that end a mechanism's name: a phrase ending in one of these is a named working arrangement. */
export const MECHANISM_HEADS = [
  '工作机制', '机制', '制度', '责任体系', '体系', '工作法', '工作模式', '小分队', '先锋队', '服务团', '讲师团', '专班', '小组', '督导组', '暗访组', '挂钩组',
  '先锋岗', '示范岗', '责任区', '指导员', '协理长', '特派员', '培训会', '座谈会', '推进会', '调度会', '部署会', '表彰大会', '平台', '清单', '计划',
  '突击队', '服务队', '专业队', '巡护队', '培训班', '读书班', '研讨班', '专项行动', '模式',
];

/**
 * The name of a formula whose parts are mechanisms (五项机制, “四联四促”工作机制, 五支队伍): each part it lists is a
 * named mechanism of its own.
 */
export const COUNTS_MECHANISMS = /(?:机制|制度|队伍|体系|举措|措施)$/u;

/**
 * Verbs a mechanism's name never holds at its start: reading leftwards from the name's head, the name stops at the
 * first of these (建立班子成员联点指导机制 → 班子成员联点指导机制). Words that are nouns as often as verbs (指导, 组织,
 * 服务, 监督) are left out, so they stay inside names.
 */
export const VERBS_BEFORE_NAME = [
  '建立健全', '建立', '健全', '完善', '实行', '推行', '实施', '开展', '组建', '成立', '设立', '搭建', '引入', '构建', '打造', '推动', '探索',
  '落实', '强化', '加强', '深化', '发挥', '通过', '依托', '利用', '召开', '制定', '采取', '推进', '坚持', '开设', '拍摄', '压紧', '展现',
  '彰显', '形成', '实现', '提升', '增强', '激发', '加快', '争当', '把好', '当好', '做好', '抓好', '扭住', '履行', '选聘', '引导', '带动',
  '纳入', '列为', '作为', '参与', '认领', '培育', '选树', '营造', '掀起', '启动', '运用', '接受', '聚焦', '围绕', '结合', '深入',
  '签订', '参加', '完成', '进行', '获得', '发放', '举办', '收集', '办理', '化解', '覆盖', '达到', '建成',
];
/** One-character words that end a name on their left: prepositions, conjunctions, particles. */
export const PARTICLES_BEFORE_NAME = '以将把对由在和与及或为等从向被让使给即';
/** Words that begin with one of those characters and stay inside a name (在线监控平台, 处级以上干部读书班). */
export const WORDS_WITH_PARTICLES = ['在线', '以上', '以下', '和谐', '为民', '向日'];
/** Verbs right after a head word that make it a verb (全镇计划完成…: “plans to”), not the end of a name. */
export const VERB_AFTER_HEAD = /^(?:完成|新增|新建|投入|实现|达到|开展|组织|建设|种植|栽植|打造)/u;
