/** One change cleaning made: which rule, and the text it removed or rewrote (as it stood before). */
export interface Change {
  rule: string;
  text: string;
}

/** Rule-by-rule summary of changes, in the order rules first fired. */
export interface RuleSummary {
  rule: string;
  count: number;
  examples: string[];
}

/** One change per line break rewritten from CRLF or CR to LF (decoding counts them). */
export function newlineChanges(count: number): Change[] {
  return Array.from({ length: count }, () => ({ rule: 'newline-normalised', text: 'CRLF/CR → LF' }));
}

const MAX_EXAMPLES = 3;
const MAX_EXAMPLE_LENGTH = 80;

function shorten(text: string): string {
  return text.length > MAX_EXAMPLE_LENGTH ? `${text.slice(0, MAX_EXAMPLE_LENGTH)}…` : text;
}

/** Groups changes by rule, keeping a few distinct examples of each. */
export function summariseChanges(changes: readonly Change[]): RuleSummary[] {
  const byRule = new Map<string, RuleSummary>();
  for (const { rule, text } of changes) {
    const summary = byRule.get(rule) ?? { rule, count: 0, examples: [] };
    summary.count++;
    const example = shorten(text);
    if (summary.examples.length < MAX_EXAMPLES && !summary.examples.includes(example)) {
      summary.examples.push(example);
    }
    byRule.set(rule, summary);
  }
  return [...byRule.values()];
}
