import type { Model } from '../../schemas/model.ts';
import { unusedNumbers, unusedPhrases } from './candidates.ts';
import { proposedItems, type EntryItem } from './proposed.ts';
import { missingFields, untranslatedFields } from './untranslated.ts';

/**
 * What is left to do on an entry before (or after) it is curated, in paragraph order: proposals still to
 * confirm, English still to write, curated fields still missing, candidates no fact uses. `npm run review`
 * prints it; it is pure so tests and the CLI share it.
 */

export { proposedFields, proposedItems, type EntryItem } from './proposed.ts';
export { missingFields, untranslatedFields } from './untranslated.ts';
export { unusedNumbers, unusedPhrases } from './candidates.ts';

export type ReviewKind = 'proposed' | 'untranslated' | 'missing' | 'unused';

export interface ReviewLine extends EntryItem {
  kind: ReviewKind;
}

const KIND_ORDER: Record<ReviewKind, number> = { missing: 0, proposed: 1, untranslated: 2, unused: 3 };

/**
 * Every line left on an entry: entry-wide fields first (no paragraph), then by paragraph; within a paragraph
 * by kind, then in the entry's own order.
 */
export function reviewEntry(data: Model): ReviewLine[] {
  const lines: ReviewLine[] = [
    ...missingFields(data).map((item) => ({ ...item, kind: 'missing' as const })),
    ...proposedItems(data).map((item) => ({ ...item, kind: 'proposed' as const })),
    ...untranslatedFields(data).map((item) => ({ ...item, kind: 'untranslated' as const })),
    ...[...unusedNumbers(data), ...unusedPhrases(data)].map((item) => ({ ...item, kind: 'unused' as const })),
  ];
  const order = new Map(lines.map((line, i) => [line, i]));
  return lines.sort(
    (a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
}

const KIND_LABEL: Record<ReviewKind, string> = {
  missing: 'missing',
  proposed: 'proposed',
  untranslated: 'untranslated',
  unused: 'unused candidate',
};

/** How many lines of each kind, in words: "2 proposed, 1 untranslated". */
function tally(lines: readonly ReviewLine[]): string {
  return (Object.keys(KIND_LABEL) as ReviewKind[])
    .map((kind) => [kind, lines.filter((l) => l.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${KIND_LABEL[kind]}${kind === 'unused' && n > 1 ? 's' : ''}`)
    .join(', ');
}

const excerpt = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** The report `npm run review` prints: one line per item (¶, kind, field path, text), then a tally. */
export function formatReview(id: string, data: Model, lines: readonly ReviewLine[]): string {
  const state = data.draft ? 'draft' : 'curated';
  if (lines.length === 0) return `${id} (${state}): nothing left\n`;
  const fieldWidth = Math.max(...lines.map((l) => l.field.length));
  const kindWidth = Math.max(...lines.map((l) => KIND_LABEL[l.kind].length));
  const rows = lines.map((line) => {
    const where = line.paragraph === null ? '¶–' : `¶${line.paragraph}`;
    return `${where.padEnd(5)} ${KIND_LABEL[line.kind].padEnd(kindWidth)}  ${line.field.padEnd(fieldWidth)}  ${excerpt(line.text)}`;
  });
  return `${id} (${state}): ${tally(lines)}\n${rows.join('\n')}\n`;
}
