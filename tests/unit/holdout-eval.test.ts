/**
 * The held-out pages and their answer keys (tests/fixtures/holdout, scripts/lib/holdout.ts): the keys are curated
 * entries that pass the schema and every integrity rule, they still match what ingest makes of their pages, the
 * encoded pages are what make.mjs builds from their UTF-8 originals, and the eval runs on them with a memory the
 * keys do not feed. No score is asserted: the held-out table is a measurement, not a target.
 */
import { cpSync, copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEntries, readTaxonomyIds } from '../../src/lib/entries/read.ts';
import { formatOf } from '../../src/lib/ingest/html.ts';
import { ingestBytes } from '../../src/lib/ingest/index.ts';
import { checkCollection } from '../../src/lib/integrity.ts';
import { evaluate } from '../../src/lib/propose/evaluate.ts';
import { checkHoldoutHashes, evaluateHoldoutPage, HOLDOUT_DIR, holdoutContext, memoryEntries, readHoldout, type HoldoutPage } from '../../scripts/lib/holdout.ts';

const root = process.cwd();
const { pages, issues } = readHoldout(root);
const ids = pages.map((p) => p.data.id);

describe('held-out keys', () => {
  it('are six curated entries that pass the curated schema, each with its page beside it', () => {
    expect(issues).toEqual([]);
    expect(ids).toEqual([
      'holdout-genhe-forest-bureau',
      'holdout-jinping-forestry',
      'holdout-linyi-ecology-environment',
      'holdout-liuba-forest-chief',
      'holdout-sichuan-forestry-grassland',
      'holdout-xiaoxita-greening-plan',
    ]);
    for (const page of pages) expect(page.data.draft).toBe(false);
  });

  it('pass every integrity rule, checked as if they sat in content/models beside the real entries (no id shared)', () => {
    const real = readEntries(root).entries;
    const asEntries = pages.map((p) => ({ ...p, file: `content/models/${p.data.id}.mdx` }));
    expect(checkCollection([...real, ...asEntries], readTaxonomyIds(root))).toEqual([]);
    expect(real.map((e) => e.data.id).filter((id) => ids.includes(id))).toEqual([]);
  });

  it('were curated from the pages as they are (sha256)', () => {
    expect(checkHoldoutHashes(root, pages)).toEqual([]);
  });

  it.each(pages.map((p) => [p.data.id, p] as const))('%s: its body is what ingest makes of the page today', (_id, page: HoldoutPage) => {
    const result = ingestBytes(readFileSync(join(root, page.page)), { format: formatOf(page.page) ?? 'text' });
    expect(result.paragraphs).toEqual(page.paragraphs);
    expect(result.encoding).toBe(page.data.source.encoding);
    expect(page.data.paragraphs).toBe(page.paragraphs.length);
  });
});

describe('held-out pages in their encodings', () => {
  const original = (id: string) => readFileSync(join(root, HOLDOUT_DIR, `${id}.utf8.txt`), 'utf8');
  const page = (name: string) => readFileSync(join(root, HOLDOUT_DIR, name));
  it('are the bytes make.mjs builds from the UTF-8 originals (GBK with CRLF, Big5, UTF-16LE with a BOM)', () => {
    expect(page('holdout-jinping-forestry.txt').equals(iconv.encode(original('holdout-jinping-forestry').replace(/\n/g, '\r\n'), 'gbk'))).toBe(true);
    expect(page('holdout-genhe-forest-bureau.txt').equals(iconv.encode(original('holdout-genhe-forest-bureau'), 'cp950'))).toBe(true);
    const utf16 = page('holdout-xiaoxita-greening-plan.txt');
    expect([...utf16.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(iconv.decode(utf16.subarray(2), 'utf-16le')).toBe(original('holdout-xiaoxita-greening-plan'));
  });
});

describe('the held-out eval', () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'atlas-holdout-'));
    cpSync(join(root, 'content'), join(scratch, 'content'), { recursive: true });
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('builds its memory from the curated content/ entries only, even with a held-out key copied into content/models', () => {
    const curated = readEntries(root).entries.filter((e) => !e.data.draft).map((e) => e.data.id);
    expect(curated.length).toBeGreaterThan(0);
    copyFileSync(join(root, HOLDOUT_DIR, 'holdout-jinping-forestry.mdx'), join(scratch, 'content', 'models', 'holdout-jinping-forestry.mdx'));
    expect(readEntries(scratch).entries.map((e) => e.data.id)).toContain('holdout-jinping-forestry');
    expect(memoryEntries(scratch, ids).map((e) => e.id)).toEqual(curated);
    expect(memoryEntries(root, ids).map((e) => e.id)).toEqual(curated);
  });

  it('proposes every page and scores it against its key with the eval scorer', () => {
    const context = holdoutContext(root, ids);
    for (const page of pages) {
      const { after } = evaluateHoldoutPage(root, page, context);
      expect(after.id).toBe(page.data.id);
      expect(after.metrics.curated).toBe(page.data.metrics.length);
      expect(after.formulas.curated).toBe(page.data.formulas.length);
      expect(after.slogans.curated).toBe(page.data.slogans.length);
      expect(after.fields.total).toBeGreaterThan(0);
    }
  }, 60_000);

  it('reads a saved web page as a web page: evaluate() takes the format from the raw copy’s name, or as told', () => {
    const context = holdoutContext(root, ids);
    const html = pages.find((p) => p.page.endsWith('.html'))!;
    const bytes = readFileSync(join(root, html.page));
    const byName = evaluate(bytes, html.data, context);
    expect(byName.after.title).toBe(true);
    expect(evaluate(bytes, html.data, context, { format: 'html' }).after).toEqual(byName.after);
    // Read as text, the page's markup and chrome are the body: the headline is not found.
    expect(evaluate(bytes, html.data, context, { format: 'text' }).after.title).toBe(false);
  }, 60_000);
});
