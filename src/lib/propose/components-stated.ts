import { COMPONENT_VERBS, EXPANSION_CUE } from './formula-data.ts';
import type { FoundFormula } from './formulas.ts';
import { headNoun, judge, labelFromItem, partialNote, quoteOf, withLabels, type Context, type Expansion, type FoundComponent } from './component-kit.ts';
import { clauseBounds, maskNotes, sentenceBounds, splitEnumeration } from './text.ts';

/**
 * Components the text states: a list right after the code (in parentheses, after 即/包括 or a colon) or before
 * 等“code”; 一是…二是… after a counted code; “1”即…,“3”即… after a digit code.
 */

const ORDINAL = /(?:^|[。；;！？!?,，\s])([一二三四五六七八九十]+)是/gu;
const ORDINAL_VALUE: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Cleans a listed item: drops a leading verb, marks and 即 (即党费出一点 → 党费出一点). */
function cleanItem(item: string): string {
  return item.replace(/^[“"「『(（]+|[”"」』)）。]+$/gu, '').replace(EXPANSION_CUE, '').trim();
}

/** A list in parentheses or after 即/包括/: right after the code and its name, or before 等“code”. */
export function listed(formula: FoundFormula, ctx: Context): Expansion | null {
  for (const occurrence of formula.occurrences) {
    const text = ctx.paragraphs[occurrence.paragraph - 1] ?? '';
    const codeEnd = occurrence.index + formula.code.length + (formula.quoted ? 1 : 0);
    const nameTail = formula.name.replace(/^“?[^”]*”?/u, '');
    const tailAt = text[codeEnd] === '的' ? codeEnd + 1 : codeEnd;
    let at = nameTail && text.startsWith(nameTail, tailAt) ? tailAt + nameTail.length : codeEnd;
    const [clauseStart] = clauseBounds(text, occurrence.index);
    let body: string | null = null;
    let end = at;
    const paren = /^[(（]/u.exec(text.slice(at));
    if (paren) {
      const close = text.slice(at).search(/[)）]/u);
      if (close > 0) {
        body = text.slice(at + 1, at + close);
        end = at + close + 1;
      }
    } else if (EXPANSION_CUE.test(text.slice(at)) || /^[:：]/u.test(text.slice(at))) {
      const cue = EXPANSION_CUE.exec(text.slice(at))?.[0] ?? text[at] ?? '';
      at += cue.length;
      // A 、-list ends at the first comma; a list of clauses runs to the end of the sentence.
      const clause = text.slice(at).search(/[，,。；;！？!?]/u);
      const sentence = text.slice(at).search(/[。；;！？!?]/u);
      const first = clause < 0 ? text.length : at + clause;
      end = splitEnumeration(text.slice(at, first)).length >= 2 ? first : sentence < 0 ? text.length : at + sentence;
      body = text.slice(at, end);
    }
    if (body !== null) {
      const inner = body.replace(EXPANSION_CUE, '').replace(/^[“"]|[”"]$/gu, '');
      const labels = (/[+＋]/u.test(inner) ? inner.split(/[+＋]/u) : splitEnumeration(inner)).map(cleanItem).filter((l) => l.length >= 2);
      if (labels.length >= 2) {
        const quote = quoteOf(text, clauseStart, end);
        const components = withLabels(labels, quote, occurrence.paragraph);
        return { components, expansion: judge(formula, components.length, 'explicit'), note: null };
      }
    }
    // 甲、乙和丙等“code”: the list that ends just before the code.
    const before = text.slice(clauseStart, occurrence.index - (formula.quoted ? 1 : 0));
    const listMatch = /^(.*?)等$/u.exec(before);
    if (listMatch) {
      // A list may open inside a verb phrase or an opening mark that never closes (开展“读…、…等“九个一”活动).
      const raw = (listMatch[1] ?? '').replace(/^.*[“"]/u, '').replace(COMPONENT_VERBS, '');
      const labels = splitEnumeration(raw).map(cleanItem).filter((l) => l.length >= 2);
      if (labels.length >= 2) {
        const quote = quoteOf(text, clauseStart, at);
        const components = withLabels(labels, quote, occurrence.paragraph);
        return { components, expansion: judge(formula, components.length, 'explicit'), note: partialNote(formula, components.length) };
      }
    }
  }
  return null;
}
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
/** “1”即…,“3”即… : a digit code's digits each explained. */
export function digits(formula: FoundFormula, ctx: Context): Expansion | null {
  if (!/^[0-9+＋NnXx]+$/u.test(formula.code)) return null;
  const found: FoundComponent[] = [];
  for (let p = formula.paragraph; p <= Math.min(ctx.paragraphs.length, formula.paragraph + 3); p++) {
    const text = ctx.paragraphs[p - 1] ?? '';
    for (const m of text.matchAll(/[“"]([0-9]+|[NnXx])[”"](?:即|是指|指|代表|就是|是)([^，,。；;]{2,24})/gu)) {
      const label = (m[2] ?? '').replace(COMPONENT_VERBS, '').trim();
      const [from, to] = clauseBounds(text, m.index ?? 0);
      if (label.length >= 2) found.push({ label, quote: text.slice(from, to).trim(), paragraph: p });
    }
  }
  if (found.length < 2) return null;
  return { components: found, expansion: judge(formula, found.length, 'explicit'), note: partialNote(formula, found.length) };
}
