import { describe, expect, it } from 'vitest';
import { isFormulaCode } from '../../src/lib/propose/formulas.ts';
import { proposeText } from '../fixtures/propose/context.ts';

/**
 * Formula shapes beyond the common ones (propose-formulas.test.ts): codes of numbered segments, the parts of a code
 * spelled out in the shape the text writes them (each explained in turn, a digit code's terms in clauses, ；-items, a
 * list ending at the code), and the sections a digit code spells out. Every sentence is written for the test.
 */

type Heading = { paragraph: number; text: string; kind: 'standalone' | 'lead' };
function formulas(paragraphs: string[], headings: Heading[] = []) {
  const { fields, issues } = proposeText(paragraphs, { headings });
  expect(issues).toEqual([]);
  return fields;
}
const one = (code: string, paragraphs: string[], headings: Heading[] = []) => {
  const found = formulas(paragraphs, headings).formulas.find((f) => f.code === code);
  expect(found, `formula ${code}`).toBeDefined();
  return found!;
};
const codes = (paragraphs: string[], headings: Heading[] = []) => formulas(paragraphs, headings).formulas.map((f) => f.code);
const labels = (f: { components: Array<{ label: string }> }) => f.components.map((c) => c.label);
const lead = (paragraph: number, text: string): Heading => ({ paragraph, text, kind: 'lead' });

describe('codes of numbered segments', () => {
  it.each(['一核两翼多支点', '一轴两带多园', '双巡查、一报告', '三必到、一回访', '一带三区'])('%s is a code', (code) => expect(isFormulaCode(code)).toBe(true));

  it.each([
    ['多点开花', 'no numeral leads it'],
    ['五一、十一', 'two days'],
    ['党员种树、支部认林', 'a slogan of two clauses'],
    ['一张网', 'one thing counted'],
  ])('%s is not (%s)', (code) => expect(isFormulaCode(code)).toBe(false));

  it('is a formula, not a slogan, and the numbers in its name are not figures', () => {
    const fields = formulas(['全镇构建“一核两翼多支点”林业发展格局，推行“双巡查、一报告”制度。']);
    expect(fields.formulas.map((f) => f.code)).toEqual(['一核两翼多支点', '双巡查、一报告']);
    expect(fields.slogans.map((s) => s.text)).toEqual([]);
    expect(fields.metrics).toEqual([]);
  });

  it('a code and the noun after its mark spelling a glossary term is that term (“两新”组织), unless the noun heads a formula’s name (“五化”建设)', () => {
    expect(codes(['推动机关和“两新”组织党员参与植树。'])).toEqual([]);
    expect(codes(['持续深化支部“五化”建设。'])).toEqual(['五化']);
  });
});

describe('parts explained one by one', () => {
  it('each segment with 即, inside parentheses that hold parentheses of their own', () => {
    const f = one('一核两翼多支点', ['构建“一核两翼多支点”发展格局（一核即县城核心区，两翼即东部生态旅游带、西部林下经济带，多支点即各乡镇（街道）特色林业基地），推动融合。']);
    expect(labels(f)).toEqual(['县城核心区', '东部生态旅游带、西部林下经济带', '各乡镇（街道）特色林业基地']);
    expect(f.expansion).toBe('explicit');
  });

  it('each segment with 是指, unquoted, in the sentences after the code', () => {
    const f = one('一轴两翼', ['形成“一轴两翼”生态格局。一轴是指沿江生态绿轴，两翼是指南北两片水源涵养林。']);
    expect(labels(f)).toEqual(['沿江生态绿轴', '南北两片水源涵养林']);
  });
});

describe('a digit code’s terms, each named in a clause after 即 or 包括', () => {
  it('the term’s number and counter start its part; a list before the number is kept (it makes the number)', () => {
    const f = one('1+2+N', ['探索“1+2+N”工作模式，即建强1个红色护林联盟，组建护林、防火2支党员先锋队伍，带动N个村组协同发力，确保山林安全。']);
    expect(labels(f)).toEqual(['1个红色护林联盟', '护林、防火2支党员先锋队伍', 'N个村组协同发力']);
    expect(f.expansion).toBe('explicit');
  });

  it('after 包括, a two-term code', () => {
    expect(labels(one('1+3', ['推行“1+3”机制，包括组建1支党员巡护队，建立3项联络制度。']))).toEqual(['1支党员巡护队', '3项联络制度']);
  });

  it('a term the clauses never name leaves the list to the other readings', () => {
    const f = one('1+3', ['推行“1+3”机制，即组建1支党员巡护队，完善联络制度。']);
    expect(labels(f)).not.toContain('1支党员巡护队');
  });
});

describe('；-separated items after a colon or 即, each led by a part', () => {
  it('after a colon', () => {
    const f = one('三联三带', ['深化“三联三带”：联村带户，组织党员入户走访180户；联企带岗，帮助企业解决用工难题；联校带学，开展生态课堂进校园。']);
    expect(labels(f)).toEqual(['联村带户', '联企带岗', '联校带学']);
    expect(f.expansion).toBe('explicit');
  });

  it('after 即', () => {
    expect(labels(one('两优先', ['落实“两优先”机制，即项目优先，向重点林区倾斜；资金优先，向护林一线倾斜。']))).toEqual(['项目优先', '资金优先']);
  });

  it('a colon and one sentence of clauses, no ；, is not a list of items', () => {
    const f = one('三联三带', ['深化“三联三带”：组织党员入户走访，帮助企业解决用工难题。']);
    expect(f.expansion).not.toBe('explicit');
  });
});

describe('the cue opening the clause after the code’s own clause', () => {
  it('即 after a comma, and a subject written before the first item only is not part of it', () => {
    const f = one('四个一', ['全面推行“四个一”党员护林责任制，即每名党员联系一户群众、认养一棵树木、参加一次巡护、提交一条建议，助推生态保护。']);
    expect(labels(f)).toEqual(['联系一户群众', '认养一棵树木', '参加一次巡护', '提交一条建议']);
  });

  it('every item with a subject of its own keeps it', () => {
    const f = one('两个一', ['推行“两个一”认领制，即每名党员认领一棵树、每个支部认领一片林。']);
    expect(labels(f)).toEqual(['每名党员认领一棵树', '每个支部认领一片林']);
  });
});

describe('the list that ends at the code', () => {
  it('without 等, when it holds as many parts as the code counts', () => {
    const f = one('三项制度', ['全县落实巡山护林、联防联控、考核问效三项制度。']);
    expect(labels(f)).toEqual(['巡山护林', '联防联控', '考核问效']);
    expect(f.expansion).toBe('explicit');
  });

  it('the code written again with a digit (“三支队伍” … 3支队伍) is the same formula, and its number no figure', () => {
    const fields = formulas(['打造“三支队伍”，筑牢护林防线。全镇组建党员突击队、护林巡查队和防火宣传队3支队伍，分片包干。']);
    const f = fields.formulas.find((x) => x.code === '三支队伍')!;
    expect(labels(f)).toEqual(['党员突击队', '护林巡查队', '防火宣传队']);
    expect(fields.metrics).toEqual([]);
  });

  it('not as the expansion when it holds fewer (its items, repeating 队, are then a partial reading), nor when the code is itself an item of a list', () => {
    expect(one('三支队伍', ['打造“三支队伍”。组建党员突击队、护林巡查队3支队伍。']).expansion).toBe('partial');
    expect(one('三个到位', ['增强“两种意识”、做到“三个到位”。']).components).toEqual([]);
    expect(one('两新', ['组织机关、村（社区）和“两新”参加。']).components).toEqual([]);
  });
});

describe('a digit code whose sections each open with one of its counted phrases', () => {
  const paragraphs = [
    '某县创新推行“1234”护林工作法。',
    '聚焦一个目标，守护绿水青山。全县上下形成合力。',
    '建强两支队伍，夯实护林力量。组建党员突击队和护林巡查队。',
    '完善三项机制，激发内生动力。落实巡山、考核、奖惩制度。',
    '强化四项保障，筑牢坚实后盾。经费、装备、培训、督查同步跟进。',
  ];
  const headings = paragraphs.slice(1).map((p, i) => lead(i + 2, p.slice(0, p.indexOf('。') + 1)));

  it('the phrases are its parts, implicitly, and those counting two or more are formulas too', () => {
    const found = formulas(paragraphs, headings).formulas;
    const f = found.find((x) => x.code === '1234')!;
    expect(labels(f)).toEqual(['一个目标', '两支队伍', '三项机制', '四项保障']);
    expect(f.expansion).toBe('implicit');
    expect(found.map((x) => x.code)).toEqual(['1234', '两支队伍', '三项机制', '四项保障']);
  });

  it('leads whose counts do not follow the digits are not its parts, nor formulas', () => {
    const shuffled = [paragraphs[0]!, paragraphs[2]!, paragraphs[1]!, paragraphs[3]!, paragraphs[4]!];
    const found = formulas(shuffled, shuffled.slice(1).map((p, i) => lead(i + 2, p.slice(0, p.indexOf('。') + 1)))).formulas;
    expect(found.find((x) => x.code === '1234')?.components).toEqual([]);
    expect(found.map((x) => x.code)).not.toContain('两支队伍');
  });
});

describe('items of a list of figures, each repeating the code’s morpheme', () => {
  it('the names before each number are the parts (级 in 三级网格)', () => {
    const f = one('三级网格', ['构建“三级网格”，设立一级网格长12名、二级网格长85名、三级网格长460名，实现全覆盖。']);
    expect(labels(f)).toEqual(['一级网格长', '二级网格长', '三级网格长']);
    expect(f.expansion).toBe('implicit');
  });
});
