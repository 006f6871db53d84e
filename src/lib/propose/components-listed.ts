import { COMPONENT_VERBS, EXPANSION_CUE, SHARED_SUBJECT, TERM_COUNTERS } from './formula-data.ts';
import type { FoundFormula } from './formulas.ts';
import { headNoun, judge, partialNote, quoteOf, withLabels, type Context, type Expansion } from './component-kit.ts';
import { clauseBounds, splitEnumeration } from './text.ts';

/**
 * Parts the text lists where it names the code: in parentheses after it, after 即/包括/a colon (in the code's clause
 * or opening the next), or in the list that ends at the code (甲、乙和丙等“code”, 甲、乙、丙三项机制). A list after
 * the cue is read in the shape it is written in: a 、-list; a digit code's terms each in a clause of their own
 * (即打造1个…，实施4项…，培育N个…); ；-separated items each led by a part (支部联建促融合，…；党员联户促服务，…).
 */

/** Cleans a listed item: drops marks and 即 (即党费出一点 → 党费出一点). */
function cleanItem(item: string): string {
  return item.replace(/^[“"「『(（]+|[”"」』)）。]+$/gu, '').replace(EXPANSION_CUE, '').trim();
}

/** The offset of the bracket closing the one at `open`, counting nested brackets (村（社区）inside a list); -1 if none. */
export function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(' || text[i] === '（') depth++;
    else if (text[i] === ')' || text[i] === '）') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Whether the code at `index` stands in quotation marks there (a code quoted once may be written bare, or in digits, later). */
const quotedAt = (text: string, index: number) => /[“"「『]/u.test(text[index - 1] ?? '');

/** Where the code's name ends: after the code, its closing mark and the noun of its name (“336”党建模式). */
function nameEnd(text: string, formula: FoundFormula, index: number): number {
  const codeEnd = index + formula.code.length + (quotedAt(text, index) ? 1 : 0);
  const nameTail = formula.name.replace(/^“?[^”]*”?/u, '');
  const tailAt = text[codeEnd] === '的' ? codeEnd + 1 : codeEnd;
  return nameTail && text.startsWith(nameTail, tailAt) ? tailAt + nameTail.length : codeEnd;
}

/**
 * Where an expansion cue after the name starts reading: right after the name (“三联三促”机制，即…; 服务法：…), or
 * opening the clause after the name's own clause (推行“五个一”党员责任区管理，即…). -1 when there is none.
 */
function cueEnd(text: string, at: number): number {
  const cue = EXPANSION_CUE.exec(text.slice(at)) ?? /^[:：]/u.exec(text.slice(at));
  if (cue) return at + cue[0].length;
  const [, clauseEnd] = clauseBounds(text, at);
  if (!/[,，]/u.test(text[clauseEnd] ?? '')) return -1;
  const next = /^[,，]\s*(?:即|也就是|具体是|具体为|分别是|分别为)[:：]?/u.exec(text.slice(clauseEnd));
  return next ? clauseEnd + next[0].length : -1;
}

/** A digit code's terms (1+4+N: 1, 4, N), each named in a clause by its number and counter: 打造1个…, 实施…4项行动. */
function termClauses(formula: FoundFormula, text: string, from: number, to: number): string[] | null {
  if (!/^[0-9NnXx]+(?:[+＋][0-9NnXx]+)+$/u.test(formula.code)) return null;
  const terms = formula.code.split(/[+＋]/u);
  const clauses: Array<{ text: string; start: number }> = [];
  for (let at = from; at < to; ) {
    const [, end] = clauseBounds(text, at);
    clauses.push({ text: text.slice(at, Math.min(end, to)), start: at });
    at = end + 1;
  }
  const labels: string[] = [];
  let next = 0;
  for (const term of terms) {
    const pattern = new RegExp(`(?<![0-9])${term}[${TERM_COUNTERS}]`, 'u');
    const k = clauses.slice(next).findIndex((c) => pattern.test(c.text));
    if (k < 0) return null;
    const clause = clauses[next + k]!.text;
    // The part is named from its number on (实施组织共建、…4项行动 keeps the list that makes the 4).
    const m = pattern.exec(clause)!;
    const before = clause.slice(0, m.index).replace(COMPONENT_VERBS, '');
    labels.push((/、/u.test(before) ? before + clause.slice(m.index) : clause.slice(m.index)).trim());
    next += k + 1;
  }
  return labels;
}

/** ；-separated items after a colon, each led by a part (深化“四联四促”：支部联建促融合，…；党员联户促服务，…). */
function ledItems(text: string, from: number): { labels: string[]; end: number } | null {
  const stop = text.slice(from).search(/[。！？!?]/u);
  const end = stop < 0 ? text.length : from + stop;
  const items = text.slice(from, end).split(/[；;]/u);
  if (items.length < 2) return null;
  const labels = items.map((item) => item.trim().split(/[,，]/u)[0]?.trim() ?? '');
  return labels.every((l) => l.length >= 2 && l.length <= 12) ? { labels, end } : null;
}

const VERB_IN = new RegExp(COMPONENT_VERBS.source.replace(/^\^/u, ''), 'gu');
/** What follows the last opening verb of an item (全镇组建党员突击队 → 党员突击队), when at least two characters do. */
function afterVerb(item: string): string {
  const last = [...item.matchAll(VERB_IN)].filter((m) => item.length - ((m.index ?? 0) + m[0].length) >= 2).at(-1);
  return last ? item.slice((last.index ?? 0) + last[0].length) : item;
}

/** A first item that carries the subject all items share (每名党员认领一片责任林) loses it. */
function withoutSharedSubject(labels: string[]): string[] {
  const [first, ...rest] = labels;
  if (!first || rest.some((l) => SHARED_SUBJECT.test(l))) return labels;
  const stripped = first.replace(SHARED_SUBJECT, '');
  return stripped.length >= 2 ? [stripped, ...rest] : labels;
}

function asExpansion(formula: FoundFormula, labels: string[], quote: string, paragraph: number, note = false): Expansion | null {
  const components = withLabels(labels, quote, paragraph);
  if (components.length < 2) return null;
  return { components, expansion: judge(formula, components.length, 'explicit'), note: note ? partialNote(formula, components.length) : null };
}

/** A list in parentheses or after 即/包括/a colon after the code and its name, or the list that ends at the code. */
export function listed(formula: FoundFormula, ctx: Context): Expansion | null {
  for (const occurrence of formula.occurrences) {
    const text = ctx.paragraphs[occurrence.paragraph - 1] ?? '';
    const at = nameEnd(text, formula, occurrence.index);
    const [clauseStart] = clauseBounds(text, occurrence.index);
    if (/^[(（]/u.test(text.slice(at))) {
      const close = closingBracket(text, at);
      if (close > at) {
        const inner = text.slice(at + 1, close).replace(EXPANSION_CUE, '').replace(/^[“"]|[”"]$/gu, '');
        const labels = (/[+＋]/u.test(inner) ? inner.split(/[+＋]/u) : splitEnumeration(inner)).map(cleanItem).filter((l) => l.length >= 2);
        const found = labels.length >= 2 ? asExpansion(formula, labels, quoteOf(text, clauseStart, close + 1), occurrence.paragraph) : null;
        if (found) return found;
      }
    }
    const from = cueEnd(text, at);
    if (from >= 0) {
      const sentence = text.slice(from).search(/[。；;！？!?]/u);
      const sentenceEnd = sentence < 0 ? text.length : from + sentence;
      const terms = termClauses(formula, text, from, sentenceEnd);
      if (terms) {
        const found = asExpansion(formula, terms, quoteOf(text, clauseStart, sentenceEnd), occurrence.paragraph);
        if (found) return found;
      }
      // A 、-list ends at the first comma; a list of clauses runs to the end of the sentence, or of each ；-item.
      const comma = text.slice(from).search(/[，,。；;！？!?]/u);
      const first = comma < 0 ? text.length : from + comma;
      const led = splitEnumeration(text.slice(from, first)).length < 2 ? ledItems(text, from) : null;
      if (led) {
        const found = asExpansion(formula, led.labels, quoteOf(text, clauseStart, led.end), occurrence.paragraph);
        if (found) return found;
      }
      const end = splitEnumeration(text.slice(from, first)).length >= 2 ? first : sentenceEnd;
      const inner = text.slice(from, end).replace(EXPANSION_CUE, '').replace(/^[“"]|[”"]$/gu, '');
      const labels = withoutSharedSubject((/[+＋]/u.test(inner) ? inner.split(/[+＋]/u) : splitEnumeration(inner)).map(cleanItem).filter((l) => l.length >= 2));
      const found = labels.length >= 2 ? asExpansion(formula, labels, quoteOf(text, clauseStart, end), occurrence.paragraph) : null;
      if (found) return found;
    }
    const before = listBefore(formula, text, occurrence.index, clauseStart);
    if (before) return asExpansion(formula, before.labels, quoteOf(text, clauseStart, at), occurrence.paragraph, before.hedged);
  }
  return null;
}

/**
 * The list that ends at the code: 甲、乙和丙等“code” (等 may leave parts out, so fewer than the count is partial), or
 * 甲、乙、丙三项机制 with nothing between (then the list must hold exactly as many parts as the code counts).
 */
function listBefore(formula: FoundFormula, text: string, index: number, clauseStart: number): { labels: string[]; hedged: boolean } | null {
  const before = text.slice(clauseStart, index - (quotedAt(text, index) ? 1 : 0));
  const hedged = /等$/u.test(before);
  // Unhedged, the list must end at the code and hold no other quoted name: in 甲、乙和“两新” or 增强“四个意识”、做到“两个维护”
  // the code is one of the items, not their name.
  if (!hedged && (/(?:、|和|及|或)$/u.test(before) || /[“”"「」]/u.test(before))) return null;
  // A list may open inside a verb phrase or an opening mark that never closes (开展“读…、…等“九个一”活动).
  const raw = before.replace(/等$/u, '').replace(/^.*[“"]/u, '');
  // Two parts may be joined by 和 alone (组建护林队和宣传队两支队伍), when both are of the code's kind (队 of 队伍): in
  // 发挥党组织和党员“两个作用” the pair names whose roles they are.
  const head = headNoun(formula.code);
  const pairMatch = formula.count === 2 && !/[、,，]/u.test(raw) ? /^(.{2,}?)(?:和|与|及)(.{2,})$/u.exec(raw) : null;
  const pair = pairMatch && [pairMatch[1] ?? '', pairMatch[2] ?? ''].every((item) => [...head].some((c) => item.includes(c))) ? pairMatch : null;
  const labels = (pair ? [pair[1] ?? '', pair[2] ?? ''] : splitEnumeration(raw)).map(cleanItem);
  // The first item carries the clause's subject and verb (全县落实巡山护林): the part starts after the last verb.
  labels[0] = afterVerb(labels[0] ?? '');
  if (labels.some((l) => l.length < 2)) return null;
  if (labels.length < 2) return null;
  if (!hedged && labels.length !== formula.count) return null;
  return { labels, hedged };
}
