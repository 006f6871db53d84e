/**
 * Spans of Chinese running text that proposals quote: clauses (between commas, colons and stops), sentences,
 * quoted phrases. Offsets always point into the paragraph as written, so every quote cut from it is verbatim.
 */

/** Punctuation that ends a clause; ASCII forms too, since scraped pages mix them. */
export const CLAUSE_BREAK = /[，,。；;！？!?：:]/;
/** Punctuation that ends a sentence. */
export const SENTENCE_BREAK = /[。！？!?]/;

export const HAN = /\p{Script=Han}/u;

/** Editorial notes ingest writes (〔编者注：…〕): ours, not the source's. */
const EDITORIAL_NOTE = /〔编者注：[^〕]*〕/gu;

/** Blanks out editorial notes with spaces of the same length, so offsets still point into the real text. */
export function maskNotes(text: string): string {
  return text.replace(EDITORIAL_NOTE, (note) => ' '.repeat(note.length));
}

/** Start and end of the clause holding [start, end): the nearest clause breaks on either side (excluded). */
export function clauseBounds(text: string, start: number, end: number = start): [number, number] {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < text.length && !CLAUSE_BREAK.test(text[to] ?? '')) to++;
  return [from, to];
}

/** The clause holding [start, end), trimmed (trimming only drops edge spaces, so it stays a substring). */
export function clauseAt(text: string, start: number, end: number = start): string {
  const [from, to] = clauseBounds(text, start, end);
  return text.slice(from, to).trim();
}

/**
 * The shortest quote for a phrase at [start, end): its clause, narrowed to its 、-item when the clause is a list of
 * such phrases (严守红线抓“护绿”、扩面提质抓“增绿”), and with the sentence's stop when the clause is the whole
 * sentence (二是“锻铁军”。). 、 inside quotation marks does not divide items.
 */
export function shortestQuote(text: string, start: number, end: number): string {
  let [from, to] = clauseBounds(text, start, end);
  const items: Array<[number, number]> = [];
  let depth = 0;
  let itemStart = from;
  for (let i = from; i < to; i++) {
    const c = text[i] ?? '';
    if (c === '“' || c === '「') depth++;
    else if ((c === '”' || c === '」') && depth > 0) depth--;
    else if (c === '、' && depth === 0) {
      items.push([itemStart, i]);
      itemStart = i + 1;
    }
  }
  items.push([itemStart, to]);
  const item = items.find(([a, b]) => a <= start && end <= b);
  const isList = items.length > 1 && items.every(([a, b]) => /[“"「]/u.test(text.slice(a, b)));
  if (item && isList) [from, to] = item;
  const wholeSentence = (from === 0 || SENTENCE_BREAK.test(text[from - 1] ?? '')) && /[。！？]/u.test(text[to] ?? '');
  return text.slice(from, wholeSentence && !isList ? to + 1 : to).trim();
}

/** Start and end of the sentence holding `index`; the end includes its stop when there is one. */
export function sentenceBounds(text: string, index: number): [number, number] {
  let from = index;
  while (from > 0 && !SENTENCE_BREAK.test(text[from - 1] ?? '')) from--;
  let to = index;
  while (to < text.length && !SENTENCE_BREAK.test(text[to] ?? '')) to++;
  return [from, Math.min(to + 1, text.length)];
}

/** The sentence holding `index`, with its stop. */
export function sentenceAt(text: string, index: number): string {
  const [from, to] = sentenceBounds(text, index);
  return text.slice(from, to).trim();
}

/** Sentences of a paragraph with their offsets, stops included. */
export function sentencesOf(text: string): Array<{ text: string; start: number }> {
  const sentences: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (SENTENCE_BREAK.test(text[i] ?? '') || i === text.length - 1) {
      const piece = text.slice(start, i + 1);
      if (piece.trim()) sentences.push({ text: piece, start });
      start = i + 1;
    }
  }
  return sentences;
}

/** A phrase inside quotation marks, where it sits. */
export interface QuotedPhrase {
  /** The words inside the marks. */
  text: string;
  paragraph: number;
  /** Offset of the opening mark in the paragraph. */
  start: number;
  /** Offset just after the closing mark. */
  end: number;
}

const QUOTED = /“([^“”\n]{1,60})”|"([^"\n]{1,60})"|「([^「」\n]{1,60})」|『([^『』\n]{1,60})』|‘([^‘’\n]{1,60})’/gu;

/** Every quoted phrase in the paragraphs, in reading order. */
export function quotedPhrases(paragraphs: readonly string[]): QuotedPhrase[] {
  return paragraphs.flatMap((paragraph, index) =>
    [...maskNotes(paragraph).matchAll(QUOTED)].map((m) => ({
      text: m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '',
      paragraph: index + 1,
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    })),
  );
}

/** Spans of 《titles》 in a paragraph: a number inside one is part of a name. */
export function titleSpans(paragraph: string): Array<[number, number]> {
  return [...paragraph.matchAll(/《[^《》]{1,80}》/gu)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

/** Writes ASCII or corner quotation marks as Chinese ones, for names a person reads (“336”党建模式). */
export function withChineseQuotes(text: string): string {
  let open = true;
  return text.replace(/["「」『』]/g, (mark) => {
    if (mark === '「' || mark === '『') return '“';
    if (mark === '」' || mark === '』') return '”';
    const replaced = open ? '“' : '”';
    open = !open;
    return replaced;
  });
}

/** Splits a list written with 、 (and a final 和/及/与), as texts enumerate parts: 甲、乙和丙 → [甲, 乙, 丙]. */
export function splitEnumeration(text: string): string[] {
  const parts = text.split(/[、,，;；]/).map((p) => p.trim()).filter(Boolean);
  const last = parts.at(-1);
  if (last && parts.length >= 2) {
    // Only the last item may be joined with 和: 一次论坛、一届文化节和一支铁军.
    const joined = /^(.{2,}?)(?:和|及|与|以及)(.{2,})$/u.exec(last);
    if (joined) parts.splice(parts.length - 1, 1, joined[1] ?? '', joined[2] ?? '');
  }
  return parts;
}
