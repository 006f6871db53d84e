import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Server } from './harness.ts';

// The open data as the built site serves it: the real endpoints, fetched over HTTP from `astro preview`.
let server: Server;
beforeAll(async () => {
  server = await startPreview();
});
afterAll(async () => server?.stop());

const get = async (path: string) => {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status, path).toBe(200);
  // Raw bytes: Response.text() would silently drop a byte order mark.
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { type: response.headers.get('content-type') ?? '', bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
};

const curatedIds = (JSON.parse(readFileSync('content/sources/manifest.json', 'utf8')) as Array<{ id: string }>)
  .map(({ id }) => id)
  .filter((id) => /^draft: false$/m.test(readFileSync(`content/models/${id}.mdx`, 'utf8')))
  .sort();

describe('open data files in the built site', () => {
  it('/data/models.json lists every curated model and validates against /data/models.schema.json', async () => {
    const models = JSON.parse((await get('data/models.json')).text) as Array<{ id: string; url: string; metrics: unknown[] }>;
    expect(models.map((m) => m.id)).toEqual(curatedIds);
    const schema = JSON.parse((await get('data/models.schema.json')).text);
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(models), JSON.stringify(validate.errors)).toBe(true);
    for (const model of models) {
      const page = await fetch(new URL(model.url, server.url));
      expect(page.status, model.url).toBe(200);
    }
  });

  it('/data/metrics.csv and /data/mechanisms.csv are UTF-8 with a BOM and match models.json', async () => {
    const models = JSON.parse((await get('data/models.json')).text) as Array<{ metrics: unknown[]; mechanisms: unknown[] }>;
    for (const [path, field] of [['data/metrics.csv', 'metrics'], ['data/mechanisms.csv', 'mechanisms']] as const) {
      const { type, bytes, text } = await get(path);
      expect(type).toMatch(/text\/csv/);
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const rows = csvParse(text.slice(1));
      expect(rows.length, path).toBe(models.reduce((n, m) => n + m[field].length, 0));
      expect(rows.every((row) => /#p-\d+$/.test(row['url'] ?? '')), path).toBe(true);
    }
  });
});
