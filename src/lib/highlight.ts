/**
 * Splits a paragraph into runs of plain text and quoted passages, so a page can wrap each quote in a
 * <mark id> that a link can target (and CSS can highlight with :target). A quote that overlaps an earlier
 * one cannot nest cleanly; it gets an empty anchor just before the mark it overlaps, so its link still
 * lands on the passage, and the page's small script highlights that mark.
 */

export interface Quote {
  /** Element id the link targets (q-m-3). */
  id: string;
  text: string;
}

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'mark'; id: string; text: string; anchors: string[] };

/** Segments of `paragraph`, given the quotes that sit in it. Quotes not found in it are ignored. */
export function segmentParagraph(paragraph: string, quotes: readonly Quote[]): Segment[] {
  // First occurrence of each quote; at the same start the longer one first, so it becomes the mark.
  const located = quotes
    .map((q) => ({ id: q.id, start: paragraph.indexOf(q.text), length: q.text.length }))
    .filter((q) => q.start >= 0 && q.length > 0)
    .sort((a, b) => a.start - b.start || b.length - a.length || a.id.localeCompare(b.id));

  const marks: Array<{ id: string; start: number; end: number; anchors: string[] }> = [];
  for (const q of located) {
    const last = marks.at(-1);
    if (last && q.start < last.end) last.anchors.push(q.id);
    else marks.push({ id: q.id, start: q.start, end: q.start + q.length, anchors: [] });
  }

  const segments: Segment[] = [];
  let cursor = 0;
  for (const mark of marks) {
    if (mark.start > cursor) segments.push({ kind: 'text', text: paragraph.slice(cursor, mark.start) });
    segments.push({ kind: 'mark', id: mark.id, text: paragraph.slice(mark.start, mark.end), anchors: mark.anchors });
    cursor = mark.end;
  }
  if (cursor < paragraph.length) segments.push({ kind: 'text', text: paragraph.slice(cursor) });
  return segments;
}

/** The visible text of segments: must equal the paragraph. */
export function segmentsText(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}
