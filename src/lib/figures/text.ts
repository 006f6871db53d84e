import type { Locale } from '../locale.ts';

/** Small pieces of wording shared by the figure builders (no UI strings: the browser draws with these too). */

/** A list as the edition writes one: 甲、乙、丙 / A, B, C. */
export function listOf(locale: Locale, items: readonly string[]): string {
  return items.join(locale === 'en' ? ', ' : '、');
}

/** Axis numbers, compact in the edition's way (2万, 1亿 / 20K, 100M). */
export function compactNumber(locale: Locale, value: number): string {
  return compactFormats[locale].format(value);
}
// Intl formatters are costly to build and charts format thousands of ticks: build each once.
const compactFormats = {
  'zh-CN': new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }),
} as const;

/** Short month names (1月 / Jan) for timetable headers. */
export function monthName(locale: Locale, month: number): string {
  return monthFormats[locale].format(new Date(Date.UTC(2000, month - 1, 1)));
}
const monthFormats = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', { month: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }),
} as const;
