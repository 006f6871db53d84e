import type { Formula, formulaComponentSchema } from '../../schemas/formula.ts';
import type { Mechanism } from '../../schemas/mechanism.ts';
import type { Metric } from '../../schemas/metric.ts';
import type { CuratedModel } from '../../schemas/model.ts';
import type { ScheduleItem } from '../../schemas/schedule.ts';
import type { Slogan } from '../../schemas/slogan.ts';
import type { Bilingual } from '../locale.ts';
import type { z } from 'astro/zod';

/**
 * What a comparison needs to know of one model, in both languages: the facts the compare page sets side by side
 * (mechanisms, slogans, formulas, figures, dates) with their quotes and paragraphs, and the names charts label it
 * by. Every list keeps the entry's order, so an item's position is the index its evidence anchor (#q-k-3) uses.
 *
 * The build draws /compare/'s charts from these records, and writes each as /data/compare/<id>.json, from which
 * the browser draws the same charts, by the same code, for a ?m= selection.
 */
export interface ComparedModel {
  id: string;
  title: Bilingual;
  short: Bilingual;
  /** The model's most specific place, as charts label it (临湘市 / Linxiang). */
  place: Bilingual;
  /** The source's publication date (YYYY-MM-DD[ HH:MM]), or null. */
  published: string | null;
  mechanisms: Array<Pick<Mechanism, 'name' | 'category' | 'summary_en' | 'quote' | 'paragraph'>>;
  slogans: Array<Pick<Slogan, 'text' | 'kind' | 'en' | 'quote' | 'paragraph'>>;
  formulas: Array<Pick<Formula, 'code' | 'name' | 'quote' | 'paragraph'> & { components: Array<Pick<z.infer<typeof formulaComponentSchema>, 'label' | 'en'>> }>;
  metrics: Array<Pick<Metric, 'label' | 'value' | 'unit' | 'normalized' | 'approx' | 'bound' | 'category' | 'quote' | 'paragraph'>>;
  schedule: Array<Pick<ScheduleItem, 'label' | 'start' | 'end' | 'kind' | 'quote' | 'paragraph' | 'task_paragraph'>>;
}

/** The record of a curated model; `place` is its chart label in each edition. */
export function toComparedModel(model: CuratedModel, place: Bilingual): ComparedModel {
  return {
    id: model.id,
    title: { zh: model.title.zh, en: model.title.en },
    short: { zh: model.short.zh, en: model.short.en },
    place,
    published: model.source.published,
    mechanisms: model.mechanisms.map(({ name, category, summary_en, quote, paragraph }) => ({ name, category, summary_en, quote, paragraph })),
    slogans: model.slogans.map(({ text, kind, en, quote, paragraph }) => ({ text, kind, en, quote, paragraph })),
    formulas: model.formulas.map(({ code, name, quote, paragraph, components }) => ({ code, name, quote, paragraph, components: components.map(({ label, en }) => ({ label, en })) })),
    metrics: model.metrics.map(({ label: { zh, en }, value, unit, normalized, approx, bound, category, quote, paragraph }) => ({ label: { zh, en }, value, unit, normalized, approx, bound, category, quote, paragraph })),
    schedule: model.schedule.map(({ label: { zh, en }, start, end, kind, quote, paragraph, task_paragraph }) => ({ label: { zh, en }, start, end, kind, quote, paragraph, task_paragraph })),
  };
}
