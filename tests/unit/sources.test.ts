import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../../src/lib/ingest/manifest.ts';

const dir = new URL('../../content/sources/', import.meta.url);
const manifest = manifestSchema.parse(JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')));

describe('raw sources', () => {
  it('records the five files as received', () => {
    expect(manifest.map((e) => e.original).sort()).toEqual([
      '000_b6b269a15c5ff86a.txt',
      '001_9acf895752fafaaa.txt',
      '002_20bbdc21b865b5d2.txt',
      '003_578b1d4d3a50e363.txt',
      '004_da819688b15fa27d.txt',
    ]);
  });

  it('has a manifest entry for every raw file and a raw file for every entry', () => {
    const files = readdirSync(dir).filter((f) => /\.(txt|html|htm)$/.test(f)).sort();
    expect(manifest.map((e) => e.file).sort()).toEqual(files);
  });

  it.each(manifest)('$file still matches its recorded sha256 and size', (entry) => {
    const bytes = readFileSync(new URL(entry.file, dir));
    expect(bytes.length).toBe(entry.bytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
  });

  it('records script as the sources README describes it', () => {
    const script = Object.fromEntries(manifest.map((e) => [e.original.slice(0, 3), e.script]));
    expect(script).toEqual({ '000': 'traditional', '001': 'simplified', '002': 'simplified', '003': 'simplified', '004': 'traditional' });
  });
});
