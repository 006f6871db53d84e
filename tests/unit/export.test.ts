import Ajv2020 from 'ajv/dist/2020.js';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import {
  MECHANISM_COLUMNS, METRIC_COLUMNS, OPEN_DATA_FILES, exportRecordSchema, mechanismsCsv, metricsCsv, modelsJson, modelsJsonSchema,
  openDataBody, openDataParts, openDataPaths,
} from '../../src/lib/export.ts';
import { fitsOneFile, MAX_FILE_BYTES } from '../../src/lib/file-limit.ts';
import { regionGroups } from '../../src/lib/site-wide.ts';
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

describe('open data too large for one file', () => {
  // Three models in two provinces: Hunan (43) twice, Qinghai (63) once.
  const hunan = goodEntry();
  const hunan2 = { ...goodEntry(), id: 'yueyang-fixture' };
  const qinghai = { ...goodEntry(), id: 'xining-fixture', region: { ...goodEntry().region, adcode: '630100' } };
  const models = [hunan, hunan2, qinghai];
  const regions = regionGroups(models, 0)!;

  it('is written whole while it fits the limit, at the published address', () => {
    for (const name of OPEN_DATA_FILES) {
      const parts = openDataParts(name, models, CATEGORIES, '/', MAX_FILE_BYTES);
      expect(parts.map((p) => p.path)).toEqual([name]);
      expect(parts[0]!.body).toBe(openDataBody(name, models, CATEGORIES, '/'));
    }
  });

  it('above the limit, one file per province in the same format, every record in exactly one of them', () => {
    const parts = openDataParts('models.json', models, CATEGORIES, '/', 1000);
    expect(parts.map((p) => p.path)).toEqual(regions.map((r) => `region/${r.key}/models.json`));
    const ids = parts.flatMap((p) => (exportRecordSchema.array().parse(JSON.parse(p.body)) as Array<{ id: string }>).map((r) => r.id));
    expect(ids.sort()).toEqual(models.map((m) => m.id).sort());
    const csv = openDataParts('mechanisms.csv', models, CATEGORIES, '/', 1000);
    const rows = csv.flatMap((p) => csvParse(p.body.slice(1)));
    expect(rows).toHaveLength(models.flatMap((m) => m.mechanisms).length);
    for (const part of csv) expect(part.body.startsWith('\uFEFF')).toBe(true);
  });

  it('tells the pages which files exist', () => {
    const paths = openDataPaths(models, CATEGORIES, '/', 100);
    expect(paths['metrics.csv']).toEqual(regions.map((r) => `region/${r.key}/metrics.csv`));
    expect(openDataPaths(models, CATEGORIES, '/')['models.json']).toEqual(['models.json']);
  });
});

describe('one file on a common host', () => {
  it('is measured in UTF-8 bytes, not characters: Chinese text takes three bytes a character', () => {
    expect(fitsOneFile('林'.repeat(10), 30)).toBe(true);
    expect(fitsOneFile('林'.repeat(10), 29)).toBe(false);
    expect(MAX_FILE_BYTES).toBeLessThan(25 * 2 ** 20);
  });
});
