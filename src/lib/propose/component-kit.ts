import type { Bilingual } from '../../schemas/common.ts';
import type { FoundFormula } from './formulas.ts';
import { COMPONENT_VERBS, COUNTERS, FORMULA_NUMERALS } from './formula-data.ts';
import { CLAUSE_BREAK } from './text.ts';

/** What the component finders share: their result, their context and how they judge an expansion. */

export interface FoundComponent {
  label: string;
  quote: string;
  paragraph: number;
}

export interface Expansion {
  components: FoundComponent[];
  expansion: 'explicit' | 'implicit' | 'partial' | 'none';
  /** Why the expansion is judged so, in Chinese and English (a reader of either edition sees it), or null. */
  note: Bilingual | null;
}

export interface SectionLead {
  paragraph: number;
  /** The heading text as the paragraph starts (without an editorial note). */
  text: string;
}

export interface Context {
  paragraphs: readonly string[];
  /** Headings and lead sentences, in order. */
  leads: readonly SectionLead[];
  /** Every formula found, for the sections finder. */
  formulas: readonly FoundFormula[];
}

export const NUMERAL_CLASS = `[${FORMULA_NUMERALS}]`;

export const quoteOf = (text: string, from: number, to: number) => text.slice(from, to).trim();
export const withLabels = (labels: string[], quote: string, paragraph: number): FoundComponent[] =>
  labels.filter((label) => label.length >= 1 && quote.includes(label)).map((label) => ({ label, quote, paragraph }));

export function judge(formula: FoundFormula, found: number, complete: 'explicit' | 'implicit'): Expansion['expansion'] {
  if (formula.count === null || found === formula.count || found === formula.sum) return complete;
  return found < Math.max(formula.count, formula.sum ?? 0) ? 'partial' : complete;
}
export function partialNote(formula: FoundFormula, found: number): Bilingual | null {
  if (formula.count === null || found >= formula.count) return null;
  return {
    zh: `原文只点出了“${formula.code}”${formula.count}个组成部分中的${found}个。`,
    en: `The text names ${found} of the ${formula.count} parts of “${formula.code}”.`,
  };
}
/** The code's head noun: what its parts are (机制 in 三项机制, 先锋 in 六个先锋). */
export function headNoun(code: string): string {
  return code.replace(new RegExp(`^${NUMERAL_CLASS}+[${COUNTERS}]?`, 'u'), '');
}

/** The name in an enumerated item's clause that ends with the head noun (二是建立联点机制 → 联点机制). */
export function labelFromItem(sentence: string, head: string): string | null {
  const clauses = sentence.replace(/^[一二三四五六七八九十]+是/u, '').split(CLAUSE_BREAK).map((c) => c.trim()).filter(Boolean);
  const withHead = head ? [...clauses].reverse().find((c) => c.endsWith(head)) : undefined;
  const clause = withHead ?? (head ? undefined : clauses[0]);
  if (!clause) return null;
  const label = clause.replace(COMPONENT_VERBS, '').replace(/^[“"]|[”"]$/gu, '');
  return label.length >= 2 && label.length <= 12 ? label : null;
}

