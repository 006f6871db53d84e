/**
 * Ids of the things a reader can pin to a brief. An id must mean the same thing in every later build, because
 * it lives in the reader's localStorage and in shared /brief/?items= URLs. So ids are made only of what the
 * project promises never changes: a model's id (its URL), a paragraph number ¶N (a published anchor #p-N), a
 * figure's id (its published /charts/ file name), and the verbatim quote a figure or mechanism rests on (the raw
 * sources are never edited). A list position (metrics[3]) is NOT stable: curating a new figure shifts it.
 *
 * Ids use only URL-unreserved characters (a-z 0-9 - . ~), so a list joins with commas into ?items= untouched.
 * The browser loads this file: it imports nothing.
 */

export type PinKind = 'page' | 'paragraph' | 'figure' | 'mechanism' | 'chart' | 'compare';

export type ParsedId =
  | { kind: 'page'; model: string }
  | { kind: 'paragraph'; model: string; paragraph: number }
  | { kind: 'figure' | 'mechanism'; model: string; paragraph: number; key: string }
  | { kind: 'chart'; figure: string }
  | { kind: 'compare'; models: string[] };

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => ParsedId]> = [
  [new RegExp(`^(${SLUG})$`), (m) => ({ kind: 'page', model: m[1]! })],
  [new RegExp(`^(${SLUG})~p([1-9]\\d*)$`), (m) => ({ kind: 'paragraph', model: m[1]!, paragraph: Number(m[2]) })],
  [new RegExp(`^(${SLUG})~([mk])([1-9]\\d*)-([0-9a-z]{1,7})$`), (m) => ({ kind: m[2] === 'm' ? 'figure' : 'mechanism', model: m[1]!, paragraph: Number(m[3]), key: m[4]! })],
  [new RegExp(`^chart~(${SLUG})$`), (m) => ({ kind: 'chart', figure: m[1]! })],
  [new RegExp(`^compare~(${SLUG}(?:\\.${SLUG})*)$`), (m) => ({ kind: 'compare', models: m[1]!.split('.') })],
];

/**
 * A short key for a text: FNV-1a (32 bit) in base 36. Not for security; only to tell apart the figures or
 * mechanisms quoted from one paragraph, which the ¶ in the id already narrows to a handful.
 */
export function textKey(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export const pageId = (model: string): string => model;
export const paragraphId = (model: string, paragraph: number): string => `${model}~p${paragraph}`;

/** A figure: several figures may share one sentence (2万余人 … 5493万元), so its value and unit are keyed with the quote. */
export const figureId = (model: string, metric: { quote: string; paragraph: number; value: number; unit: string }): string =>
  `${model}~m${metric.paragraph}-${textKey(`${metric.quote}\u0000${metric.value}\u0000${metric.unit}`)}`;

/** A mechanism: keyed by its name as the source writes it and its quote. */
export const mechanismId = (model: string, mechanism: { name: string; quote: string; paragraph: number }): string =>
  `${model}~k${mechanism.paragraph}-${textKey(`${mechanism.name}\u0000${mechanism.quote}`)}`;

/** A chart, by its figure id (the name of its /charts/ files). */
export const chartId = (figure: string): string => `chart~${figure}`;

/** A compare selection: its models in the order of ?m=, which is the order of its columns. */
export const compareId = (models: readonly string[]): string => `compare~${models.join('.')}`;

/** What an id names, or null for a string that is no pin id at all. */
export function parseId(id: string): ParsedId | null {
  for (const [pattern, build] of PATTERNS) {
    const match = id.match(pattern);
    if (match) return build(match);
  }
  return null;
}

/** The model whose page an id points into (a chart or a compare selection has none). */
export function modelOf(id: string): string | null {
  const parsed = parseId(id);
  return parsed && 'model' in parsed ? parsed.model : null;
}

/** Ids of a ?items= value, in order, duplicates after the first left out; unknown strings are kept (shown as missing). */
export function idsFromParam(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];
}

export const idsToParam = (ids: readonly string[]): string => ids.join(',');
