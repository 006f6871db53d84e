import Ajv2020 from 'ajv/dist/2020.js';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import {
  MECHANISM_COLUMNS, METRIC_COLUMNS, exportRecordSchema, mechanismsCsv, metricsCsv, modelsJson, modelsJsonSchema,
} from '../../src/lib/export.ts';
import { goodEntry } from '../fixtures/curated-entry.ts';

const CATEGORIES = [
  { id: 'liaison', name: { zh: '联点包保', en: 'Liaison points and pairing' }, definition: { zh: '定义', en: 'Definition' }, aliases: { zh: [], traditional: [], pinyin: [], en: [] } },
];

describe('/data/models.json', () => {
  const json = modelsJson([goodEntry()], '/atlas/');
  const records = JSON.parse(json) as unknown[];

  it('holds one record per model with the page path under the base', () => {
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ id: 'linxiang-fixture', url: '/atlas/models/linxiang-fixture/' });
  });

  it('keeps the curated fields exactly as in the entry', () => {
    const { id, title, short, summary, org, level, sector, region, source, slogans, formulas, mechanisms, metrics, notes } = goodEntry();
    expect(records[0]).toEqual({ id, url: '/atlas/models/linxiang-fixture/', title, short, summary, org, level, sector, region, source, slogans, formulas, mechanisms, metrics, notes });
  });

  it('round-trips through the Zod record schema', () => {
    expect(exportRecordSchema.array().parse(records)).toEqual(records);
  });

  it('validates against the generated JSON Schema, which rejects a broken record', () => {
    const schema = JSON.parse(modelsJsonSchema('https://example.org/'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(records), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(records) as Array<{ metrics: Array<{ value: unknown }> }>;
    broken[0]!.metrics[0]!.value = 'many';
    expect(validate(broken)).toBe(false);
  });
});

describe('CSV downloads', () => {
  it('metrics.csv starts with a BOM and parses back to the metrics', () => {
    const csv = metricsCsv([goodEntry()], '/');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csvParse(csv.slice(1));
    expect(rows.columns).toEqual([...METRIC_COLUMNS]);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      model_id: 'linxiang-fixture', label_zh: '带动就业', value: '2', unit: '万人', normalized_value: '20000',
      normalized_unit: '人', approx: 'true', bound: '', url: '/models/linxiang-fixture/#p-3', quote: '带动就业2万余人',
    });
  });

  it('mechanisms.csv carries category names and quotes with commas intact', () => {
    const entry = goodEntry();
    entry.mechanisms[0]!.quote = '二是建立联点机制。';
    entry.mechanisms[0]!.summary_en = 'Leaders, each with a unit, guide "their" village.';
    const rows = csvParse(mechanismsCsv([entry], CATEGORIES, '/').slice(1));
    expect(rows.columns).toEqual([...MECHANISM_COLUMNS]);
    expect(rows[0]).toMatchObject({ category_zh: '联点包保', summary_en: 'Leaders, each with a unit, guide "their" village.', url: '/models/linxiang-fixture/#p-2' });
  });
});
