import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEntries, readEntry } from '../../src/lib/entries/read.ts';
import { explainParse } from '../../src/lib/entries/schema-issues.ts';
import { dumpYaml } from '../../src/lib/ingest/frontmatter.ts';
import { modelSchema } from '../../src/schemas/model.ts';
import { goodEntry } from '../fixtures/curated-entry.ts';
import { proposedDraft } from '../fixtures/draft-entry.ts';

const explain = (data: unknown) => explainParse(modelSchema, data)?.split('\n') ?? [];

describe('schema errors a curator can act on', () => {
  it('a string over its limit gives the length found and the limit', () => {
    const entry = goodEntry();
    entry.short.zh = '临湘市林业局“336”党建模式简称过长';
    expect(explain(entry)).toEqual(['short.zh: is 19 characters long (“临湘市林业局“336”党建模式简称过长”); at most 16 characters allowed']);
  });

  it('a string under its limit gives the length found and the limit', () => {
    const entry = goodEntry();
    entry.mechanisms[0]!.summary_en = 'Leaders.';
    expect(explain(entry)).toEqual(['mechanisms.0.summary_en: is 8 characters long (“Leaders.”); at least 10 characters required']);
  });

  it("a draft's English, which may also be '', gets the same length message", () => {
    const draft = proposedDraft();
    draft.mechanisms[0]!.summary_en = 'Leaders.';
    expect(explain(draft)).toEqual(['mechanisms.0.summary_en: is 8 characters long (“Leaders.”); at least 10 characters required']);
  });

  it('an empty string says so', () => {
    const entry = goodEntry();
    entry.title.en = '';
    expect(explain(entry)).toEqual(['title.en: is empty; at least 1 character required']);
  });

  it('a list that must not be empty gives its size', () => {
    const entry = goodEntry();
    entry.mechanisms = [];
    expect(explain(entry)).toEqual(['mechanisms: has 0 items; at least 1 required']);
  });

  it('a number out of range gives the value and the bound', () => {
    const entry = goodEntry();
    entry.metrics[0]!.year = 24;
    expect(explain(entry)).toEqual(['metrics.0.year: is 24; must be at least 1949']);
  });

  it('other errors keep their message', () => {
    const entry = goodEntry();
    (entry as { level: string }).level = 'city';
    expect(explain(entry)[0]).toMatch(/^level: Invalid option/);
  });
});

describe('reading entries from disk explains schema errors the same way', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-read-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'content', 'models'), { recursive: true });
  const entry = goodEntry();
  entry.short.zh = '一个远远超过十六个字的简称用来测试长度错误信息';
  writeFileSync(join(root, 'content', 'models', `${entry.id}.mdx`), `---\n${dumpYaml(entry as unknown as Record<string, unknown>)}---\n\n正文。\n`);

  it('readEntries reports the field, the length and the limit', () => {
    expect(readEntries(root).issues).toEqual([
      { file: 'content/models/linxiang-fixture.mdx', field: 'short.zh', reason: 'is 23 characters long (“一个远远超过十六个字的简称用来测试长度错误信息”); at most 16 characters allowed' },
    ]);
  });

  it('readEntry throws naming the file, field, length and limit', () => {
    expect(() => readEntry(root, entry.id)).toThrow('content/models/linxiang-fixture.mdx: short.zh: is 23 characters long');
  });
});
