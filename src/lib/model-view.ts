import type { Metric } from '../schemas/metric.ts';
import type { CuratedModel, Model } from '../schemas/model.ts';
import { regionName } from './entry-view.ts';
import { componentAnchor } from './formulas.ts';
import type { Quote } from './highlight.ts';
import type { Locale, UiKey } from './i18n.ts';
import { quoteAnchor } from './routes.ts';

/**
 * What a model page needs beyond the entry itself: every quoted passage keyed by paragraph (so the text can
 * mark them), and figures written for reading.
 */

/** The facts of an entry that quote its body (a curated entry's or a draft's: their items have one shape). */
type QuotedFacts = Pick<Model, 'metrics' | 'mechanisms' | 'slogans' | 'formulas' | 'notes' | 'schedule'>;

/** Every quote in the entry, with the anchor id its evidence link targets, grouped by paragraph. */
export function quotesByParagraph(model: QuotedFacts): Map<number, Quote[]> {
  const byParagraph = new Map<number, Quote[]>();
  const add = (paragraph: number, id: string, text: string) => {
    const list = byParagraph.get(paragraph) ?? [];
    list.push({ id, text });
    byParagraph.set(paragraph, list);
  };
  model.metrics.forEach((m, i) => add(m.paragraph, quoteAnchor('m', i), m.quote));
  model.mechanisms.forEach((m, i) => add(m.paragraph, quoteAnchor('k', i), m.quote));
  model.slogans.forEach((s, i) => add(s.paragraph, quoteAnchor('s', i), s.quote));
  model.formulas.forEach((f, i) => {
    add(f.paragraph, quoteAnchor('f', i), f.quote);
    f.components.forEach((c, j) => add(c.paragraph, componentAnchor(i, j), c.quote));
  });
  model.notes.forEach((n, i) => add(n.paragraph, quoteAnchor('n', i), n.quote));
  model.schedule.forEach((item, i) => add(item.paragraph, quoteAnchor('t', i), item.quote));
  return byParagraph;
}

const numberFormat = { 'zh-CN': new Intl.NumberFormat('zh-CN'), en: new Intl.NumberFormat('en') } as const;

/** A number for display, grouped the way the reader's edition groups digits. */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat[locale].format(value);
}

/** The brand slogan: the first slogan of kind brand, if any. */
export function brandOf(model: Pick<Model, 'slogans'>): string | null {
  return model.slogans.find((s) => s.kind === 'brand')?.text ?? null;
}

/** The model's headline formula code (its first formula), for cards. */
export function headlineFormula(model: CuratedModel): string | null {
  return model.formulas[0]?.code ?? null;
}

/** Place name from province down, as written in GB/T 2260 (Chinese in both editions: these are names). */
export function placeName(model: Pick<CuratedModel, 'region'>): string {
  return regionName(model.region);
}

/** UI string keys for how a figure is hedged: approximate (余/多/近/约) and/or bounded (以上/不超过 …). */
export function hedgeKeys(metric: Pick<Metric, 'approx' | 'bound'>): UiKey[] {
  const keys: UiKey[] = [];
  if (metric.approx) keys.push('metric.approx');
  if (metric.bound === 'at_least') keys.push('metric.at_least');
  if (metric.bound === 'at_most') keys.push('metric.at_most');
  return keys;
}

/** A figure's compact sign for tables and charts: ≈ for approximate, ≥/≤ for bounds. */
export function hedgeSign(metric: Pick<Metric, 'approx' | 'bound'>): string {
  return `${metric.approx ? '≈' : ''}${metric.bound === 'at_least' ? '≥' : metric.bound === 'at_most' ? '≤' : ''}`;
}
