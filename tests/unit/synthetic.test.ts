import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticEntries } from '../../src/lib/bench/synthetic.ts';
import { checkRawHashes, readCuratedTemplates, readEntries, readTaxonomyIds } from '../../src/lib/entries/read.ts';
import { checkCollection } from '../../src/lib/integrity.ts';
import { placesByProvince } from '../../src/lib/regions/index.ts';

const templates = readCuratedTemplates('.');
const places = placesByProvince();
const work = mkdtempSync(join(tmpdir(), 'atlas-synthetic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('synthetic benchmark entries', () => {
  const entries = syntheticEntries(templates, places, 40);

  it('pass the real schema and every integrity rule, with real sources and hashes', () => {
    mkdirSync(join(work, 'content', 'models'), { recursive: true });
    cpSync('content/taxonomy', join(work, 'content', 'taxonomy'), { recursive: true });
    cpSync('content/sources', join(work, 'content', 'sources'), { recursive: true });
    for (const { id, text } of entries) writeFileSync(join(work, 'content', 'models', `${id}.mdx`), text);
    const { entries: read, issues } = readEntries(work);
    expect(issues).toEqual([]);
    expect(read).toHaveLength(40);
    expect(checkCollection(read, readTaxonomyIds(work))).toEqual([]);
    expect(checkRawHashes(work, read)).toEqual([]);
  });

  it('are deterministic: same seed and N, same bytes; another seed, other entries', () => {
    expect(syntheticEntries(templates, places, 40)).toEqual(entries);
    expect(syntheticEntries(templates, places, 40, 7)).not.toEqual(entries);
  });

  it('spread across provinces and vary their mechanisms', () => {
    const many = syntheticEntries(templates, places, 300);
    const provinces = new Set(many.map((e) => /\n {2}province: (\S+)/.exec(e.text)?.[1]));
    expect(provinces.size).toBeGreaterThan(25);
    const mechanismCounts = new Set(many.map((e) => (e.text.match(/\n {2}- name: /g) ?? []).length));
    expect(mechanismCounts.size).toBeGreaterThan(10);
    expect(new Set(many.map((e) => e.id)).size).toBe(300);
  });
});
