import type { Formula } from '../schemas/formula.ts';
import { quoteAnchor } from './routes.ts';

/**
 * Numbered formulas decoded into a tree: 336 → 三项机制 · 三道关口 · 六个先锋, and each of those, being a
 * formula of its own, → its components. Entries list every formula flat; a component whose label is the
 * code of another formula in the same entry expands into it.
 */

export interface DecodedComponent {
  label: string;
  en: string;
  quote: string;
  paragraph: number;
  /** Anchor of the component's quote on the model page. */
  anchor: string;
  /** Index of the formula this component expands into, or null for a leaf. */
  expandsTo: number | null;
  /** `proposed` while a machine's proposal awaits a person's check. */
  review?: 'proposed' | undefined;
}

export interface DecodedFormula {
  /** Position in the entry's `formulas` list (anchors and ids use it). */
  index: number;
  formula: Formula;
  /** Anchor of the formula's own quote on the model page. */
  anchor: string;
  components: DecodedComponent[];
  /** Indexes of the formulas that list this one as a component. */
  partOf: number[];
}

/** Anchor of the quote of component `j` of formula `i`. */
export const componentAnchor = (formulaIndex: number, componentIndex: number) => `${quoteAnchor('c', formulaIndex)}-${componentIndex}`;

/** Strips quotation marks so 三项机制 matches a code written “三项机制”. */
const bare = (text: string) => text.replace(/[“”"'‘’]/g, '').trim();

/** Decodes an entry's formulas, linking components to the formulas they name. */
export function decodeFormulas(formulas: readonly Formula[]): DecodedFormula[] {
  const byCode = new Map(formulas.map((f, i) => [bare(f.code), i]));
  const decoded = formulas.map((formula, index) => ({
    index,
    formula,
    anchor: quoteAnchor('f', index),
    components: formula.components.map((c, j) => {
      const target = byCode.get(bare(c.label));
      return { ...c, anchor: componentAnchor(index, j), expandsTo: target !== undefined && target !== index ? target : null };
    }),
    partOf: [] as number[],
  }));
  for (const parent of decoded) {
    for (const c of parent.components) if (c.expandsTo !== null) decoded[c.expandsTo]?.partOf.push(parent.index);
  }
  return decoded;
}

/** The formulas no other formula contains: the roots a reader starts from (336 before 三项机制). */
export function rootFormulas(decoded: readonly DecodedFormula[]): DecodedFormula[] {
  return decoded.filter((f) => f.partOf.length === 0);
}

/** Components that quote one passage, shown once with all of them (the ten parts of 十个一 share a sentence). */
export interface PassageRun {
  /** Positions in the formula's component list, consecutive. */
  members: number[];
  quote: string;
  paragraph: number;
  /** Anchor of the first member's quote, which the passage's ¶ link targets. */
  anchor: string;
  /** True when the passage is the formula's own, already shown above its components. */
  isFormulaQuote: boolean;
}

/**
 * A formula's components cut into runs of consecutive components that quote the same passage, so the passage is
 * shown once for the run. A component that is itself a formula stands alone: its decoding follows its quote.
 */
export function passageRuns(node: DecodedFormula): PassageRun[] {
  const runs: PassageRun[] = [];
  node.components.forEach((c, j) => {
    const last = runs.at(-1);
    const previous = last && node.components[last.members.at(-1)!];
    const joins = last && previous && previous.expandsTo === null && c.expandsTo === null && previous.quote === c.quote && previous.paragraph === c.paragraph;
    if (joins) last.members.push(j);
    else {
      const isFormulaQuote = c.quote === node.formula.quote && c.paragraph === node.formula.paragraph;
      runs.push({ members: [j], quote: c.quote, paragraph: c.paragraph, anchor: c.anchor, isFormulaQuote });
    }
  });
  return runs;
}

/**
 * For each formula whose passage an earlier one in `shown` already quotes (四有干部 and 五型班子 are named in one
 * sentence), that earlier formula's index: the page shows the passage once and points back to it.
 */
export function passageShownBefore(shown: readonly DecodedFormula[]): Map<number, number> {
  const first = new Map<string, number>();
  const before = new Map<number, number>();
  for (const { index, formula } of shown) {
    const key = `${formula.paragraph}\u0000${formula.quote}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else before.set(index, earlier);
  }
  return before;
}
