import { t, type Locale } from '../i18n.ts';
import type { FigureContext } from './types.ts';

/** Small pieces of wording shared by the figure builders. */

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

/** A site-wide figure's file name: matrix, or matrix-heilongjiang on a region page (unique on the site). */
export function siteWideName(ctx: FigureContext, name: string): string {
  return ctx.region ? `${name}-${ctx.region.key}` : name;
}

/** A site-wide figure's title, naming the province on a region page. */
export function siteWideTitle(ctx: FigureContext, title: string): string {
  return ctx.region ? t(ctx.locale, 'chart.inRegion', { title, region: ctx.region.name }) : title;
}

/** A site-wide figure's source line: all the site's models, or a province's. */
export function siteWideSource(ctx: FigureContext): string {
  const n = ctx.models.length;
  return ctx.region ? t(ctx.locale, 'chart.source.region', { n, region: ctx.region.name }) : t(ctx.locale, 'chart.source.all', { n });
}
