import type { ComparedModel } from '../compare/record.ts';
import { localePath, pick, type Bilingual } from '../locale.ts';
import { routes } from '../routes.ts';
import type { TableCell, TableColumn } from './types.ts';
import { say, type Words } from './words.ts';

/**
 * What a comparison chart (the matrix, the figures, the dates of /compare/) is drawn from: the models' records,
 * the words of the edition, and what the chart is called. The build draws them for the whole collection or a
 * province; the browser draws them for a ?m= selection, with the same functions (./matrix.ts, ./metrics.ts,
 * ./timeline.ts), nothing else differing but this setting.
 */
export interface ComparedSetting {
  words: Words;
  /** The site's base path ('/' or '/atlas/'). */
  base: string;
  /** In the order the chart shows them. */
  models: readonly ComparedModel[];
  categories: readonly { id: string; name: Bilingual }[];
  /** Each model's series (colour and shape). */
  series: (id: string) => number;
  /** The download's file name (matrix, matrix-heilongjiang …), the chart's title and its source line. */
  name: string;
  title: string;
  source: string;
  /** The page the chart is cited at (from routes). */
  page: string;
}

/** A model's chart label: its place. */
export const placeOf = (setting: ComparedSetting, model: ComparedModel) => pick(setting.words.locale, model.place);

/** A model page in the setting's edition, optionally at an anchor (#q-m-3). */
export function hrefOf(setting: ComparedSetting, id: string, anchor?: string): string {
  return `${localePath(setting.words.locale, routes.model(id), setting.base)}${anchor ? `#${anchor}` : ''}`;
}

/** Legend keys for the models given, in the setting's order. */
export function keysOf(setting: ComparedSetting, ids: readonly string[]): Array<{ series: number; label: string }> {
  const wanted = new Set(ids);
  return setting.models.filter((m) => wanted.has(m.id)).map((m) => ({ series: setting.series(m.id), label: placeOf(setting, m) }));
}

/** The columns every CSV of a comparison carries to say which model a row is about: its id and its name. */
export function modelColumns(words: Words): TableColumn[] {
  return [
    { key: 'model_id', label: say(words, 'chart.col.modelId'), csvOnly: true },
    { key: 'model_name', label: say(words, 'chart.col.modelName'), csvOnly: true },
  ];
}

export function modelCells(words: Words, model: { id: string; short: Bilingual }): TableCell[] {
  return [{ text: model.id }, { text: pick(words.locale, model.short) }];
}
