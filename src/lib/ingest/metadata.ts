/**
 * 来源 / 发布时间 / 作者 lines: reading `key：value` fields into source metadata, and normalising the dates pages
 * write (2024-05-16 09:32:18, 2023年11月08日, 2021.07.27, 2021/7/27, 2022-09-26T09:26:10+08:00) to the schema's
 * YYYY-MM-DD[ HH:MM[:SS]]. The keys themselves are data (boilerplate.yaml, `metadata:`).
 */

/** Source fields a page states about itself. */
export interface SourceMeta {
  publisher: string | null;
  published: string | null;
  author: string | null;
}

/** `title`: a record's 标题/名称 row, which names the document it catalogues (a disclosure page's title). */
export type MetaField = keyof SourceMeta | 'title' | 'other' | 'counter';
export const META_FIELDS: readonly MetaField[] = ['publisher', 'published', 'author', 'title', 'other', 'counter'];
/** Fields a rules file may leave out (an empty list). */
export const OPTIONAL_META_FIELDS: ReadonlySet<MetaField> = new Set(['title']);

/** The keys of each field, strongest first. */
export type MetadataKeys = Record<MetaField, readonly string[]>;

/** One `key：value` field of a line; `rank` orders keys of the same field (0 = strongest). */
export interface Field {
  field: MetaField;
  key: string;
  value: string;
  rank: number;
  /** The field as it stands in the line (key, colon and value), for the cleaning report. */
  text: string;
}

const DATE = new RegExp(
  String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日)?` +
    String.raw`(?:(?:\s+|T|-)(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：]\s*(\d{1,2})|\s*分(?:\s*(\d{1,2})\s*秒)?)?)?` +
    String.raw`(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?`,
  'u',
);
const AT_START = new RegExp(`^\\s*${DATE.source}`, 'u');

const pad = (n: string | undefined) => (n ?? '').padStart(2, '0');

/** A real calendar date. */
function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const validTime = (hh: number, mm: number, ss?: number) => hh <= 23 && mm <= 59 && (ss === undefined || ss <= 59);

/**
 * The date (and time, when given) a value starts with, as YYYY-MM-DD[ HH:MM[:SS]]; null when it starts with
 * none or with an impossible date (an impossible time is dropped, the date kept). A time zone is dropped: the
 * page's own local time is what it states.
 */
export function normaliseDate(value: string): string | null {
  const m = AT_START.exec(value);
  if (!m) return null;
  const [, y = '', mo = '', d = '', hh, mi, colonSeconds, chineseSeconds] = m;
  const ss = colonSeconds ?? chineseSeconds;
  if (!validDate(Number(y), Number(mo), Number(d))) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (hh === undefined || !validTime(Number(hh), Number(mi), ss === undefined ? undefined : Number(ss))) return date;
  return `${date} ${pad(hh)}:${pad(mi)}${ss === undefined ? '' : `:${pad(ss)}`}`;
}

/** The length of the date a text starts with (0 when none), so a line may open with a bare date. */
export function leadingDateLength(text: string): number {
  const m = AT_START.exec(text);
  return m && normaliseDate(text) !== null ? m[0].length : 0;
}

const OPENERS = '【[（(〔';
const CLOSERS = '】]）)〕';
/** What separates fields and toolbar items on a line: spaces, bars, dots and the brackets around them. */
export const SEPARATORS = `\\s\\u3000|｜丨/·•・${OPENERS.replace('[', '\\[')}${CLOSERS.replace(']', '\\]')}`;
const EDGE_SEPARATORS = new RegExp(`^[\\s\\u3000|｜丨/·•・,，;；]+|[\\s\\u3000|｜丨/·•・,，;；]+$`, 'gu');

const count = (text: string, chars: string) => [...text].filter((c) => chars.includes(c)).length;

/** Trims a value: separators at either end, and brackets that only wrapped the field (（责任编辑：李四） → 李四). */
export function trimValue(raw: string): string {
  let value = raw.replace(EDGE_SEPARATORS, '');
  for (;;) {
    const last = value.at(-1) ?? '';
    const first = value.at(0) ?? '';
    // An opener at the end or a closer at the start never belongs to the value: 【来源：A】【时间：…】 leaves "A】【".
    if (last && OPENERS.includes(last)) value = value.slice(0, -1);
    else if (first && CLOSERS.includes(first)) value = value.slice(1);
    // A value wrapped whole in brackets (【县林业局】) loses them; 中共某县委（组织部） keeps its own.
    else if (first && last && OPENERS.includes(first) && CLOSERS.includes(last) && count(value, OPENERS) === count(value, CLOSERS)) value = value.slice(1, -1);
    else if (last && CLOSERS.includes(last) && count(value, CLOSERS) > count(value, OPENERS)) value = value.slice(0, -1);
    else if (first && OPENERS.includes(first) && count(value, OPENERS) > count(value, CLOSERS)) value = value.slice(1);
    else break;
    value = value.replace(EDGE_SEPARATORS, '');
  }
  return value;
}

/** A key regex from the field lists: longest key first, padding spaces allowed between its characters (来　源). */
export function keyPattern(keys: MetadataKeys): RegExp {
  const all = META_FIELDS.flatMap((field) => keys[field]).sort((a, b) => b.length - a.length);
  const spaced = all.map((key) => [...key].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[ \\u3000]*'));
  // ︰ (U+FE30) is the colon some Big5 tables give.
  return new RegExp(`(${spaced.join('|')})[ \\u3000]*[:：︰]`, 'gu');
}

export interface ParsedFields {
  /** Text before the first key (a bare date, toolbar segments, brackets). */
  lead: string;
  fields: Field[];
}

/** Splits a line into its `key：value` fields; null when it holds no key. Values run to the next key. */
export function splitFields(line: string, keys: MetadataKeys, pattern: RegExp = keyPattern(keys)): ParsedFields | null {
  const matches = [...line.matchAll(pattern)];
  if (matches.length === 0) return null;
  const fieldOf = new Map<string, { field: MetaField; rank: number }>();
  for (const field of META_FIELDS) keys[field].forEach((key, rank) => fieldOf.set(key, { field, rank }));
  const fields = matches.map((match, i) => {
    const key = (match[1] ?? '').replace(/[ \u3000]/g, '');
    const start = match.index ?? 0;
    const end = matches[i + 1]?.index ?? line.length;
    const raw = line.slice(start + match[0].length, end);
    const { field, rank } = fieldOf.get(key) ?? { field: 'other' as const, rank: 99 };
    return { field, key, rank, value: trimValue(raw), text: trimValue(line.slice(start, end)) };
  });
  return { lead: line.slice(0, matches[0]?.index ?? 0), fields };
}

/**
 * Source metadata from every field found, in page order: for each field the strongest key wins (作者 over
 * 责任编辑, 发布机构 over 来源), the first of equals; a date that cannot be read is skipped (its line is still
 * in the cleaning report, so nothing is lost).
 */
export function resolveMeta(fields: readonly Field[]): SourceMeta {
  const meta: SourceMeta = { publisher: null, published: null, author: null };
  const ranks: Partial<Record<keyof SourceMeta, number>> = {};
  for (const { field, value, rank } of fields) {
    if (field === 'other' || field === 'counter' || field === 'title') continue;
    const normalised = field === 'published' ? normaliseDate(value) : value || null;
    if (normalised === null || rank >= (ranks[field] ?? Infinity)) continue;
    meta[field] = normalised;
    ranks[field] = rank;
  }
  return meta;
}

/** An abstract line (摘要：…, 【摘要】…, 内容摘要：…): its text, or null. */
export function abstractOf(line: string): string | null {
  const m = /^[【\[〔]?\s*(?:内容)?(?:摘[ \u3000]*要|提要|导读)\s*[】\]〕]?\s*[:：]?\s*(.+)$/u.exec(line.trim());
  if (!m) return null;
  // 摘要 followed by prose without a colon or bracket is a sentence that starts with the word, not a label.
  if (!/^[【\[〔]|^(?:内容)?(?:摘[ \u3000]*要|提要|导读)\s*[】\]〕:：]/u.test(line.trim())) return null;
  return m[1]?.trim() || null;
}
