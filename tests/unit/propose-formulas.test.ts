import { describe, expect, it } from 'vitest';
import { isFormulaCode } from '../../src/lib/propose/formulas.ts';
import { proposeText } from '../fixtures/propose/context.ts';

type Heading = { paragraph: number; text: string; kind: 'standalone' | 'lead' };
function formulas(paragraphs: string[], headings: Heading[] = []) {
  const { fields, issues } = proposeText(paragraphs, { headings });
  expect(issues).toEqual([]);
  return fields.formulas;
}
const one = (code: string, paragraphs: string[], headings: Heading[] = []) => {
  const found = formulas(paragraphs, headings).find((f) => f.code === code);
  expect(found, `formula ${code}`).toBeDefined();
  return found!;
};
const labels = (f: { components: Array<{ label: string }> }) => f.components.map((c) => c.label);

describe('formula codes', () => {
  it.each(['336', '1+1+4', '1+3+N', '党建+N', '三项机制', '十个一', '五维', '一联三共', '三联三促', '三统筹', '两个维护', '一岗双责', '一月一课一片一实践', '一芯二屏三廊道', '五专四员五报告机制', '百千万工程'])(
    '%s is a code',
    (code) => expect(isFormulaCode(code)).toBe(true),
  );

  it.each([
    ['一面红墙', 'one thing counted'],
    ['千村共建党建林', 'a slogan led by a numeral'],
    ['七一', 'a day'],
    ['6·30', 'a day'],
    ['十四五', 'a five-year plan'],
    ['二十大', 'a congress'],
    ['1', 'one digit'],
    ['一系列', 'a set phrase'],
    ['双向移送', '双 leading is a word (two-way)'],
  ])('%s is not (%s)', (code) => expect(isFormulaCode(code)).toBe(false));

  it('the name is the code in Chinese quotation marks and the noun after it', () => {
    expect(one('336', ['创新推行"336"党建模式,推动融合。']).name.zh).toBe('“336”党建模式');
    expect(one('五个一点', ['坚持“五个一点”的资金筹措原则。']).name.zh).toBe('“五个一点”资金筹措原则');
    expect(one('三农', ['编制“三农”远程教育片。']).name.zh).toBe('“三农”');
  });

  it('unquoted: glossary terms in a formula’s shape and N个一, never a bare term such as 两委', () => {
    const found = formulas(['严格落实三会一课制度,实施十个一工程,村两委干部带头。']).map((f) => f.code);
    expect(found).toEqual(['三会一课', '十个一']);
  });
});

describe('formula components, and how honestly they are the expansion', () => {
  it('a list in parentheses after the code is explicit', () => {
    const f = one('三个一', ['开展“三个一”活动(读一本好书、写一篇心得和办一件实事),推动学习。']);
    expect(labels(f)).toEqual(['读一本好书', '写一篇心得', '办一件实事']);
    expect(f).toMatchObject({ expansion: 'explicit', expansion_note: null });
  });

  it('a + list in parentheses', () => {
    const f = one('1+2+3', ['按照“1+2+3”模式(“1名驻村干部+2名网格员+3名护林员”)组建队伍。']);
    expect(labels(f)).toEqual(['1名驻村干部', '2名网格员', '3名护林员']);
    expect(f.expansion).toBe('explicit');
  });

  it('a list after 即 or a colon', () => {
    expect(labels(one('三联三促', ['创新“三联三促”机制,即联组织促融合、联阵地促共享、联服务促发展。']))).toEqual(['联组织促融合', '联阵地促共享', '联服务促发展']);
    expect(labels(one('四心', ['践行“四心”服务法:耐心、细心、诚心、暖心,群众满意度提升。']))).toEqual(['耐心', '细心', '诚心', '暖心']);
  });

  it('a list before 等“code”: complete is explicit, short of the count is partial', () => {
    const complete = one('三个一', ['截至目前,一支队伍、一个阵地和一套制度等“三个一”已经建成。']);
    expect(labels(complete)).toEqual(['一支队伍', '一个阵地', '一套制度']);
    expect(complete.expansion).toBe('explicit');
    const partial = one('六个一', ['积极开展“讲一堂党课、看一部影片等“六个一”活动。']);
    expect(labels(partial)).toEqual(['讲一堂党课', '看一部影片']);
    expect(partial).toMatchObject({ expansion: 'partial', expansion_note: { zh: '原文只点出了“六个一”6个组成部分中的2个。', en: 'The text names 2 of the 6 parts of “六个一”.' } });
  });

  it('一是…二是… after a counted code, across the paragraphs of its section, named by the code’s head noun', () => {
    const f = one('三项机制', ['健全“三项机制”,压实责任。一是建立包村联户机制。', '二是完善考核激励机制。三是落实督查问效机制。', '打造“两支队伍”,提升能力。']);
    expect(labels(f)).toEqual(['包村联户机制', '考核激励机制', '督查问效机制']);
    expect(f.components.map((c) => c.paragraph)).toEqual([1, 2, 2]);
    expect(f.expansion).toBe('explicit');
  });

  it('ordinals joined by commas in one sentence each make one item', () => {
    expect(labels(one('四项机制', ['推行“四项机制”,一是建立责任清单机制,二是建立联点指导机制,三是建立考核评价机制,四是建立群众监督机制。']))).toEqual([
      '责任清单机制',
      '联点指导机制',
      '考核评价机制',
      '群众监督机制',
    ]);
  });

  it('“1”即…,“3”即… spells out a digit code', () => {
    const f = one('1+3', ['推行“1+3”工作法,“1”即一个党建联盟,“3”即三张服务清单,推动融合。']);
    expect(labels(f)).toEqual(['一个党建联盟', '三张服务清单']);
    expect(f.expansion).toBe('explicit');
  });

  it('a digit code whose digits count the formulas that open the following sections is implicit', () => {
    const paragraphs = ['某县推行“235”工作法。', '守牢“两条底线”,确保安全。内容。', '落实“三项制度”,规范管理。内容。', '争当“五个示范”,彰显担当。内容。'];
    const headings: Heading[] = [
      { paragraph: 2, text: '守牢“两条底线”,确保安全。', kind: 'lead' },
      { paragraph: 3, text: '落实“三项制度”,规范管理。', kind: 'lead' },
      { paragraph: 4, text: '争当“五个示范”,彰显担当。', kind: 'lead' },
    ];
    const f = one('235', paragraphs, headings);
    expect(labels(f)).toEqual(['两条底线', '三项制度', '五个示范']);
    expect(f.expansion).toBe('implicit');
    expect(f.expansion_note?.en).toMatch(/never says in words what “235” stands for/);
    expect(f.expansion_note?.zh).toMatch(/从未用文字说明“235”指什么/);
    // The section formulas quote their lead sentence.
    expect(one('三项制度', paragraphs, headings).quote).toBe('落实“三项制度”,规范管理。');
  });

  it('parallel clauses after the code are its parts, implicitly (partial when fewer than it counts)', () => {
    const f = one('1+4', ['扎实推进“1+4”工作法,支部建设抓规范,党员管理抓日常,志愿服务抓常态,阵地建设抓提升,取得成效。']);
    expect(labels(f)).toEqual(['支部建设', '党员管理', '志愿服务', '阵地建设']);
    expect(f.expansion).toBe('partial');
  });

  it('items that repeat the code’s morphemes: complete elsewhere is implicit, fewer beside the code is partial', () => {
    const elsewhere = one('三不', ['推进“三不”一体建设。', '一体推进不敢腐、不能腐、不想腐。']);
    expect(labels(elsewhere)).toEqual(['不敢腐', '不能腐', '不想腐']);
    expect(elsewhere.expansion).toBe('implicit');
    const partial = one('五联共建', ['以“五联共建”为抓手,通过组织联建、资源联享,推进治理。']);
    expect(labels(partial)).toEqual(['组织联建', '资源联享']);
    expect(partial.expansion).toBe('partial');
    // An incomplete list elsewhere in the text is not taken for the parts.
    expect(one('四化', ['推进支部“四化”建设。', '实现工作制度化、规范化。']).expansion).toBe('none');
  });

  it('a quoted slogan made of equal segments, each holding the morpheme, names the parts (三铁 ← 学铁人铸铁魂做铁军)', () => {
    const f = one('三绿', ['开展“种绿护绿用绿”行动,打造“三绿”品牌。']);
    expect(labels(f)).toEqual(['种绿', '护绿', '用绿']);
  });

  it('phrases ending in the code’s head noun in its paragraph, as many as it counts', () => {
    const f = one('两个作用', ['发挥“两个作用”。各党支部发挥战斗堡垒作用,全体党员发挥先锋模范作用。']);
    expect(labels(f)).toEqual(['战斗堡垒作用', '先锋模范作用']);
    expect(f.expansion).toBe('implicit');
  });

  it('a code that names its own parts; a time frame opening it is not a part', () => {
    expect(labels(one('一周一学一练一评', ['推行“一周一学一练一评”制度。']))).toEqual(['一学', '一练', '一评']);
    expect(labels(one('一村一品一策', ['推广“一村一品一策”。']))).toEqual(['一村', '一品', '一策']);
    // 两微一端 counts what it never names.
    expect(one('两微一端', ['运用“两微一端”宣传。']).expansion).toBe('none');
  });

  it('a run of numerals abbreviating a longer name written elsewhere (千万工程 ← 千村示范、万村整治)', () => {
    const f = one('千万工程', ['深入实施“千村示范、万村整治”行动。', '以“千万工程”为牵引推进乡村建设。']);
    expect(labels(f)).toEqual(['千村示范', '万村整治']);
    expect(f).toMatchObject({ expansion: 'implicit' });
    expect(f.components[0]?.paragraph).toBe(1);
  });

  it('a code with no parts in the text says so', () => {
    const f = one('1322', ['以“1322”模式助推党建责任落实。']);
    expect(f).toMatchObject({ components: [], expansion: 'none', expansion_note: { zh: '原文提到“1322”，但从未列出其组成部分。', en: 'The text names “1322” but never lists its parts.' } });
  });

  it('every formula and component is marked proposed, English empty until translated', () => {
    const f = one('三个一', ['开展“三个一”活动(读一本好书、写一篇心得和办一件实事)。']);
    expect(f.review).toBe('proposed');
    expect(f.components.every((c) => c.review === 'proposed' && c.en === '')).toBe(true);
    expect(f.name.en).toBe('');
  });
});
