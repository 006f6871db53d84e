import { COMPONENT_VERBS, FORMULA_NUMERALS } from './formula-data.ts';
import type { FoundFormula } from './formulas.ts';
import { headNoun, judge, labelFromItem, partialNote, type Context, type Expansion, type FoundComponent } from './component-kit.ts';
import { clauseBounds, maskNotes, sentenceBounds } from './text.ts';

/**
 * Components the text states, beyond the lists of ./components-listed.ts: 一是…二是… after a counted code; each part
 * of a code explained in turn (“1”即…,“3”即…; 一廊即…，两带即…).
 */

const ORDINAL = /(?:^|[。；;！？!?,，\s])([一二三四五六七八九十]+)是/gu;
const ORDINAL_VALUE: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一是…二是… after a counted code, in its paragraph and the paragraphs that follow, up to its count. */
export function ordinals(formula: FoundFormula, ctx: Context): Expansion | null {
  if (formula.count === null || /^[0-9]/.test(formula.code)) return null;
  const head = headNoun(formula.code);
  const found: FoundComponent[] = [];
  let expected = 1;
  for (let p = formula.paragraph; p <= ctx.paragraphs.length && expected <= formula.count; p++) {
    const text = maskNotes(ctx.paragraphs[p - 1] ?? '');
    // Another counted formula leading a later paragraph starts another section.
    if (p > formula.paragraph && ctx.formulas.some((f) => f !== formula && f.count !== null && f.occurrences.some((o) => o.paragraph === p && o.index < 12))) break;
    const from = p === formula.paragraph ? formula.index : 0;
    for (const m of text.slice(from).matchAll(ORDINAL)) {
      const value = ORDINAL_VALUE[m[1] ?? ''];
      if (value !== expected) continue;
      const start = from + (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
      const raw = ctx.paragraphs[p - 1] ?? '';
      const [, sentenceEnd] = sentenceBounds(raw, start);
      // An item runs to the next ordinal (一是…，二是…) or the end of its sentence.
      const next = raw.slice(start + 2, sentenceEnd).search(/[一二三四五六七八九十]+是/u);
      const item = raw.slice(start, next < 0 ? sentenceEnd : start + 2 + next).replace(/[，,;；、\s]+$/u, '').trim();
      const label = labelFromItem(item, head);
      if (!label) return found.length >= 2 ? done(found) : null;
      found.push({ label, quote: item, paragraph: p });
      expected++;
    }
  }
  function done(components: FoundComponent[]): Expansion {
    return { components, expansion: judge(formula, components.length, 'explicit'), note: partialNote(formula, components.length) };
  }
  return found.length >= 2 ? done(found) : null;
}
/** The parts a code is made of, as the text may explain them one by one: a digit code's terms, a segment code's segments. */
function partsOf(code: string): string[] | null {
  if (/^[0-9+＋NnXx]+$/u.test(code)) return null;
  const segments = code.replace(/、/gu, '').match(new RegExp(`[${FORMULA_NUMERALS}多][^${FORMULA_NUMERALS}多]{1,3}`, 'gu')) ?? [];
  return segments.length >= 2 && segments.join('') === code.replace(/、/gu, '') ? segments : null;
}

/** The explanation after a part and its 即, up to the clause's end or the bracket closing the list it sits in. */
function explanationAt(text: string, from: number): string {
  let depth = 0;
  let end = from;
  for (; end < text.length; end++) {
    const c = text[end] ?? '';
    if (/[，,。；;]/u.test(c) && depth === 0) break;
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  return text.slice(from, end);
}

/**
 * Each part of a code explained in turn: “1”即一个党建联盟,“3”即三张服务清单 for a digit code (its digits quoted);
 * 一廊即…，两带即…，多点即… for a code of numbered segments (quoted or not).
 */
export function explained(formula: FoundFormula, ctx: Context): Expansion | null {
  const digitCode = /^[0-9+＋NnXx]+$/u.test(formula.code);
  const segments = digitCode ? null : partsOf(formula.code);
  if (!digitCode && !segments) return null;
  const part = digitCode ? '[“"]([0-9]+|[NnXx])[”"](?:即|是指|指|代表|就是|是)' : `[“"]?(${segments!.join('|')})[”"]?(?:即|是指|指|代表|就是)`;
  const found: FoundComponent[] = [];
  for (let p = formula.paragraph; p <= Math.min(ctx.paragraphs.length, formula.paragraph + 3); p++) {
    const text = ctx.paragraphs[p - 1] ?? '';
    for (const m of text.matchAll(new RegExp(part, 'gu'))) {
      const start = (m.index ?? 0) + m[0].length;
      const label = explanationAt(text, start).replace(COMPONENT_VERBS, '').trim();
      if (label.length < 2 || label.length > 30 || found.some((f) => f.label === label)) continue;
      const [from] = clauseBounds(text, m.index ?? 0);
      found.push({ label, quote: text.slice(from, start + explanationAt(text, start).length).trim(), paragraph: p });
    }
  }
  if (found.length < 2) return null;
  return { components: found, expansion: judge(formula, found.length, 'explicit'), note: partialNote(formula, found.length) };
}
