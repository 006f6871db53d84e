import { csvFormat } from 'd3-dsv';
import { z } from 'astro/zod';
import { curatedModelSchema, type CuratedModel } from '../schemas/model.ts';
import type { MechanismCategory } from '../schemas/taxonomy.ts';
import { fitsOneFile, MAX_FILE_BYTES } from './file-limit.ts';
import { memoPerCollectionAnd } from './per-collection.ts';
import { regionGroups } from './site-wide.ts';

/**
 * Open data: what /data/models.json, /data/models.schema.json, /data/metrics.csv and /data/mechanisms.csv
 * hold (or, for a collection too large for one file each, /data/region/<province>/…: openDataParts). Pure
 * functions from curated entries to file contents; the endpoints in src/pages/data/ only serve them.
 */

/** One record of /data/models.json: the curated fields exactly as in the entry schema, plus the page's path. */
export const exportRecordSchema = curatedModelSchema
  .pick({
    id: true, title: true, short: true, summary: true, org: true, level: true, sector: true, region: true, source: true,
    slogans: true, formulas: true, mechanisms: true, metrics: true, notes: true,
  })
  .extend({
    /** Path of the model's page on this site (base path included). */
    url: z.string(),
  });
export type ExportRecord = z.infer<typeof exportRecordSchema>;

/** The path of a model's page, under the site's base path. */
export function modelPath(base: string, id: string): string {
  return `${base.replace(/\/?$/, '/')}models/${id}/`;
}

/** A curated entry as an export record (field order as in the schema). */
export function toExportRecord(model: CuratedModel, base: string): ExportRecord {
  const { id, title, short, summary, org, level, sector, region, source, slogans, formulas, mechanisms, metrics, notes } = model;
  return { id, url: modelPath(base, id), title, short, summary, org, level, sector, region, source, slogans, formulas, mechanisms, metrics, notes };
}

/** /data/models.json */
export function modelsJson(models: readonly CuratedModel[], base: string): string {
  return `${JSON.stringify(models.map((m) => toExportRecord(m, base)), null, 2)}\n`;
}

/** /data/models.schema.json: JSON Schema (draft 2020-12) generated from the Zod schema of a record. */
export function modelsJsonSchema(siteUrl: string): string {
  const schema = z.toJSONSchema(z.array(exportRecordSchema), { io: 'output', target: 'draft-2020-12' });
  return `${JSON.stringify({ $id: new URL('data/models.schema.json', siteUrl).href, title: 'Party-building-led ecology models', ...schema }, null, 2)}\n`;
}

/** Excel reads a UTF-8 CSV as UTF-8 (and shows Chinese correctly) only when it starts with a BOM. */
const BOM = '\uFEFF';

const flag = (value: boolean) => (value ? 'true' : 'false');

/** /data/metrics.csv: one row per figure, with the paragraph link and the quote. */
export function metricsCsv(models: readonly CuratedModel[], base: string): string {
  const rows = models.flatMap((model) =>
    model.metrics.map((metric, index) => ({
      model_id: model.id,
      metric_index: String(index + 1),
      label_zh: metric.label.zh,
      label_en: metric.label.en,
      value: String(metric.value),
      unit: metric.unit,
      normalized_value: metric.normalized ? String(metric.normalized.value) : '',
      normalized_unit: metric.normalized?.unit ?? '',
      approx: flag(metric.approx),
      bound: metric.bound ?? '',
      year: metric.year === null ? '' : String(metric.year),
      category: metric.category,
      paragraph: String(metric.paragraph),
      url: `${modelPath(base, model.id)}#p-${metric.paragraph}`,
      quote: metric.quote,
    })),
  );
  return BOM + csvFormat(rows, METRIC_COLUMNS) + '\n';
}
export const METRIC_COLUMNS = [
  'model_id', 'metric_index', 'label_zh', 'label_en', 'value', 'unit', 'normalized_value', 'normalized_unit',
  'approx', 'bound', 'year', 'category', 'paragraph', 'url', 'quote',
] as const;

/** /data/mechanisms.csv: one row per mechanism, with its category's names. */
export function mechanismsCsv(models: readonly CuratedModel[], categories: readonly MechanismCategory[], base: string): string {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const rows = models.flatMap((model) =>
    model.mechanisms.map((mechanism) => ({
      model_id: model.id,
      name: mechanism.name,
      category: mechanism.category,
      category_zh: byId.get(mechanism.category)?.name.zh ?? '',
      category_en: byId.get(mechanism.category)?.name.en ?? '',
      summary_en: mechanism.summary_en,
      terms: mechanism.terms.join(' '),
      paragraph: String(mechanism.paragraph),
      url: `${modelPath(base, model.id)}#p-${mechanism.paragraph}`,
      quote: mechanism.quote,
    })),
  );
  return BOM + csvFormat(rows, MECHANISM_COLUMNS) + '\n';
}
export const MECHANISM_COLUMNS = [
  'model_id', 'name', 'category', 'category_zh', 'category_en', 'summary_en', 'terms', 'paragraph', 'url', 'quote',
] as const;

/** The collection-wide open-data files, each of which may be split by province. */
export const OPEN_DATA_FILES = ['models.json', 'metrics.csv', 'mechanisms.csv'] as const;
export type OpenDataFile = (typeof OPEN_DATA_FILES)[number];

/** One open-data file: its path under /data/ and its contents. */
export interface OpenDataPart {
  path: string;
  body: string;
}

/** The contents of one open-data file for some models. */
export function openDataBody(name: OpenDataFile, models: readonly CuratedModel[], categories: readonly MechanismCategory[], base: string): string {
  if (name === 'models.json') return modelsJson(models, base);
  if (name === 'metrics.csv') return metricsCsv(models, base);
  return mechanismsCsv(models, categories, base);
}

/**
 * The files of one open-data export: the whole collection in /data/<name> while it fits `limit` bytes, else one
 * file per province at /data/region/<key>/<name>, the same format for that province's models (a reader who
 * fetches every part has every record, each once). Whole while it fits, because the URL of the whole file is
 * published (tests/stable-urls.txt) and a reader wants one file; split above, because no common host serves a
 * file of hundreds of MB and nobody opens one in Excel.
 */
export function openDataParts(
  name: OpenDataFile,
  models: readonly CuratedModel[],
  categories: readonly MechanismCategory[],
  base: string,
  limit: number = MAX_FILE_BYTES,
): OpenDataPart[] {
  // Once per build: the endpoints write these parts and every page with OpenDataLinks asks for their paths.
  return partsOnce(models, categories, `${name} ${base} ${limit}`, () => partsOf(name, models, categories, base, limit));
}
const partsOnce = memoPerCollectionAnd<OpenDataPart[]>();

function partsOf(name: OpenDataFile, models: readonly CuratedModel[], categories: readonly MechanismCategory[], base: string, limit: number): OpenDataPart[] {
  const whole = openDataBody(name, models, categories, base);
  if (fitsOneFile(whole, limit)) return [{ path: name, body: whole }];
  // Every province's models, whatever the site-wide pages' limit: this split is by file size.
  return (regionGroups(models, 0) ?? []).map((region) => ({ path: `region/${region.key}/${name}`, body: openDataBody(name, region.models, categories, base) }));
}

/** Which files each open-data export is written as (paths under /data/), for the pages that link them. */
export function openDataPaths(
  models: readonly CuratedModel[],
  categories: readonly MechanismCategory[],
  base: string,
  limit: number = MAX_FILE_BYTES,
): Record<OpenDataFile, string[]> {
  return pathsOnce(models, categories, `${base} ${limit}`, () =>
    Object.fromEntries(OPEN_DATA_FILES.map((name) => [name, openDataParts(name, models, categories, base, limit).map((part) => part.path)])) as Record<OpenDataFile, string[]>,
  );
}
const pathsOnce = memoPerCollectionAnd<Record<OpenDataFile, string[]>>();
