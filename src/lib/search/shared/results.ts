import { pagePath } from '../../locale.ts';
import type { DictHit, SearchDictionary } from './dictionary.ts';
import { findOccurrences } from './occurrences.ts';
import type { Segment } from './query.ts';

/**
 * Turning matches into the ranked list the search page shows: direct hits from the term dictionary first
 * (whole terms first), then full-text results; excerpts parsed into text and highlighted runs without ever
 * treating them as HTML. Pure functions.
 */

/** The locale-independent path of a result URL ('/en/models/x/#p-3' → 'models/x/'), base path removed. */
export function pathOf(url: string, base = '/'): string {
  return pagePath(url.replace(/[?#].*$/su, ''), base);
}

/** The anchor of a result URL ('/models/x/#p-3' → 'p-3'), or ''. */
export function anchorOf(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? '' : decodeURIComponent(url.slice(hash + 1));
}

/** A page reached straight from the dictionary. */
export interface DirectHit {
  /** Index in dict.pages. */
  page: number;
  /** Where on the page ('' for the top). */
  anchor: string;
  /** The terms that lead here, in query order. */
  terms: number[];
}

/**
 * Pages the query's known terms lead to, those `keep` accepts (the selected facets). Within one run of the query, strong
 * hits come first — the terms' own pages, and models whose text uses the very form typed — then models that
 * use a matched category under another name. With several runs, only pages every run leads to; a query that
 * also holds free text has no direct hits (a term's page need not hold the reader's other words: 生态护林员 is
 * not answered by the page of 护林员), so full text, which must match every part, answers it.
 */
export function directHits(segments: readonly Segment[], dict: SearchDictionary, keep: (page: number) => boolean = () => true): DirectHit[] {
  if (segments.some((segment) => segment.kind === 'free')) return [];
  const add = (into: Map<number, DirectHit>, page: number, anchor: string, term: number) => {
    const known = into.get(page);
    if (!known) into.set(page, { page, anchor, terms: [term] });
    else if (!known.terms.includes(term)) known.terms.push(term);
  };
  const perSegment = segments.flatMap((segment) => {
    if (segment.kind !== 'term') return [];
    const strong = new Map<number, DirectHit>();
    const weak = new Map<number, DirectHit>();
    for (const [term, form] of segment.targets) {
      for (const hit of dict.terms[term]?.h ?? ([] as DictHit[])) {
        const [page, anchor, forms] = hit;
        add(!forms || forms.includes(form) ? strong : weak, page, anchor, term);
      }
    }
    for (const [page, hit] of weak) if (strong.has(page)) for (const t of hit.terms) add(strong, page, hit.anchor, t);
    return [[...strong.values(), ...[...weak.values()].filter((hit) => !strong.has(hit.page))]];
  });
  if (perSegment.length === 0) return [];
  const inAll = (page: number) => perSegment.every((hits) => hits.some((h) => h.page === page));
  const ordered = new Map<number, DirectHit>();
  for (const hit of perSegment.flat().filter((h) => inAll(h.page))) {
    const known = ordered.get(hit.page);
    if (known) {
      for (const t of hit.terms) if (!known.terms.includes(t)) known.terms.push(t);
    } else ordered.set(hit.page, { ...hit, terms: [...hit.terms] });
  }
  return [...ordered.values()].filter((hit) => keep(hit.page));
}

/** A run of excerpt text, highlighted or not. */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the few entities Pagefind writes into excerpts (and numeric ones). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt ("text <mark>word</mark> text", entities encoded) into pieces. Any other tag is
 * dropped, never interpreted. Adjacent marked words are merged (Pagefind marks 林长制 as 林|长|制), and the
 * zero-width spaces Pagefind puts between Chinese words are removed.
 */
export function parseExcerpt(excerpt: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<\/?mark>)/u)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>/gu, '')).replace(/\u200b/gu, '');
      if (text === '') continue;
      const last = pieces.at(-1);
      if (last && last.mark === mark) last.text += text;
      else pieces.push({ text, mark });
    }
  }
  return pieces;
}

/** The distinct highlighted words of parsed excerpts, trimmed. */
export function markedWords(pieces: readonly ExcerptPiece[]): string[] {
  return [...new Set(pieces.filter((p) => p.mark).map((p) => p.text.trim()).filter(Boolean))];
}

/** An element with an id on a result page, as Pagefind reports it (location: index of the first word after it). */
export interface AnchorInfo {
  element: string;
  id: string;
  /** data-pagefind-title (¶N on model pages). */
  title?: string;
  /** The element's own text (a heading's words). */
  text?: string;
  location: number;
}

/** A passage of a result page where the reader's terms occur: the section or paragraph, and an excerpt. */
export interface Passage {
  /** The anchor it sits under (a ¶ paragraph or a heading), or null before the first one. */
  anchor: AnchorInfo | null;
  /** Excerpt around the first occurrence in the section, occurrences marked. */
  pieces: ExcerptPiece[];
  /** How many occurrences the section holds. */
  count: number;
}

/**
 * An excerpt of text[start, end) around its first occurrence: `context` characters before it and twice as
 * many after, every occurrence inside marked, an ellipsis where the text goes on.
 */
export function excerptPieces(text: string, found: ReadonlyArray<readonly [number, number]>, start: number, end: number, context: number): ExcerptPiece[] {
  const [first] = found;
  if (!first) return text.slice(start, end) ? [{ text: text.slice(start, end), mark: false }] : [];
  const from = Math.max(start, first[0] - context);
  const to = Math.min(end, first[1] + context * 2);
  const pieces: ExcerptPiece[] = [];
  let at = from;
  for (const [s, e] of found) {
    if (s < from || e > to) continue;
    if (s > at) pieces.push({ text: text.slice(at, s), mark: false });
    pieces.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < to) pieces.push({ text: text.slice(at, to), mark: false });
  if (from > start) pieces.unshift({ text: '…', mark: false });
  if (to < end) pieces.push({ text: '…', mark: false });
  return pieces;
}

/**
 * The passage a direct hit shows: of the curated quotes at its anchor (the sentences that put a term there),
 * the one holding most of the reader's words, around them. A quote without them (a model that uses a category
 * under another name) is shown as it is, up to three times `context`.
 */
export function quotePassage(quotes: readonly string[], words: readonly string[], context = 24): ExcerptPiece[] {
  let best: { quote: string; found: Array<[number, number]> } | undefined;
  for (const quote of quotes) {
    const found = findOccurrences(quote, words);
    if (!best || found.length > best.found.length) best = { quote, found };
  }
  if (!best) return [];
  if (best.found.length > 0) return excerptPieces(best.quote, best.found, 0, best.quote.length, context);
  const limit = context * 3;
  return [{ text: best.quote.length > limit ? `${best.quote.slice(0, limit)}…` : best.quote, mark: false }];
}

/** Anchors that start a section: paragraphs (¶, titled), headings with ids, and any the caller names. */
function isSectionAnchor(anchor: AnchorInfo, extra: readonly string[]): boolean {
  return Boolean(anchor.title) || /^h[1-6]$/iu.test(anchor.element) || extra.includes(anchor.id);
}

/**
 * Finds every occurrence of the phrases in a page's indexed text and groups them by the paragraph or section
 * they fall in. Pagefind's phrase search reports only a page's first occurrence, and its unquoted search marks
 * every word starting with 林, 长 or 制; this finds the whole term, everywhere. `raw` is Pagefind's raw_content
 * (words separated by zero-width spaces when the page was segmented, by white space otherwise). `sectionIds`
 * adds anchors that start a section on pages without ¶ or headings (a glossary entry's <dt id>).
 */
export function phrasePassages(raw: string, anchors: readonly AnchorInfo[], phrases: readonly string[], context = 24, sectionIds: readonly string[] = []): Passage[] {
  const zws = raw.includes('\u200b');
  const words = zws ? raw.split('\u200b') : raw.split(/[\r\n\s]+/u);
  const joiner = zws ? '' : ' ';
  const starts: number[] = [];
  let text = '';
  words.forEach((word, i) => {
    if (i > 0) text += joiner;
    starts.push(text.length);
    text += word;
  });
  const wordAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const sections = anchors.filter((a) => isSectionAnchor(a, sectionIds)).sort((a, b) => a.location - b.location);
  const occurrences = findOccurrences(text, phrases);
  const bySection = new Map<number, Array<[number, number]>>();
  for (const occurrence of occurrences) {
    const word = wordAt(occurrence[0]);
    let index = -1;
    for (let i = 0; i < sections.length && sections[i]!.location <= word; i++) index = i;
    const list = bySection.get(index) ?? [];
    list.push(occurrence);
    bySection.set(index, list);
  }
  const passages: Passage[] = [];
  for (const [index, found] of bySection) {
    const anchor = index >= 0 ? sections[index]! : null;
    let sectionStart = anchor ? (starts[anchor.location] ?? 0) : 0;
    // A paragraph's text opens with its own ¶N link: the excerpt starts after it.
    if (anchor?.title && text.startsWith(anchor.title, sectionStart)) sectionStart += anchor.title.length;
    const next = sections[index + 1];
    const sectionEnd = next ? (starts[next.location] ?? text.length) : text.length;
    const pieces = excerptPieces(text, found, sectionStart, sectionEnd, context);
    passages.push({ anchor, pieces: pieces.map((p) => ({ ...p, text: decodeEntities(p.text) })), count: found.length });
  }
  return passages;
}
