import { partialNote, type Context, type Expansion } from './component-kit.ts';
import { abbreviation, heads, morphemes, parallel, sections, self } from './components-implied.ts';
import { listed } from './components-listed.ts';
import { explained, ordinals } from './components-stated.ts';
import type { FoundFormula } from './formulas.ts';

/**
 * The parts of a numbered formula, where the text enumerates them, and how honestly they can be called its
 * expansion. Each finder reads one way texts spell parts out (./components-listed.ts and ./components-stated.ts:
 * what the text says are the parts; ./components-implied.ts: what it only implies); the first that finds some wins:
 *   explained  each part explained in turn: “1”即…,“3”即…; 一廊即…，两带即…                       → explicit or partial
 *   listed     a list after the code in parentheses or after 即/包括/a colon (a 、-list, a digit
 *              code's terms in clauses, ；-items), or the list ending at the code (…等“code”)      → explicit or partial
 *   ordinals   一是…二是… after a counted code                                                → explicit or partial
 *   sections   a digit code whose digits count the phrases that open the following sections  → implicit
 *   parallel   parallel clauses right after the code (…抓质量,…抓特色)                          → implicit or partial
 *   morphemes  a list whose items each repeat the code's morpheme (联 in 六联共建)             → implicit or partial
 *   heads      phrases ending in the code's head noun in its paragraph (…作用 for 两个作用)    → implicit
 *   self       a code that names its own parts (一月一课一片一实践)                           → implicit
 *   abbreviation a longer name the code abbreviates (百千万 ← 百县千镇万村)                   → implicit
 */

export type { Expansion, FoundComponent, SectionLead } from './component-kit.ts';

const FINDERS = [explained, listed, ordinals, sections, parallel, morphemes, heads, self, abbreviation];

/** The parts of a formula and how its expansion is to be marked. */
export function expandFormula(formula: FoundFormula, ctx: Context): Expansion {
  for (const finder of FINDERS) {
    const found = finder(formula, ctx);
    if (!found || found.components.length === 0) continue;
    if (found.expansion === 'explicit') return { ...found, note: null };
    return {
      ...found,
      note: found.note ??
        partialNote(formula, found.components.length) ?? {
          zh: `原文点出了这些组成部分，但没有说它们是“${formula.code}”的展开。`,
          en: `The parts are named, but not as the expansion of “${formula.code}”.`,
        },
    };
  }
  return {
    components: [],
    expansion: 'none',
    note: { zh: `原文提到“${formula.code}”，但从未列出其组成部分。`, en: `The text names “${formula.code}” but never lists its parts.` },
  };
}
