import type { GlossaryTerm } from '../../schemas/taxonomy.ts';
import { parseChineseNumeral } from '../numerals.ts';
import { COUNTERS, FORMULA_NUMERALS, NAME_HEADS, UNQUOTED_HEADS } from './formula-data.ts';
import { DAY_CODE, SET_PHRASES } from './figure-data.ts';
import { sectionParts, type Lead } from './section-codes.ts';
import { clauseAt, maskNotes, type QuotedPhrase } from './text.ts';

/**
 * Numbered formulas: digit codes (336, 1+1+4, 1+3+N, 党建+N), counted phrases (三项机制, 十个一, 一联三共) and codes of
 * numbered segments (一廊两带多点, 双随机、一公开), found in quotation marks, among the glossary's terms, in the few
 * unquoted shapes that are always formulas (十个一, 中央八项规定), or as the counted phrases leading the sections a
 * digit code spells out (./section-codes.ts). Their parts are found by ./components.ts.
 */

/** A formula code where it first appears, with every place it appears. */
export interface FoundFormula {
  code: string;
  /** Name: the code (in Chinese quotation marks when the text quotes it) and the noun after it (“336”党建模式). */
  name: string;
  quoted: boolean;
  paragraph: number;
  /** Offset of the code (inside its marks) in its first paragraph. */
  index: number;
  /** Every occurrence: paragraph and offset of the code itself. */
  occurrences: Array<{ paragraph: number; index: number }>;
  /** How many parts the code announces (3 for 三项机制, 10 for 十个一; for 1+1+4 the terms, 3), or null. */
  count: number | null;
  /** Alternative count for a digit code: the sum of its terms (1+7 → 8). */
  sum: number | null;
}

const NUMERAL = new RegExp(`[${FORMULA_NUMERALS}]`, 'u');
const NUMERALS = new RegExp(`[${FORMULA_NUMERALS}]`, 'gu');
const DIGIT_CODE = /^[0-9]+(?:[+＋](?:[0-9]+|[NnXx]))*$/u;
const PLUS_N = /^[\p{Script=Han}]{1,6}[+＋][NnXx]$/u;
const CONGRESS = /^(?:十[一二三四五六七八九]五|(?:十[一二三四五六七八九]|二十[一二三四五]?)(?:大|届))/u;

/**
 * A code of numbered segments, each a numeral (or 多, “many”, for an open-ended last part) and one to three
 * characters: 一廊两带多点, 一核两翼多支点, 双随机、一公开 (its segments may be set off by 、). Leading 双 counts
 * here, since another numbered segment follows it.
 */
const SEGMENT = `[${FORMULA_NUMERALS}多][^${FORMULA_NUMERALS}多、]{1,3}`;
const SEGMENT_CODE = new RegExp(`^[${FORMULA_NUMERALS}](?:[^${FORMULA_NUMERALS}多、]{1,3})(?:、?${SEGMENT}){1,4}$`, 'u');

/** Whether a quoted phrase is a formula code (and not a date code, a congress, an idiom, a slogan led by a numeral). */
export function isFormulaCode(phrase: string): boolean {
  if (DIGIT_CODE.test(phrase)) return phrase.length >= 2 || /[+＋]/.test(phrase);
  if (PLUS_N.test(phrase)) return true;
  if (isSegmentCode(phrase)) return true;
  // 双 counts as a numeral only after another (一岗双责): leading, it is a word (双向移送, 双链对接).
  if (!NUMERAL.test(phrase[0] ?? '') || phrase[0] === '双' || DAY_CODE.test(phrase) || CONGRESS.test(phrase)) return false;
  if (SET_PHRASES.some((s) => s.phrase === phrase) || !/^[\p{Script=Han}]+$/u.test(phrase)) return false;
  const numerals = phrase.match(NUMERALS)?.length ?? 0;
  const first = phrase[0] === '双' || phrase[0] === '两' ? 2 : (parseChineseNumeral(phrase[0] ?? '') ?? 0);
  // A short counted phrase (三项机制, 五化, 两微一端); or a longer one made of numbered segments (一芯二屏三廊道).
  // 一面红墙 counts one thing and 千村共建党建林 is a slogan led by a numeral: neither is a code.
  if (phrase.length <= 5) return first >= 2 || numerals >= 2;
  return phrase.length <= 10 && numerals >= 3;
}

/** 一廊两带多点, 双随机、一公开: two or more numbered segments, at most ten characters, none a date or a congress. */
function isSegmentCode(phrase: string): boolean {
  if (!SEGMENT_CODE.test(phrase) || phrase.length > 10 || DAY_CODE.test(phrase) || CONGRESS.test(phrase)) return false;
  const segments = phrase.replace(/、/gu, '').match(new RegExp(SEGMENT, 'gu')) ?? [];
  // 一廊两带多点 is three segments; 一面红墙 (one numeral) and 两学一做 are counted phrases, read by the rules below.
  return segments.length >= 3 || phrase.includes('、') || /多/u.test(phrase);
}

/** A code with two numerals or a counter (三重一大, 四种形态): a formula even when the glossary defines it. */
function isCountedCode(phrase: string): boolean {
  return (phrase.match(NUMERALS)?.length ?? 0) >= 2 || new RegExp(`^[${FORMULA_NUMERALS}]+[${COUNTERS}]`, 'u').test(phrase) || /^[0-9]/.test(phrase);
}

/** How many parts a code announces: the first numeral of a counted phrase, the terms of a digit code. */
function countOf(code: string): { count: number | null; sum: number | null } {
  if (DIGIT_CODE.test(code)) {
    const terms = code.split(/[+＋]/u);
    if (terms.length > 1) return { count: terms.length, sum: terms.every((t) => /^[0-9]+$/.test(t)) ? terms.reduce((s, t) => s + Number(t), 0) : null };
    return { count: code.length, sum: null };
  }
  const lead = /^[零〇一二两双三四五六七八九十百千]+/u.exec(code)?.[0] ?? '';
  const first = lead.startsWith('双') || lead.startsWith('两') ? 2 : parseChineseNumeral(lead);
  return { count: first !== null && first >= 2 && first <= 20 ? first : null, sum: null };
}

/** The noun that ends a formula's name after its code, within a few characters and no punctuation. */
export function nameAfter(text: string, end: number): string {
  const after = text.slice(end, end + 9).replace(/^的/u, '');
  const run = /^[\p{Script=Han}]*/u.exec(after)?.[0] ?? '';
  // The shortest noun phrase that ends in a head: “五型班子”建设, not …建设凝聚了干部.
  for (let length = 1; length <= Math.min(run.length, 8); length++) {
    const candidate = run.slice(0, length);
    if (NAME_HEADS.some((head) => candidate.endsWith(head))) return candidate;
  }
  return '';
}

const UNQUOTED = new RegExp(`[${FORMULA_NUMERALS.replace('一', '')}一]个一点?|[二两三四五六七八九十]项(?:${UNQUOTED_HEADS})`, 'gu');

/**
 * A quoted code that, with the noun right after its closing mark, spells a glossary term (“两新”组织 → 两新组织): the
 * short form of a name for a kind of body, not a formula. A formula's name spelled so stays one (“五化”建设 → 五化建设:
 * 建设 is a formula's head).
 */
function spellsTerm(q: QuotedPhrase, paragraphs: readonly string[], terms: readonly string[]): boolean {
  const after = (paragraphs[q.paragraph - 1] ?? '').slice(q.end, q.end + 6);
  return terms.some((term) => {
    const tail = term.slice(q.text.length);
    return tail.length > 0 && term.startsWith(q.text) && after.startsWith(tail) && !NAME_HEADS.some((head) => tail.endsWith(head));
  });
}

/** Every formula in the paragraphs, in order of first appearance; `leads` are the headings and lead sentences. */
export function findFormulas(paragraphs: readonly string[], quoted: readonly QuotedPhrase[], glossary: readonly GlossaryTerm[], leads: readonly Lead[] = []): FoundFormula[] {
  const hits: Array<{ code: string; paragraph: number; index: number; end: number; quoted: boolean }> = [];
  // Unquoted, a glossary term is a formula only in a formula's shape (三重一大, 四种形态); 两委 written bare is a word.
  const terms = glossary.map((g) => g.term).filter((term) => NUMERAL.test(term[0] ?? '') && isFormulaCode(term) && isCountedCode(term));
  const termNames = glossary.flatMap((g) => [g.term, ...g.aliases.zh]);
  for (const q of quoted) if (isFormulaCode(q.text) && !spellsTerm(q, paragraphs, termNames)) hits.push({ code: q.text, paragraph: q.paragraph, index: q.start + 1, end: q.end, quoted: true });

  paragraphs.forEach((raw, i) => {
    const text = maskNotes(raw);
    for (const term of terms) {
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) hits.push({ code: term, paragraph: i + 1, index: at, end: at + term.length, quoted: false });
    }
    for (const m of text.matchAll(UNQUOTED)) hits.push({ code: m[0], paragraph: i + 1, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, quoted: false });
  });
  // The counted phrases leading the sections a digit code spells out (三级网络, 五支队伍 under “1355”) are formulas.
  for (const hit of [...hits]) {
    for (const { lead, phrase } of sectionParts(hit.code, hit.paragraph, leads) ?? []) {
      if (phrase.count < 2 || !(paragraphs[lead.paragraph - 1] ?? '').startsWith(lead.text)) continue;
      hits.push({ code: phrase.text, paragraph: lead.paragraph, index: phrase.index, end: phrase.index + phrase.text.length, quoted: false });
    }
  }
  hits.sort((a, b) => a.paragraph - b.paragraph || a.index - b.index);

  const byCode = new Map<string, FoundFormula>();
  for (const hit of hits) {
    const known = byCode.get(hit.code);
    if (known) {
      if (!known.occurrences.some((o) => o.paragraph === hit.paragraph && o.index === hit.index)) known.occurrences.push({ paragraph: hit.paragraph, index: hit.index });
      continue;
    }
    const text = paragraphs[hit.paragraph - 1] ?? '';
    const head = nameAfter(text, hit.end);
    const code = hit.quoted ? `“${hit.code}”` : hit.code;
    byCode.set(hit.code, {
      code: hit.code,
      name: `${code}${head}`,
      quoted: hit.quoted,
      paragraph: hit.paragraph,
      index: hit.index,
      occurrences: [{ paragraph: hit.paragraph, index: hit.index }],
      ...countOf(hit.code),
    });
  }
  for (const formula of byCode.values()) formula.occurrences.push(...digitForms(formula, paragraphs));
  // A code inside a longer code is part of it (一月 in 一月一课一片一实践), not a formula of its own.
  const codes = [...byCode.values()];
  return codes.filter((f) => !codes.some((other) => other !== f && other.code.includes(f.code) && other.occurrences.some((o) => f.occurrences.some((p) => p.paragraph === o.paragraph))));
}

/**
 * Where a counted code found unquoted stands again, and where it is written with a digit (五支队伍 … 5支队伍): the same
 * formula there, so its number is never taken for a figure.
 */
function digitForms(formula: FoundFormula, paragraphs: readonly string[]): FoundFormula['occurrences'] {
  const m = new RegExp(`^([一二两三四五六七八九])([${COUNTERS}]\\p{Script=Han}{2,})$`, 'u').exec(formula.code);
  if (!m) return [];
  const digit = m[1] === '两' ? '2' : String(parseChineseNumeral(m[1] ?? ''));
  const forms = [`${digit}${m[2]}`, ...(formula.quoted ? [] : [formula.code])];
  const found: FoundFormula['occurrences'] = [];
  paragraphs.forEach((raw, i) => {
    const text = maskNotes(raw);
    for (const written of forms) {
      for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
        // 15支队伍 holds 5支队伍: the digit must stand alone.
        if (/[0-9.]/u.test(text[at - 1] ?? '') || formula.occurrences.some((o) => o.paragraph === i + 1 && o.index === at)) continue;
        found.push({ paragraph: i + 1, index: at });
      }
    }
  });
  return found;
}

/** The clause a formula's first appearance is in: its quote. */
export function formulaClause(paragraphs: readonly string[], formula: FoundFormula): string {
  const text = paragraphs[formula.paragraph - 1] ?? '';
  return clauseAt(text, formula.index, formula.index + formula.code.length);
}

