import type { Locale } from '../i18n.ts';

/** Small pieces of wording shared by the figure builders. */

/** A list as the edition writes one: 甲、乙、丙 / A, B, C. */
export function listOf(locale: Locale, items: readonly string[]): string {
  return items.join(locale === 'en' ? ', ' : '、');
}

/** Axis numbers, compact in the edition's way (2万, 1亿 / 20K, 100M). */
export function compactNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** Short month names (1月 / Jan) for timetable headers. */
export function monthName(locale: Locale, month: number): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** The ≈, ≥ or ≤ put before a hedged figure. */
export function hedgeSign(metric: { approx: boolean; bound: 'at_least' | 'at_most' | null }): string {
  return `${metric.approx ? '≈' : ''}${metric.bound === 'at_least' ? '≥' : metric.bound === 'at_most' ? '≤' : ''}`;
}
