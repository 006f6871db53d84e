/**
 * Where a quote that is not verbatim in its paragraph comes closest, and the first character that differs, so
 * a curator sees at once that the source has an ASCII comma where the quote has a full-width one, or a 市 where
 * the quote says 县. An approximate substring match (Sellers' edit distance: free start and end in the
 * paragraph), over code points so characters outside the BMP count as one.
 */

/** The first point where the closest passage and the quote part. */
export type FirstDifference =
  | { kind: 'substituted'; paragraphChar: string; quoteChar: string; at: number }
  | { kind: 'missing'; quoteChar: string; at: number }
  | { kind: 'extra'; paragraphChar: string; at: number };

export interface NearestPassage {
  /** Code-point offsets of the passage in the paragraph. */
  start: number;
  end: number;
  /** Edits between passage and quote. */
  distance: number;
  /** null when the passage is the quote (it should then have been found verbatim). */
  difference: FirstDifference | null;
}

/** The passage of `paragraph` closest to `quote` by edit distance, and the first difference between them. */
export function nearestPassage(quote: string, paragraph: string): NearestPassage {
  const q = [...quote];
  const p = [...paragraph];
  const m = q.length;
  const n = p.length;
  const width = n + 1;
  const cost = new Uint32Array((m + 1) * width);
  for (let i = 1; i <= m; i++) cost[i * width] = i;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const diagonal = cost[(i - 1) * width + j - 1]! + (q[i - 1] === p[j - 1] ? 0 : 1);
      cost[i * width + j] = Math.min(diagonal, cost[(i - 1) * width + j]! + 1, cost[i * width + j - 1]! + 1);
    }
  }
  let end = 0;
  for (let j = 1; j <= n; j++) if (cost[m * width + j]! < cost[m * width + end]!) end = j;

  // Walk back from the best end, preferring matches, to find where the passage starts and the edits in it.
  const edits: FirstDifference[] = [];
  let i = m;
  let j = end;
  while (i > 0) {
    const here = cost[i * width + j]!;
    if (j > 0 && q[i - 1] === p[j - 1] && here === cost[(i - 1) * width + j - 1]) {
      i--;
      j--;
    } else if (j > 0 && here === cost[(i - 1) * width + j - 1]! + 1) {
      edits.push({ kind: 'substituted', paragraphChar: p[j - 1]!, quoteChar: q[i - 1]!, at: j - 1 });
      i--;
      j--;
    } else if (here === cost[(i - 1) * width + j]! + 1) {
      edits.push({ kind: 'missing', quoteChar: q[i - 1]!, at: j });
      i--;
    } else {
      edits.push({ kind: 'extra', paragraphChar: p[j - 1]!, at: j - 1 });
      j--;
    }
  }
  return { start: j, end, distance: cost[m * width + end]!, difference: edits.at(-1) ?? null };
}

const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
const shown = (char: string) => `“${char}” (${codePoint(char)})`;

/** How many characters of the passage to show on each side of the first difference. */
const CONTEXT = 12;

/**
 * The nearest passage as a curator reads it: the first differing character in [brackets] (empty brackets
 * where the paragraph lacks a character the quote has), a dozen characters either side, then what differs.
 * Null when nothing in the paragraph is close (more than half the quote would have to change).
 */
export function describeNearest(quote: string, paragraph: string, paragraphNumber: number): string | null {
  const near = nearestPassage(quote, paragraph);
  const length = [...quote].length;
  if (!near.difference || near.distance > Math.max(2, Math.floor(length / 2))) return null;
  const p = [...paragraph];
  const diff = near.difference;
  const marked = diff.kind === 'missing' ? '[]' : `[${p[diff.at]}]`;
  const after = diff.kind === 'missing' ? diff.at : diff.at + 1;
  const from = Math.max(near.start, diff.at - CONTEXT);
  const to = Math.min(Math.max(near.end, after), after + CONTEXT);
  const passage = `${from > 0 ? '…' : ''}${p.slice(from, diff.at).join('')}${marked}${p.slice(after, to).join('')}${to < p.length ? '…' : ''}`;
  const what =
    diff.kind === 'substituted'
      ? `¶${paragraphNumber} has ${shown(diff.paragraphChar)} where the quote has ${shown(diff.quoteChar)}`
      : diff.kind === 'missing'
        ? `¶${paragraphNumber} has nothing where the quote has ${shown(diff.quoteChar)}`
        : `¶${paragraphNumber} has ${shown(diff.paragraphChar)} where the quote has nothing`;
  const more = near.distance > 1 ? ` (${near.distance} differences in all)` : '';
  return `nearest in ¶${paragraphNumber}: ${passage} — first difference in brackets: ${what}${more}`;
}
