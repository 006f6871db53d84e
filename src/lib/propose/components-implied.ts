import { COUNTERS, FORMULA_NUMERALS, FRAME_SEGMENT } from './formula-data.ts';
import type { FoundFormula } from './formulas.ts';
import { headNoun, judge, NUMERAL_CLASS, withLabels, type Context, type Expansion, type FoundComponent } from './component-kit.ts';
import { sectionParts } from './section-codes.ts';
import { clauseBounds, maskNotes, sentenceBounds } from './text.ts';

/**
 * Components the text implies without calling them the code's parts: the formulas opening the following sections,
 * parallel clauses after the code, items repeating the code's morphemes, phrases ending in its head noun, the
 * parts a self-describing code names, the longer name an abbreviation stands for.
 */

/**
 * A digit code whose digits are the counts of the phrases that open the following sections (336: 三…, 三…, 六…;
 * 1355: 一个核心, 三级网络, 五支队伍, 五项机制), quoted or not (./section-codes.ts).
 */
export function sections(formula: FoundFormula, ctx: Context): Expansion | null {
  const parts = sectionParts(formula.code, formula.paragraph, ctx.leads);
  if (!parts) return null;
  const components = parts.map(({ lead, phrase }) => ({ label: phrase.text, quote: lead.text, paragraph: lead.paragraph }));
  return {
    components,
    expansion: 'implicit',
    note: {
      zh: `原文从未用文字说明“${formula.code}”指什么；其各节分别以${components.map((c) => c.label).join('、')}开头，数目与代码中的数字相符，但这种对应是对结构的解读，而非原文的陈述。`,
      en: `The text never says in words what “${formula.code}” stands for; its sections open with ${components.map((c) => c.label).join(', ')}, whose counts match the digits, but the link is a reading of the structure, not a statement of the source.`,
    },
  };
}
/** The morphemes a counted code repeats in its parts: the character after each numeral (联 in 六联共建; 山, 水 in 三山三水). */
function morphemesOf(code: string): string[] {
  const found = [...code.matchAll(new RegExp(`${NUMERAL_CLASS}+[${COUNTERS}]?(\\p{Script=Han})`, 'gu'))].map((m) => m[1] ?? '');
  return [...new Set(found.filter((m) => m && !FORMULA_NUMERALS.includes(m)))];
}

/**
 * The items of a 、-list as a parallel list has them: the first item may have picked up the words before the list
 * (通过组织联建、资源联享 → 组织联建) and the last the words after it, so each is cut to the others' length.
 */
export function parallelItems(items: readonly string[]): string[] {
  if (items.length < 2) return [...items];
  const inner = items.length > 2 ? items.slice(1, -1) : items.slice(1);
  const longest = Math.max(...inner.map((i) => i.length));
  return items.map((item, i) => {
    if (i === 0 && item.length > longest) return item.slice(item.length - longest);
    if (i === items.length - 1 && items.length > 2 && item.length > longest) return item.replace(/等$/u, '').slice(0, longest);
    return item;
  });
}

/** An item of a list of figures: its name, then the number and its unit (县级林长11名 → 县级林长). */
const FIGURE_ITEM = /^(\p{Script=Han}{2,10}?)[0-9]+(?:\.[0-9]+)?(?:余|多)?[万亿]?[\p{Script=Han}%]{0,2}$/u;

/** Lists in a paragraph whose items are short: 、-lists, lists of figures, runs of quoted items. */
function listsIn(text: string): Array<{ items: string[]; start: number; end: number }> {
  const lists: Array<{ items: string[]; start: number; end: number }> = [];
  for (const m of text.matchAll(/[\p{Script=Han}]{2,8}(?:、[\p{Script=Han}]{2,6})+/gu)) {
    const items = parallelItems(m[0].split('、'));
    const start = (m.index ?? 0) + (m[0].length - items.join('、').length - (m[0].split('、').at(-1)!.length - items.at(-1)!.length));
    lists.push({ items, start, end: (m.index ?? 0) + m[0].length });
  }
  // A 、-list of figures names its items before each number (设立县级林长11名、镇级林长68名、村级林长175名).
  for (const m of text.matchAll(/[^，,。；;：:、]+(?:、[^，,。；;：:、]+)+/gu)) {
    const raw = m[0].split('、');
    const named = raw.map((item) => FIGURE_ITEM.exec(item)?.[1] ?? null);
    if (named.some((n) => n === null)) continue;
    const items = parallelItems(named as string[]);
    lists.push({ items, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  for (const m of text.matchAll(/(?:[“"][\p{Script=Han}]{2,6}[”"]){2,}/gu)) {
    lists.push({ items: [...m[0].matchAll(/[“"]([\p{Script=Han}]{2,6})[”"]/gu)].map((x) => x[1] ?? ''), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return lists;
}

/** Items that each hold every morpheme of the code: the parts it abbreviates, named elsewhere (不敢腐、不能腐、不想腐). */
export function morphemes(formula: FoundFormula, ctx: Context): Expansion | null {
  const wanted = morphemesOf(formula.code);
  if (wanted.length === 0 || formula.count === null || /^[0-9]/.test(formula.code)) return null;
  const holds = (item: string) => item !== formula.code && wanted.every((m) => item.includes(m));
  const candidates: Array<{ components: FoundComponent[]; near: boolean }> = [];
  ctx.paragraphs.forEach((raw, i) => {
    const text = maskNotes(raw);
    const near = formula.occurrences.some((o) => o.paragraph === i + 1);
    for (const list of listsIn(text)) {
      const items = list.items.filter(holds);
      if (items.length < 2 || items.length !== list.items.length) continue;
      const [from, to] = clauseBounds(raw, list.start, list.end);
      candidates.push({ components: withLabels(items, raw.slice(from, to).trim(), i + 1), near });
    }
    // A quoted phrase made of equal segments each holding the morpheme (学铁人铸铁魂做铁军 for 三铁).
    for (const m of text.matchAll(/[“"]([\p{Script=Han}]{4,18})[”"]/gu)) {
      const phrase = m[1] ?? '';
      const size = phrase.length / formula.count!;
      if (!Number.isInteger(size) || size < 2) continue;
      const parts = Array.from({ length: formula.count! }, (_, k) => phrase.slice(k * size, (k + 1) * size));
      if (!parts.every(holds)) continue;
      const [from, to] = clauseBounds(raw, m.index ?? 0, (m.index ?? 0) + m[0].length);
      candidates.push({ components: withLabels(parts, raw.slice(from, to).trim(), i + 1), near });
    }
  });
  // A list beside the code may be partial; one elsewhere counts only when it is complete.
  const best =
    candidates.filter((c) => c.near).sort((a, b) => b.components.length - a.components.length)[0] ??
    candidates.find((c) => c.components.length === formula.count);
  if (!best || best.components.length > formula.count) return null;
  const complete = best.components.length === formula.count;
  return {
    components: best.components,
    expansion: complete ? 'implicit' : 'partial',
    note: complete
      ? {
          zh: `各组成部分都重复了代码中的${wanted.map((m) => `“${m}”`).join('和')}，但原文从未说它们构成“${formula.code}”。`,
          en: `The parts each repeat ${wanted.map((m) => `“${m}”`).join(' and ')} of the code, but the text never says they make up “${formula.code}”.`,
        }
      : {
          zh: `“${formula.code}”的${formula.count}个组成部分中只点出了${best.components.length}个，而且不是作为它的展开点出的。`,
          en: `Only ${best.components.length} of the ${formula.count} parts of “${formula.code}” are named, and not as its expansion.`,
        },
  };
}
/** Phrases in the code's paragraph ending in its head noun, as many as it counts (战斗堡垒作用, 先锋模范作用 for 两个作用). */
export function heads(formula: FoundFormula, ctx: Context): Expansion | null {
  const head = headNoun(formula.code);
  if (formula.count === null || head.length < 2 || /^[0-9]/.test(formula.code)) return null;
  const text = ctx.paragraphs[formula.paragraph - 1] ?? '';
  const after = formula.index + formula.code.length + 1;
  const found: FoundComponent[] = [];
  for (const m of text.slice(after).matchAll(new RegExp(`(?:发挥|当好|做好|建立|落实|强化|把好|争当|提升)([\\p{Script=Han}]{2,6}${head})`, 'gu'))) {
    const label = m[1] ?? '';
    if (found.some((f) => f.label === label)) continue;
    const [from, to] = clauseBounds(text, after + (m.index ?? 0));
    found.push({ label, quote: text.slice(from, to).trim(), paragraph: formula.paragraph });
  }
  if (found.length !== formula.count) return null;
  return {
    components: found,
    expansion: 'implicit',
    note: {
      zh: `该段在“${formula.code}”之后点出了${found.map((f) => f.label).join('和')}，但从未明确说它们构成这一代码。`,
      en: `The paragraph names ${found.map((f) => f.label).join(' and ')} after “${formula.code}”, but never says in so many words that they make up the code.`,
    },
  };
}
/** A code made of 一X segments names its own parts (一月一课一片一实践: 一课, 一片, 一实践; 一月 is the frame). */
export function self(formula: FoundFormula, ctx: Context): Expansion | null {
  const segments = formula.code.match(/一[^一]+/gu) ?? [];
  if (segments.join('') !== formula.code || segments.length < 3) return null;
  const parts = FRAME_SEGMENT.test(segments[0] ?? '') ? segments.slice(1) : segments;
  const quote = clauseAtFormula(formula, ctx);
  return {
    components: withLabels(parts, quote, formula.paragraph),
    expansion: 'implicit',
    note: {
      zh: `一个自我说明的代码：它的组成部分（${parts.join('、')}）就写在“${formula.code}”里，但原文从未说明各自指什么。`,
      en: `A self-describing code: its parts (${parts.join(', ')}) are written into “${formula.code}” itself, but the text never says what each one is.`,
    },
  };
}

function clauseAtFormula(formula: FoundFormula, ctx: Context): string {
  const text = ctx.paragraphs[formula.paragraph - 1] ?? '';
  const [from, to] = clauseBounds(text, formula.index, formula.index + formula.code.length);
  return text.slice(from, to).trim();
}

/** A run of numerals abbreviating a longer name written elsewhere (百千万工程 ← 百县千镇万村高质量发展工程). */
export function abbreviation(formula: FoundFormula, ctx: Context): Expansion | null {
  const run = new RegExp(`^(${NUMERAL_CLASS}{2,4})`, 'u').exec(formula.code)?.[1];
  if (!run) return null;
  const numerals = [...run];
  const pattern = new RegExp(numerals.map((n, i) => (i < numerals.length - 1 ? `(${n}[\\p{Script=Han}]{1,4}?)、?` : `(${n}[\\p{Script=Han}]{1,4})`)).join(''), 'u');
  for (let p = 1; p <= ctx.paragraphs.length; p++) {
    const text = ctx.paragraphs[p - 1] ?? '';
    const m = pattern.exec(text);
    if (!m || text.slice(m.index).startsWith(formula.code)) continue;
    const items = m.slice(1).map((x) => x ?? '');
    // Parallel parts are the same length: the last takes as many characters as the one before it.
    const last = items.length - 1;
    items[last] = (items[last] ?? '').slice(0, (items[last - 1] ?? '').length);
    const [from, to] = clauseBounds(text, m.index, m.index + m[0].length);
    return {
      components: withLabels(items, text.slice(from, to).trim(), p),
      expansion: 'implicit',
      note: {
        zh: `“${formula.code}”读来是${items.join('')}……（¶${p}）的简称，但原文从未说明前者是后者的简称。`,
        en: `“${formula.code}” reads as the short form of ${items.join('')}… (¶${p}), but the text never says that one abbreviates the other.`,
      },
    };
  }
  return null;
}
/**
 * Parallel clauses right after the code that end alike (…抓质量,…抓特色,…抓深入 after “1+7”综合性措施): each is a
 * part, named by the clause without its shared ending.
 */
export function parallel(formula: FoundFormula, ctx: Context): Expansion | null {
  const text = ctx.paragraphs[formula.paragraph - 1] ?? '';
  const [, clauseEnd] = clauseBounds(text, formula.index);
  const [, sentenceEnd] = sentenceBounds(text, formula.index);
  const clauses: Array<{ text: string; start: number }> = [];
  let at = clauseEnd + 1;
  while (at < sentenceEnd) {
    const [, end] = clauseBounds(text, at);
    clauses.push({ text: text.slice(at, end), start: at });
    at = end + 1;
  }
  // The shared word sits two or three characters from the end (抓质量, 抓特色; 抓实, 抓细).
  for (const k of [3, 2]) {
    const ending = (c: string) => c.slice(-k, -k + 1);
    const run: Array<{ text: string; start: number }> = [];
    for (const clause of clauses) {
      if (clause.text.length <= k + 1 || (run.length > 0 && ending(clause.text) !== ending(run[0]!.text))) break;
      run.push(clause);
    }
    if (run.length < 3 || !/\p{Script=Han}/u.test(ending(run[0]!.text))) continue;
    const components = run.map((c) => ({ label: c.text.slice(0, -k).trim(), quote: c.text.trim(), paragraph: formula.paragraph })).filter((c) => c.label.length >= 2);
    const short = formula.count !== null && components.length < Math.max(formula.count, formula.sum ?? 0);
    return {
      components,
      expansion: judge(formula, components.length, 'implicit'),
      note: {
        zh: `“${formula.code}”之后的分句并列点出了${components.length}项措施（各以${ending(run[0]!.text)}……结尾），但原文没有说它们就是其组成部分${short ? `，而该代码计为${formula.sum ?? formula.count}项` : ''}。`,
        en: `The clauses after “${formula.code}” name ${components.length} measures in parallel (each ending in ${ending(run[0]!.text)}…), but the text does not say they are its parts${short ? `, and the code counts ${formula.sum ?? formula.count}` : ''}.`,
      },
    };
  }
  return null;
}
