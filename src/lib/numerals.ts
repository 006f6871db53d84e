/**
 * Reading numbers as Chinese texts write them: Arabic digits, Chinese numerals (一百四十二, 两, 十五),
 * the magnitudes 万 and 亿, and the hedges around a figure (2万余人, 近3000, 不少于2亩).
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * A list marker opening a paragraph: '2.' in '2.3月12日全面完成' and '4.' in '4.2024年11月…' number the item; they are
 * not 2.3 or 4.2024.
 */
export const LIST_MARKER = /^[0-9]{1,2}[.、](?=[0-9]{1,2}[月日]|[0-9]{4}年|[^0-9])/;

/** Characters that can make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Parses a Chinese numeral such as 一百四十二, 十五, 两千, 三万五千; null when it is not one. */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  // Digit-by-digit forms such as 二〇二四 carry no unit characters.
  if ([...text].every((c) => c in DIGITS) && text.length > 1) {
    return Number([...text].map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const char of text) {
    if (char in DIGITS) {
      digit = DIGITS[char] ?? 0;
    } else if (char in SMALL_UNITS) {
      // 十 alone means 10: an absent leading digit is one.
      section += (digit ?? 1) * (SMALL_UNITS[char] ?? 1);
      digit = null;
    } else if (char in BIG_UNITS) {
      total += (section + (digit ?? 0)) * (BIG_UNITS[char] ?? 1);
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** Multiplies out a trailing 万 or 亿 (2万 → 20000, 1.5亿 → 150000000). */
export function applyMagnitude(value: number, magnitude: string): number {
  const factor = BIG_UNITS[magnitude] ?? 1;
  // Round away binary noise: 1.1 × 10000 must be 11000, not 11000.000000000002.
  return Math.round(value * factor * 1e6) / 1e6;
}

/**
 * The hedges around a number: `before` is the text just before it, `after` the text just after its unit (and any
 * 余/多). A bound word after the number (以上, 以下, 以内) bounds the count only when it follows the number and unit
 * directly (3万株以上, 60岁及以上, 5000元（含）以上): with a word between, it belongs to that word — a rank or a
 * class (87名处级以上干部, 11名县级以上领导, 213家规模以上企业), not the count.
 */
export function hedgesAround(before: string, after: string): Pick<ReadNumber, 'approx' | 'bound'> {
  const approx = APPROX_BEFORE.test(before) || APPROX_AFTER.test(after.replace(/^[%％]/, ''));
  const tail = after.replace(/^[%％‰]/, '').replace(APPROX_AFTER, '');
  let bound: ReadNumber['bound'] = null;
  // 不超过 ends in 超过: test the at-most words first.
  if (AT_MOST_BEFORE.test(before) || AT_MOST_AFTER.test(tail)) bound = 'at_most';
  else if (AT_LEAST_BEFORE.test(before) || AT_LEAST_AFTER.test(tail)) bound = 'at_least';
  return { approx, bound };
}

/** A number with its hedges, as read from text. */
export interface ReadNumber {
  value: number;
  /** 余/多/近/约/左右/逾: the figure is not exact. */
  approx: boolean;
  /** 以上/不少于/至少/超过 → at_least; 以下/不超过/以内/不到 → at_most. */
  bound: 'at_least' | 'at_most' | null;
  /** Upper end when the text gives a range (3-5月, 3至5个). */
  upper: number | null;
}

const APPROX_BEFORE = /(近|约|大约|逾)$/;
// 至少 may sit a verb phrase away from the number (至少种植5棵树, 至少认种认养1棵树).
const AT_LEAST_BEFORE = /(不少于|至少\p{Script=Han}{0,4}|不低于|超过|超)$/u;
const AT_MOST_BEFORE = /(不超过|不多于|最多|不到|不足)$/;
const APPROX_AFTER = /^(余|多|左右)/;
/** 及以上, 或以下, （含）以上: still directly after the number. */
const INCLUSIVE = '(?:及|或|\\s*[（(]含[）)]\\s*)?';
const AT_LEAST_AFTER = new RegExp(`^${INCLUSIVE}以上`, 'u');
const AT_MOST_AFTER = new RegExp(`^${INCLUSIVE}(?:以下|以内)`, 'u');

// A magnitude may follow the hedge: 1270余万元, 300多万亩.
const NUMBER_CORE =
  /^(?:(千分之|百分之)?([0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)((?:余|多)?[万亿])?)(?:\s*(?:-|—|~|～|至|到)\s*([0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)([万亿])?)?/;

/**
 * Reads the first number in `text` with its hedges: '2万余人' → 20000 approx; '不少于2亩' → 2 at_least;
 * '千分之三' → 0.003; '3-5月' → 3 with upper 5. Returns null when `text` holds no number.
 */
export function readNumber(text: string): ReadNumber | null {
  const start = text.search(/[0-9零〇一二两三四五六七八九十百千]|千分之|百分之/);
  if (start < 0) return null;
  const before = text.slice(0, start);
  const match = NUMBER_CORE.exec(text.slice(start));
  if (!match) return null;
  const [whole, fraction, first, hedgedMagnitude = '', second, secondMagnitude] = match;
  const magnitude = hedgedMagnitude.slice(-1);
  const parse = (n: string) => (/^[0-9]/.test(n) ? Number(n) : parseChineseNumeral(n));
  const base = parse(first ?? '');
  if (base === null) return null;
  let value = applyMagnitude(base, magnitude ?? '');
  if (fraction === '千分之') value = value / 1000;
  if (fraction === '百分之') value = value / 100;
  let upper: number | null = null;
  if (second) {
    const parsed = parse(second);
    if (parsed !== null) upper = applyMagnitude(parsed, secondMagnitude ?? magnitude ?? '');
  }
  // The hedges after a number are read past its unit: 2万余人, 70%以上, 3万株以上.
  const after = text.slice(start + whole.length);
  const hedge = /^(?:余|多)?/u.exec(after)?.[0] ?? '';
  const rest = after.slice(hedge.length);
  const unit = UNIT_AT_START.exec(rest)?.[0] ?? '';
  const { approx, bound } = hedgesAround(before, hedge + rest.slice(unit.length));
  return { value: Math.round(value * 1e9) / 1e9, approx: approx || hedgedMagnitude.length > 1, bound, upper };
}

/** Units a figure may carry, longest first so 平方公里 wins over 公里. */
const UNITS = [
  '平方公里', '平方米', '公顷', '亩', '公里', '千米', '米', '元', '吨', '人次', '人', '名', '个百分点', '百分点',
  '个', '位', '户', '家', '支', '棵', '株', '次', '项', '条', '所', '场次', '场', '部', '套', '首', '面', '届',
  '揽', '篇', '期', '批', '座', '处', '道', '大', '字', '幕', '件', '份', '种', '类', '本', '册', '幅', '堂',
  '间', '辆', '台', '片', '块', '宗', '起', '例', '轮', '节', '倍', '分钟', '小时', '天', '周', '年', '月', '日',
  '号', '周岁', '岁', '个月', '对', '架', '批次', '家次', '%', '％', '‰',
].sort((a, b) => b.length - a.length);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The unit a text starts with, longest first. */
const UNIT_AT_START = new RegExp(`^(?:${UNITS.map(escape).join('|')})`, 'u');

const CN = `[${CHINESE_NUMERAL_CHARS}]`;
const NUMERAL = `(?:[0-9]+(?:\\.[0-9]+)?|${CN}+)`;
const NUMBER_IN_TEXT = new RegExp(
  `(近|约|大约|逾|不少于|至少|不低于|超过|不超过|不到)?` +
    `((?:千分之|百分之)?${NUMERAL}((?:余|多)?[万亿])?(?:\\s*[-—~～至到]\\s*${NUMERAL}[万亿]?)?)` +
    `(余|多)?(${UNITS.join('|')})?(余|多|以上|以下|以内|左右)?`,
  'gu',
);

/** A number found in running text, with what surrounds it. */
export interface ScannedNumber extends ReadNumber {
  /** The match as written, hedges included (不少于2亩, 2万余人). */
  text: string;
  /** Offset of the match in the text. */
  index: number;
  /** 万 or 亿 written with the number, or ''. */
  magnitude: string;
  /** The unit after the number, without the magnitude (人 in 2万余人), or ''. */
  unit: string;
  /** Written in Chinese numerals (一百四十二), not digits. */
  chinese: boolean;
}

/**
 * Every number in `text` with its unit and hedges. Hedges are looked for in the match and in the few
 * characters before it within the same clause (至少种植5棵树), so a figure reads the same wherever it is quoted.
 */
export function scanNumbers(text: string): ScannedNumber[] {
  const found: ScannedNumber[] = [];
  for (const match of text.matchAll(NUMBER_IN_TEXT)) {
    const [whole, , core = '', hedgedMagnitude = '', approxMid, unit = '', after = ''] = match;
    const magnitude = hedgedMagnitude.slice(-1);
    const read = readNumber(whole);
    if (!read) continue;
    const index = match.index ?? 0;
    const clause = text.slice(0, index).split(/[，,。；;！？!?：:]/).at(-1) ?? '';
    const nearby = hedgesAround(clause.slice(-6), text.slice(index + whole.length));
    found.push({
      ...read,
      approx: read.approx || nearby.approx || Boolean(approxMid) || after === '余' || after === '多' || after === '左右',
      bound: read.bound ?? nearby.bound,
      text: whole,
      index,
      magnitude,
      unit,
      chinese: !/[0-9]/.test(core),
    });
  }
  return found;
}
