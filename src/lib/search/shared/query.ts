import { lookup, type KeyTarget, type SearchDictionary } from './dictionary.ts';
import { codeKey, fold, hanKey, hasHan, latinKey, tokenize, type Token } from './normalize.ts';

/**
 * Reads a query the way a reader means it: trims and shortens it, converts Traditional characters to
 * Simplified (the caller passes OpenCC in, loaded only when needed), and finds the known terms in it —
 * in any script, as a whole or inside a longer query — before full text splits it into characters.
 * Pure functions: the dictionary and the converter are arguments.
 */

/** Longer queries are cut: nobody types more, and every extra character costs search time. */
export const MAX_QUERY_CHARS = 100;

export interface PreparedQuery {
  /** Folded, trimmed, at most MAX_QUERY_CHARS characters. */
  text: string;
  /** True when the query was longer and has been cut. */
  truncated: boolean;
  /** True when nothing searchable is left: no letter, digit or Han character (empty, emoji, punctuation). */
  empty: boolean;
}

/** Folds, trims and shortens a raw query (from the URL or the search box). */
export function prepareQuery(raw: string): PreparedQuery {
  const folded = fold(raw);
  const chars = [...folded];
  const truncated = chars.length > MAX_QUERY_CHARS;
  const text = truncated ? chars.slice(0, MAX_QUERY_CHARS).join('').trim() : folded;
  return { text, truncated, empty: !/[\p{L}\p{N}]/u.test(text) };
}

/** True when the query holds a Traditional character worth converting (see SearchDictionary.trad). */
export function needsConversion(text: string, gate: string): boolean {
  if (gate === '') return false;
  for (const char of text) if (gate.includes(char)) return true;
  return false;
}

/** A run of the query that names known terms. */
export interface TermSegment {
  kind: 'term';
  /** The query text it was read from. */
  text: string;
  /** The terms (and their forms) the text names. */
  targets: KeyTarget[];
}

/** A run of the query that names no known term: searched as full text. */
export interface FreeSegment {
  kind: 'free';
  text: string;
}

export type Segment = TermSegment | FreeSegment;

/** The dictionary targets of a whole string, read as Han, code or Latin according to its script. */
function targetsOf(dict: SearchDictionary, text: string): KeyTarget[] {
  if (hasHan(text)) return lookup(dict, hanKey(text));
  return lookup(dict, codeKey(text)).concat(lookup(dict, latinKey(text)));
}

/**
 * Latin words with no exact key may still start a term's key (forest chief → forestchiefsystem). Accepted
 * only when the prefix is long enough to mean something and names at most three terms; otherwise it is noise.
 */
function prefixTargets(dict: SearchDictionary, key: string): KeyTarget[] {
  if (key.length < 5) return [];
  const found: KeyTarget[] = [];
  const terms = new Set<number>();
  for (const [k, targets] of Object.entries(dict.keys)) {
    if (!k.startsWith(key) || hasHan(k)) continue;
    for (const target of targets) {
      terms.add(target[0]);
      if (!found.some(([t, f]) => t === target[0] && f === target[1])) found.push(target);
    }
    if (terms.size > 3) return [];
  }
  return found;
}

/** Finds terms inside a Han run: longest match first, scanning left to right; the rest is free text. */
function segmentHan(dict: SearchDictionary, run: string, out: Segment[]): void {
  const chars = [...run];
  let free = '';
  let i = 0;
  while (i < chars.length) {
    let matched = false;
    for (let j = Math.min(chars.length, i + dict.maxHan); j >= i + 2; j--) {
      const piece = chars.slice(i, j).join('');
      const targets = lookup(dict, hanKey(piece));
      if (targets.length > 0) {
        if (free) out.push({ kind: 'free', text: free });
        free = '';
        out.push({ kind: 'term', text: piece, targets });
        i = j;
        matched = true;
        break;
      }
    }
    if (!matched) free += chars[i++];
  }
  if (free) out.push({ kind: 'free', text: free });
}

/** Finds terms in a run of Latin words: the longest run of words whose joined key names a term. */
function segmentLatin(dict: SearchDictionary, words: string[], out: Segment[]): void {
  let i = 0;
  while (i < words.length) {
    let matched = false;
    for (let j = Math.min(words.length, i + dict.maxWords); j > i; j--) {
      const piece = words.slice(i, j).join(' ');
      const targets = lookup(dict, latinKey(piece));
      if (targets.length > 0) {
        out.push({ kind: 'term', text: piece, targets });
        i = j;
        matched = true;
        break;
      }
    }
    if (!matched) out.push({ kind: 'free', text: words[i++]! });
  }
}

/** Adjacent free pieces become one (Han joined directly, other scripts with a space). */
function mergeFree(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const last = out.at(-1);
    if (segment.kind === 'free' && last?.kind === 'free') {
      const glue = hasHan(last.text.slice(-1)) && hasHan(segment.text.slice(0, 1)) ? '' : ' ';
      last.text = `${last.text}${glue}${segment.text}`;
    } else out.push({ ...segment });
  }
  return out;
}

/**
 * Splits a (prepared, Simplified) query into known terms and free text. The whole query is tried first,
 * so a term spelled with spaces or punctuation (党旗红·高原绿, forest-chief system) matches as one;
 * then terms are found inside it, longest first.
 */
export function analyse(text: string, dict: SearchDictionary): Segment[] {
  if (text.trim() === '') return [];
  const whole = targetsOf(dict, text);
  if (whole.length > 0) return [{ kind: 'term', text, targets: whole }];
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const out: Segment[] = [];
  let latin: string[] = [];
  const flushLatin = () => {
    if (latin.length > 0) segmentLatin(dict, latin, out);
    latin = [];
  };
  for (const token of tokens) {
    if (token.kind === 'latin') {
      latin.push(token.text);
      continue;
    }
    flushLatin();
    if (token.kind === 'han') segmentHan(dict, token.text, out);
    else codeSegment(dict, token, out);
  }
  flushLatin();
  const merged = mergeFree(out);
  // Only Latin words and nothing known: try them as the start of a longer name.
  if (merged.length === 1 && merged[0]!.kind === 'free' && tokens.every((t) => t.kind === 'latin')) {
    const targets = prefixTargets(dict, latinKey(text));
    if (targets.length > 0) return [{ kind: 'term', text, targets }];
  }
  return merged;
}

function codeSegment(dict: SearchDictionary, token: Token, out: Segment[]): void {
  const targets = lookup(dict, codeKey(token.text));
  out.push(targets.length > 0 ? { kind: 'term', text: token.text, targets } : { kind: 'free', text: token.text });
}

/**
 * One way to satisfy a clause: all `parts` must match, each as a phrase when `phrase` is set. With
 * `orLoose`, a phrase that matches nowhere falls back to Pagefind's unquoted search (the reader's words, not
 * necessarily together).
 */
export interface Alternative {
  parts: string[];
  phrase: boolean;
  orLoose?: boolean;
}

/** A clause of the full-text search: any one alternative matches it. Clauses are ANDed. */
export interface Clause {
  alternatives: Alternative[];
  /** True for free text (no known term): Pagefind's own word matches are then what the reader asked for. */
  free: boolean;
}

/** At most this many spellings are searched for one term (each costs two Pagefind searches). */
const MAX_ALTERNATIVES = 4;

/**
 * How a Chinese form is searched. Pagefind matches a quoted phrase only within one run of Han characters
 * (its phrase search fails across ·, + or quotation marks), so a form is split at punctuation into parts that
 * must all match. A number is searched as a word; a code joined by + (1+1+4) has no reliable full-text form
 * (Pagefind's phrase search fails on numbers and its plain search matches every 1 and 4), so it is left to the
 * dictionary's direct hits.
 */
export function alternativeFor(form: string): Alternative | null {
  const code = codeKey(form);
  if (code) return code.includes('+') ? null : { parts: [code], phrase: false };
  const parts = fold(form)
    .split(/[^\p{Script=Han}\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (parts.length === 0) return null;
  return { parts, phrase: true };
}

/**
 * The full-text search for an analysed query. A known term is searched as its Simplified form (the one the
 * reader typed, or the canonical name for pinyin and English), plus its English name on the English
 * edition; free text is searched as typed (converted), for Pagefind to segment.
 */
export function fullTextPlan(segments: readonly Segment[], dict: SearchDictionary, locale: 'zh-CN' | 'en'): Clause[] {
  return segments.flatMap((segment): Clause[] => {
    // Free Chinese text is searched as the reader wrote it, characters together (黄盖湖, not 黄 and 盖 and 湖
    // anywhere on the page); if it is nowhere together, as Pagefind splits it.
    if (segment.kind === 'free') return [{ alternatives: [{ parts: [segment.text], phrase: hasHan(segment.text), ...(hasHan(segment.text) ? { orLoose: true } : {}) }], free: true }];
    const alternatives: Alternative[] = [];
    const seen = new Set<string>();
    const add = (alternative: Alternative | null) => {
      if (!alternative) return;
      const id = `${alternative.phrase}:${alternative.parts.join('|')}`;
      if (seen.has(id) || alternatives.length >= MAX_ALTERNATIVES) return;
      seen.add(id);
      alternatives.push(alternative);
    };
    for (const [term, form] of segment.targets) {
      const entry = dict.terms[term];
      if (entry) add(alternativeFor(entry.zh[form] ?? entry.zh[0]!));
    }
    if (locale === 'en') {
      // The English pages say it in English: the words typed (an alias such as “camellia oil”), and the name.
      if (!hasHan(segment.text) && !codeKey(segment.text)) add({ parts: [segment.text], phrase: true });
      for (const [term] of segment.targets) {
        const en = dict.terms[term]?.en;
        if (en) add({ parts: [en.replace(/["“”]/gu, '')], phrase: true });
      }
    }
    return alternatives.length > 0 ? [{ alternatives, free: false }] : [];
  });
}

/** Words to highlight on the page a result leads to: the Chinese forms of the matched terms and the free text. */
export function highlightWords(segments: readonly Segment[], dict: SearchDictionary): string[] {
  const words = new Set<string>();
  for (const segment of segments) {
    if (segment.kind === 'free') {
      for (const piece of segment.text.split(/\s+/u)) if (piece) words.add(piece);
      continue;
    }
    for (const [term, form] of segment.targets) {
      const entry = dict.terms[term];
      if (!entry) continue;
      const zh = entry.zh[form] ?? entry.zh[0]!;
      const alternative = alternativeFor(zh);
      if (!alternative) words.add(zh);
      for (const part of alternative?.parts ?? []) words.add(part);
    }
  }
  return [...words].filter((w) => [...w].length >= 1).slice(0, 8);
}
