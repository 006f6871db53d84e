/**
 * The search test set: queries a reader types, each with the pages it must return (locale-independent
 * paths) and why, from the curated content. A model page is expected only when its curated mechanisms,
 * slogans, formulas or region carry the term, or its text says it (checked: grep the entry). Mechanism and
 * glossary pages are expected when the term is their name, one of their listed aliases, or defined there.
 *
 * Kinds: what is searched for ('text': words of a model's text that are no known term, so full text alone must
 * find them). Scripts: how it is typed — including the hard cases (Traditional, pinyin with
 * and without tones, tone digits and spaces, English names, punctuation inside brands, formula codes).
 */

export type Kind = 'mechanism' | 'brand' | 'formula' | 'place' | 'glossary' | 'text';
export type Script = 'simplified' | 'traditional' | 'pinyin' | 'pinyin-toned' | 'english' | 'code';

export interface SearchCase {
  q: string;
  /** Which edition's search page the query is typed into. */
  edition: 'zh' | 'en';
  kind: Kind;
  script: Script;
  /** Pages that must be in the top five. */
  expect: string[];
  why: string;
}

const LINXIANG = 'models/linxiang-forestry-336/';
const XINING = 'models/xining-forestry-grassland/';
const HEILONGJIANG = 'models/heilongjiang-ecology-iron-army/';
const HUIZHOU = 'models/huizhou-street-party-forest/';
const HONGLIN = 'models/honglin-town-park/';
const GLOSSARY = 'glossary/';
const FORMULAS = 'formulas/';
const mechanism = (id: string) => `mechanisms/${id}/`;

const FOREST_CHIEF = [LINXIANG, mechanism('forest-chief')];
const forestChiefWhy = 'Linxiang curates 党建+林长制 and 党员协理长 (category forest-chief, glossary linzhangzhi, ¶5); 林长制 is the name of the forest-chief category.';

export const SEARCH_SET: SearchCase[] = [
  // 林长制, every way a reader writes it.
  { q: '林长制', edition: 'zh', kind: 'mechanism', script: 'simplified', expect: FOREST_CHIEF, why: forestChiefWhy },
  { q: '林長制', edition: 'zh', kind: 'mechanism', script: 'traditional', expect: FOREST_CHIEF, why: forestChiefWhy },
  { q: 'linzhangzhi', edition: 'zh', kind: 'mechanism', script: 'pinyin', expect: FOREST_CHIEF, why: forestChiefWhy },
  { q: 'lin zhang zhi', edition: 'zh', kind: 'mechanism', script: 'pinyin', expect: FOREST_CHIEF, why: forestChiefWhy },
  { q: 'lín zhǎng zhì', edition: 'zh', kind: 'mechanism', script: 'pinyin-toned', expect: FOREST_CHIEF, why: forestChiefWhy },
  { q: 'lin2 zhang3 zhi4', edition: 'zh', kind: 'mechanism', script: 'pinyin-toned', expect: FOREST_CHIEF, why: forestChiefWhy },
  { q: 'forest chief system', edition: 'zh', kind: 'mechanism', script: 'english', expect: FOREST_CHIEF, why: forestChiefWhy },
  { q: 'forest chief system', edition: 'en', kind: 'mechanism', script: 'english', expect: FOREST_CHIEF, why: forestChiefWhy },
  { q: '林长制', edition: 'en', kind: 'mechanism', script: 'simplified', expect: FOREST_CHIEF, why: forestChiefWhy },

  // Other mechanisms and glossary terms.
  { q: '双向移送', edition: 'zh', kind: 'mechanism', script: 'simplified', expect: [LINXIANG, GLOSSARY], why: 'Linxiang mechanism 双向移送 (¶5, glossary shuangxiang-yisong); defined in the glossary.' },
  { q: '雙向移送', edition: 'zh', kind: 'mechanism', script: 'traditional', expect: [LINXIANG, GLOSSARY], why: 'As 双向移送, in Traditional characters.' },
  { q: 'shuāngxiàng yísòng', edition: 'zh', kind: 'mechanism', script: 'pinyin-toned', expect: [LINXIANG, GLOSSARY], why: 'As 双向移送, in toned pinyin.' },
  { q: 'two-way case transfer', edition: 'en', kind: 'mechanism', script: 'english', expect: [LINXIANG, GLOSSARY], why: 'English name of the glossary term 双向移送, which Linxiang uses (¶5).' },
  { q: '区政合一', edition: 'zh', kind: 'brand', script: 'simplified', expect: [HONGLIN, mechanism('town-park-integration'), GLOSSARY], why: 'Honglin brand and mechanism “区政合一”管理体制改革; alias of town-park-integration; glossary quzheng-heyi.' },
  { q: '區政合一', edition: 'zh', kind: 'brand', script: 'traditional', expect: [HONGLIN, mechanism('town-park-integration')], why: 'As 区政合一, in Traditional characters.' },
  { q: 'quzhengheyi', edition: 'zh', kind: 'brand', script: 'pinyin', expect: [HONGLIN, mechanism('town-park-integration')], why: 'Pinyin alias of town-park-integration and of the glossary term.' },
  { q: 'district and government as one', edition: 'zh', kind: 'brand', script: 'english', expect: [HONGLIN, mechanism('town-park-integration')], why: 'English alias of town-park-integration; Honglin’s brand.' },
  { q: 'district and government as one', edition: 'en', kind: 'brand', script: 'english', expect: [HONGLIN, mechanism('town-park-integration')], why: 'As above, on the English edition.' },
  { q: '党建合约', edition: 'zh', kind: 'mechanism', script: 'simplified', expect: [LINXIANG, mechanism('joint-building')], why: 'Linxiang mechanism 党建合约 (¶5); alias of joint-building.' },
  { q: '黨建合約', edition: 'zh', kind: 'mechanism', script: 'traditional', expect: [LINXIANG, mechanism('joint-building')], why: 'As 党建合约, in Traditional characters (also a listed Traditional alias).' },
  { q: '四种形态', edition: 'zh', kind: 'glossary', script: 'simplified', expect: [HEILONGJIANG, XINING, GLOSSARY, mechanism('supervision-discipline')], why: 'Heilongjiang (¶2) and Xining (¶9) curate the mechanism 四种形态 (glossary sizhong-xingtai); alias of supervision-discipline.' },
  { q: 'sizhong xingtai', edition: 'zh', kind: 'glossary', script: 'pinyin', expect: [HEILONGJIANG, XINING, GLOSSARY], why: 'Pinyin of 四种形态.' },
  { q: '一岗双责', edition: 'zh', kind: 'mechanism', script: 'simplified', expect: [HEILONGJIANG, GLOSSARY, mechanism('responsibility')], why: 'Heilongjiang mechanism 一岗双责 (¶2); glossary yigang-shuangze; alias of responsibility.' },
  { q: 'one post two responsibilities', edition: 'zh', kind: 'mechanism', script: 'english', expect: [HEILONGJIANG, GLOSSARY], why: 'English name of 一岗双责.' },
  { q: '包保', edition: 'zh', kind: 'mechanism', script: 'simplified', expect: [HONGLIN, GLOSSARY, mechanism('liaison')], why: 'Honglin mechanism 镇园干部包保联系企业制度 (¶4); glossary baobao; alias of liaison.' },
  { q: '合署办公', edition: 'zh', kind: 'mechanism', script: 'simplified', expect: [HONGLIN, GLOSSARY, mechanism('town-park-integration')], why: 'Honglin mechanism 合署办公; glossary hezhu-bangong; alias of town-park-integration.' },
  { q: '主题党日', edition: 'zh', kind: 'mechanism', script: 'simplified', expect: [HUIZHOU, GLOSSARY], why: 'Huizhou mechanism 主题党日活动 (glossary zhuti-dangri).' },
  { q: '義務植樹', edition: 'zh', kind: 'mechanism', script: 'traditional', expect: [HUIZHOU, XINING, mechanism('mass-mobilisation')], why: 'Huizhou 义务植树活动 and Xining 义务植树特色活动 (mass-mobilisation, whose alias it is).' },
  { q: '認種認養', edition: 'zh', kind: 'mechanism', script: 'traditional', expect: [HUIZHOU, mechanism('mass-mobilisation')], why: 'Huizhou mechanism 认种认养; listed Traditional alias of mass-mobilisation.' },
  { q: '森林防火', edition: 'zh', kind: 'mechanism', script: 'simplified', expect: [LINXIANG, mechanism('emergency-fire')], why: 'Linxiang 森林防火应急小分队 (¶5); alias of emergency-fire.' },
  { q: 'forest fire prevention', edition: 'zh', kind: 'mechanism', script: 'english', expect: [LINXIANG, mechanism('emergency-fire')], why: 'English alias of emergency-fire; Linxiang’s fire squads.' },
  { q: '党员先锋岗', edition: 'zh', kind: 'mechanism', script: 'simplified', expect: [LINXIANG], why: 'Linxiang mechanism 党员先锋岗 (¶5).' },
  { q: 'public-interest litigation', edition: 'zh', kind: 'glossary', script: 'english', expect: [LINXIANG, GLOSSARY], why: 'Glossary gongyi-susong, relied on by Linxiang’s 环境损害赔偿与公益诉讼衔接协作 (¶5).' },
  { q: '责任落实', edition: 'zh', kind: 'mechanism', script: 'simplified', expect: [mechanism('responsibility')], why: 'Name of the responsibility category.' },
  { q: 'tieren jingshen', edition: 'zh', kind: 'glossary', script: 'pinyin', expect: [HEILONGJIANG, GLOSSARY], why: 'Pinyin of 铁人精神: glossary tieren-jingshen, relied on by Heilongjiang’s 学铁人 (¶3).' },
  { q: 'Iron Man spirit', edition: 'en', kind: 'glossary', script: 'english', expect: [HEILONGJIANG, GLOSSARY], why: 'English name of 铁人精神.' },

  // Brands and slogans.
  { q: '党旗红·高原绿', edition: 'zh', kind: 'brand', script: 'simplified', expect: [XINING], why: 'Xining’s brand, as written (¶5).' },
  { q: '党旗红高原绿', edition: 'zh', kind: 'brand', script: 'simplified', expect: [XINING], why: 'The same brand typed without the middle dot.' },
  { q: '黨旗紅', edition: 'zh', kind: 'brand', script: 'traditional', expect: [XINING], why: 'First half of Xining’s brand (and of its title “党旗红”引领“西宁绿”), in Traditional characters.' },
  { q: '红色引领绿色先锋', edition: 'zh', kind: 'brand', script: 'simplified', expect: [LINXIANG], why: 'Linxiang’s brand 红色引领﹒绿色先锋, typed without the dot.' },
  { q: '学铁人铸铁魂做铁军', edition: 'zh', kind: 'brand', script: 'simplified', expect: [HEILONGJIANG], why: 'Heilongjiang’s brand (¶1).' },
  { q: '党建林', edition: 'zh', kind: 'brand', script: 'simplified', expect: [HUIZHOU, GLOSSARY, mechanism('greening-projects')], why: 'Huizhou campaign 党建林; glossary dangjianlin; alias of greening-projects.' },
  { q: 'dangjianlin', edition: 'zh', kind: 'brand', script: 'pinyin', expect: [HUIZHOU, GLOSSARY], why: 'Pinyin of 党建林.' },
  { q: 'Party-building forest', edition: 'en', kind: 'brand', script: 'english', expect: [HUIZHOU, GLOSSARY], why: 'English name of 党建林.' },
  { q: 'red leads green vanguard', edition: 'en', kind: 'brand', script: 'english', expect: [LINXIANG], why: 'English rendering of Linxiang’s brand.' },

  // Numbered formulas.
  { q: '336', edition: 'zh', kind: 'formula', script: 'code', expect: [LINXIANG, FORMULAS], why: 'Linxiang’s “336” model (¶1).' },
  { q: '1+1+4', edition: 'zh', kind: 'formula', script: 'code', expect: [LINXIANG, FORMULAS], why: 'Linxiang’s “1+1+4” fire squads (¶5).' },
  { q: '１＋１＋４', edition: 'zh', kind: 'formula', script: 'code', expect: [LINXIANG, FORMULAS], why: 'The same code in full-width characters, as a Chinese IME types it.' },
  { q: '十个一', edition: 'zh', kind: 'formula', script: 'simplified', expect: [HEILONGJIANG, FORMULAS], why: 'Heilongjiang’s “十个一” project (¶1).' },
  { q: 'shi ge yi', edition: 'zh', kind: 'formula', script: 'pinyin', expect: [HEILONGJIANG, FORMULAS], why: 'Pinyin of 十个一.' },
  { q: '1322', edition: 'zh', kind: 'formula', script: 'code', expect: [XINING, FORMULAS], why: 'Xining’s “1322” model (¶5).' },
  { q: '1310', edition: 'zh', kind: 'formula', script: 'code', expect: [HUIZHOU, FORMULAS], why: 'Huizhou’s “1310” deployment.' },
  { q: '三重一大', edition: 'zh', kind: 'formula', script: 'simplified', expect: [HONGLIN, GLOSSARY], why: 'Honglin formula and collective-decision mechanism (glossary sanzhong-yida).' },
  { q: '五个一点', edition: 'zh', kind: 'formula', script: 'simplified', expect: [HUIZHOU, mechanism('funding')], why: 'Huizhou funding principle “五个一点”; alias of funding.' },
  { q: '336', edition: 'en', kind: 'formula', script: 'code', expect: [LINXIANG, FORMULAS], why: 'As above, on the English edition.' },

  // Places.
  { q: '西宁', edition: 'zh', kind: 'place', script: 'simplified', expect: [XINING], why: 'Xining’s region is 青海省 西宁市.' },
  { q: 'Xining', edition: 'zh', kind: 'place', script: 'english', expect: [XINING], why: 'Romanised name of 西宁.' },
  { q: 'Xīníng', edition: 'zh', kind: 'place', script: 'pinyin-toned', expect: [XINING], why: 'Toned pinyin of 西宁.' },
  { q: 'Xining', edition: 'en', kind: 'place', script: 'english', expect: [XINING], why: 'As above, on the English edition.' },
  { q: '黑龙江', edition: 'zh', kind: 'place', script: 'simplified', expect: [HEILONGJIANG], why: 'Heilongjiang’s region is 黑龙江省.' },
  { q: 'Heilongjiang', edition: 'zh', kind: 'place', script: 'english', expect: [HEILONGJIANG], why: 'Romanised name of 黑龙江.' },
  { q: '黑龍江', edition: 'zh', kind: 'place', script: 'traditional', expect: [HEILONGJIANG], why: '黑龙江 in Traditional characters.' },
  { q: '临湘', edition: 'zh', kind: 'place', script: 'simplified', expect: [LINXIANG], why: 'Linxiang’s county is 临湘市.' },
  { q: '惠州', edition: 'zh', kind: 'place', script: 'simplified', expect: [HUIZHOU], why: 'Huizhou’s city is 惠州市.' },
  { q: '洪林镇', edition: 'zh', kind: 'place', script: 'simplified', expect: [HONGLIN], why: 'Honglin’s town is 洪林镇.' },
  { q: 'Qinghai', edition: 'zh', kind: 'place', script: 'english', expect: [XINING], why: 'Xining’s province is 青海省.' },
  { q: 'Hunan', edition: 'zh', kind: 'place', script: 'english', expect: [LINXIANG], why: 'Linxiang’s province is 湖南省.' },
  { q: 'Guangdong', edition: 'en', kind: 'place', script: 'english', expect: [HUIZHOU], why: 'Huizhou’s province is 广东省.' },
  { q: 'Anhui', edition: 'en', kind: 'place', script: 'english', expect: [HONGLIN], why: 'Honglin’s (inferred) province is 安徽省.' },

  // Words of the texts that are no dictionary term: full text alone must find the model that says them.
  { q: '古树名木保险', edition: 'zh', kind: 'text', script: 'simplified', expect: [LINXIANG], why: 'Linxiang ¶5: “党建+林长制+古树名木保险”机制.' },
  { q: '黄盖湖', edition: 'zh', kind: 'text', script: 'simplified', expect: [LINXIANG], why: 'Linxiang ¶5: 黄盖湖湿地修复.' },
  { q: '碳市场', edition: 'zh', kind: 'text', script: 'simplified', expect: [HEILONGJIANG], why: 'Heilongjiang ¶4: 全国碳市场交易.' },
  { q: '生态护林员', edition: 'zh', kind: 'text', script: 'simplified', expect: [XINING], why: 'Xining ¶11: 生态护林员每月1000元的稳定收益.' },
  { q: '乡贤', edition: 'zh', kind: 'text', script: 'simplified', expect: [HUIZHOU], why: 'Huizhou: 共建绿美乡贤座谈会, 外出乡贤捐资.' },
  { q: '营商环境', edition: 'zh', kind: 'text', script: 'simplified', expect: [HEILONGJIANG, LINXIANG], why: 'Heilongjiang ¶4 and Linxiang ¶5: 优化营商环境.' },
  { q: '濕地', edition: 'zh', kind: 'text', script: 'traditional', expect: [HEILONGJIANG, LINXIANG], why: '湿地 in Traditional characters: Heilongjiang ¶4 (wetlands), Linxiang ¶5 (黄盖湖湿地).' },
  { q: '大庆', edition: 'zh', kind: 'text', script: 'simplified', expect: [HEILONGJIANG], why: 'Heilongjiang ¶3: 大庆铁人纪念馆, 第三代大庆“活铁人”.' },
  { q: 'carbon market', edition: 'en', kind: 'text', script: 'english', expect: [HEILONGJIANG], why: 'Heilongjiang’s English summary and mechanism notes: carbon-market trading.' },
  { q: 'camellia oil', edition: 'en', kind: 'text', script: 'english', expect: [LINXIANG], why: 'Linxiang’s English summary: the camellia-oil industry (an English alias of green-industry too).' },
];
