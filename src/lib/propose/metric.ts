import type { MetricCategory } from '../../schemas/metric.ts';
import type { DraftModel } from '../../schemas/model.ts';
import { scanNumbers, type ScannedNumber } from '../numerals.ts';
import { normalize, unitFactor } from '../units.ts';
import { NOUN_CATEGORY, SETUP_VERBS, UNIT_CATEGORY } from './figure-data.ts';
import { VERBS_BEFORE_NAME } from './mechanism-cues.ts';
import { metricYear, type YearContext } from './metric-year.ts';
import { HAN, clauseBounds } from './text.ts';

export { metricYear, type YearContext } from './metric-year.ts';

/**
 * One figure as a metric in exactly the form the validator reads back: the shortest clause that holds it as the
 * quote, and value, unit, approx and bound taken from that quote by the same parser (scanNumbers), so a proposal
 * cannot disagree with the check it must pass.
 */

export type DraftMetric = DraftModel['metrics'][number];


/**
 * The quote for a number at [start, end): its clause, narrowed to its 、-item when the clause lists several figures
 * (党政主要领导至少种植5棵树、街道其他领导班子成员至少种植3棵树), or widened by the clause before when it alone says
 * too little (已办结2005件).
 */
export function metricQuote(paragraph: string, start: number, end: number): { quote: string; offset: number } {
  let [from, to] = clauseBounds(paragraph, start, end);
  const hanOutside = (a: number, b: number) => [...(paragraph.slice(a, start) + paragraph.slice(end, b))].filter((c) => HAN.test(c)).length;
  const items = paragraph.slice(from, to).split('、');
  if (items.length > 1 && items.filter((item) => /[0-9]/.test(item)).length > 1) {
    let at = from;
    for (const item of items) {
      if (start >= at && end <= at + item.length && hanOutside(at, at + item.length) >= 4) [from, to] = [at, at + item.length];
      at += item.length + 1;
    }
  }
  if (hanOutside(from, to) < 4 && from > 1) [from] = clauseBounds(paragraph, from - 2);
  const raw = paragraph.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  return { quote: raw.trim(), offset: from + lead };
}

/** The reading of the number at `at` in the quote, as the validator will make it. */
function readingAt(quote: string, at: number, text: string): ScannedNumber | null {
  return scanNumbers(quote).find((r) => r.index === at && r.text === text) ?? null;
}

/** What a figure counts: the counted noun's category when one is named (the last one: the head), else the unit's. */
export function metricCategory(unit: string, before: string, after: string, rank: boolean): MetricCategory {
  if (rank) return 'rank';
  const base = unitFactor(unit).base;
  // A count of times is an activity, unless what happened is a case (险情10余次).
  if (['次', '场', '场次', '轮', '批次'].includes(base)) return NOUN_CATEGORY.find((n) => n.category === 'cases')!.nouns.some((noun) => before.includes(noun) || after.includes(noun)) ? 'cases' : 'activities';
  const byUnit = UNIT_CATEGORY[base];
  if (byUnit && !['个', '项', '件', '条', '家', '支', '次', '名', '人', '位', '期'].includes(base)) return byUnit;
  const phrase = nounAfter(after.replace(/^[“"「]/u, '')) || before;
  let best: { at: number; category: MetricCategory } | null = null;
  for (const { nouns, category } of NOUN_CATEGORY) {
    for (const noun of nouns) {
      const at = phrase.lastIndexOf(noun);
      if (at >= 0 && (!best || at + noun.length > best.at)) best = { at: at + noun.length, category };
    }
  }
  if (best && !(byUnit === 'people' && best.category !== 'people')) return best.category;
  return byUnit ?? 'items';
}

/** The noun phrase after the number (18家部门单位 → 部门单位), up to a conjunction, a verb or the clause's end. */
function nounAfter(text: string): string {
  const run = (/^[\p{Script=Han}()（）]{1,12}/u.exec(text)?.[0] ?? '').split(/[与和及并的在中为已被将、]/u)[0] ?? '';
  let end = run.length;
  for (const verb of VERBS_BEFORE_NAME) {
    const at = run.indexOf(verb);
    if (at > 0 && at < end) end = at;
  }
  return run.slice(0, end);
}

/** A leading time phrase is context, not part of what is counted (2023年举办培训班12期 → 举办培训班). */
const LEADING_TIME = /^(?:[0-9]{4}年(?:[0-9]{1,2}月)?(?:以来|底|末)?|今年(?:以来)?|去年|截至目前|目前)/u;

/** A label from the clause: the noun counted after the number, else the words before it without opening verbs. */
function metricLabel(before: string, after: string): string {
  const counted = nounAfter(after);
  if ([...counted].filter((c) => HAN.test(c)).length >= 2) return counted;
  // In a list of figures (造林1.2万亩、封山育林3.5万亩) the label is this item's words; a list of words before one
  // figure (县、乡、村三级林长) is all of it.
  const items = before.split('、');
  const lastFigure = items.slice(0, -1).findLastIndex((item) => /[0-9]/u.test(item));
  const item = lastFigure >= 0 ? items.slice(lastFigure + 1).join('、') : before;
  const words = item
    .trim()
    .replace(LEADING_TIME, '')
    .replace(/^[^\p{Script=Han}]+/u, '')
    .replace(/(?:稳定|保持|控制|提高|提升|增长|增加|下降|降低|减少|扩大)?(?:在|到|至)$/u, '')
    .replace(/(?:近|约|逾|超过|不少于|至少|不低于|达到|达|为|共|有|均|是)+$/u, '');
  const trimmed = words.replace(SETUP_VERBS, '').replace(/(?:居|位居|位列|排名|排)?(?:全国|全省|全市)?第$/u, '');
  const label = trimmed.length >= 2 ? trimmed : words || after || before;
  // Brackets and marks left at either end (全县组建护林队伍<3支以上>) are not part of what is counted.
  return label.replace(/^[^\p{Script=Han}0-9A-Za-z]+|[^\p{Script=Han}0-9A-Za-z)）]+$/gu, '') || label;
}

/** A metric for the number scanned at `token` in ¶`paragraphNumber`, or null if the validator could not read it back. */
export function buildMetric(paragraph: string, paragraphNumber: number, token: ScannedNumber, years: YearContext, rank: boolean): DraftMetric | null {
  const { quote, offset } = metricQuote(paragraph, token.index, token.index + token.text.length);
  const reading = readingAt(quote, token.index - offset, token.text);
  if (!reading || !reading.unit) return null;
  const unit = `${reading.magnitude}${reading.unit}`;
  const { factor } = unitFactor(unit);
  const value = Math.round((reading.value / factor) * 1e9) / 1e9;
  const normalized = normalize(value, unit);
  // The validator takes the first reading of the same value and unit: it must be this one.
  const target = normalized?.value ?? value;
  const first = scanNumbers(quote).find((r) => Math.abs(r.value - target) < 1e-9 && `${r.magnitude}${r.unit}` === unit);
  if (!first || first.approx !== reading.approx || first.bound !== reading.bound) return null;
  const [clauseStart, clauseEnd] = clauseBounds(paragraph, token.index, token.index + token.text.length);
  const before = paragraph.slice(clauseStart, token.index);
  const after = paragraph.slice(token.index + token.text.length, clauseEnd);
  return {
    label: { zh: metricLabel(before, after), en: '' },
    value,
    unit,
    normalized,
    approx: reading.approx,
    bound: reading.bound,
    year: metricYear(paragraph, token.index, years),
    category: metricCategory(unit, before, after, rank),
    quote,
    paragraph: paragraphNumber,
    review: 'proposed',
  };
}
