/**
 * Held-out set B (tests/fixtures/holdout-b, scripts/lib/holdout.ts): the clean out-of-sample measure, written after
 * the rules were revised on set A. Its keys are curated entries that pass the schema and every integrity rule, they
 * still match what ingest makes of their pages, the encoded pages are what make.mjs builds from their UTF-8
 * originals, and the eval runs on them with a memory no held-out key feeds. No score is asserted: the table is a
 * measurement, not a target (a test that held the score would invite tuning the rules to these pages).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readEntries, readTaxonomyIds } from '../../src/lib/entries/read.ts';
import { formatOf } from '../../src/lib/ingest/html.ts';
import { ingestBytes } from '../../src/lib/ingest/index.ts';
import { checkCollection } from '../../src/lib/integrity.ts';
import {
  checkHoldoutHashes,
  evaluateHoldoutPage,
  HOLDOUT_B_DIR,
  HOLDOUT_DIR,
  HOLDOUT_SETS,
  holdoutContext,
  memoryEntries,
  readHoldout,
  type HoldoutPage,
} from '../../scripts/lib/holdout.ts';

const root = process.cwd();
const { pages, issues } = readHoldout(root, HOLDOUT_B_DIR);
const ids = pages.map((p) => p.data.id);
const setA = readHoldout(root, HOLDOUT_DIR).pages;

describe('held-out set B keys', () => {
  it('are six curated entries that pass the curated schema, each with its page beside it', () => {
    expect(issues).toEqual([]);
    expect(ids).toEqual([
      'holdoutb-chizhou-river-chief',
      'holdoutb-dingxi-greening',
      'holdoutb-huangyangao-forest-farm',
      'holdoutb-pingnan-town-forest-chief',
      'holdoutb-shunchang-forestry',
      'holdoutb-yunnan-protected-areas',
    ]);
    for (const page of pages) expect(page.data.draft).toBe(false);
  });

  it('pass every integrity rule, checked beside the real entries and set A’s keys (no id shared)', () => {
    const real = readEntries(root).entries;
    const asEntries = [...setA, ...pages].map((p) => ({ ...p, file: `content/models/${p.data.id}.mdx` }));
    expect(checkCollection([...real, ...asEntries], readTaxonomyIds(root))).toEqual([]);
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

  it('cover the encodings and layouts the set was made for', () => {
    const encodings = pages.map((p) => `${p.data.source.encoding}${p.page.endsWith('.html') ? ' html' : ''}`).sort();
    expect(encodings).toEqual(['Big5', 'GB18030', 'UTF-16BE', 'UTF-8', 'UTF-8', 'UTF-8 html']);
    expect(pages.find((p) => p.data.source.script === 'traditional')?.data.source.encoding).toBe('Big5');
  });
});

describe('held-out set B pages in their encodings', () => {
  const original = (id: string) => readFileSync(join(root, HOLDOUT_B_DIR, `${id}.utf8.txt`), 'utf8');
  const page = (name: string) => readFileSync(join(root, HOLDOUT_B_DIR, name));
  it('are the bytes make.mjs builds from the UTF-8 originals (GBK with CRLF, Big5, UTF-16BE with a BOM)', () => {
    expect(page('holdoutb-shunchang-forestry.txt').equals(iconv.encode(original('holdoutb-shunchang-forestry').replace(/\n/g, '\r\n'), 'gbk'))).toBe(true);
    expect(page('holdoutb-huangyangao-forest-farm.txt').equals(iconv.encode(original('holdoutb-huangyangao-forest-farm'), 'cp950'))).toBe(true);
    const utf16 = page('holdoutb-chizhou-river-chief.txt');
    expect([...utf16.subarray(0, 2)]).toEqual([0xfe, 0xff]);
    expect(iconv.decode(utf16.subarray(2), 'utf-16be')).toBe(original('holdoutb-chizhou-river-chief'));
  });
});

describe('the held-out set B eval', () => {
  it('is one of the sets curate:eval prints, after set A, and the only one without the stale-measure caveat', () => {
    expect(HOLDOUT_SETS.map((s) => s.dir)).toEqual([HOLDOUT_DIR, HOLDOUT_B_DIR]);
    expect(HOLDOUT_SETS[0]!.caveat).toMatch(/no longer an out-of-sample measure/);
    expect(HOLDOUT_SETS[1]!.caveat).not.toMatch(/no longer/);
  });

  it('builds its memory from the curated content/ entries only', () => {
    const curated = readEntries(root).entries.filter((e) => !e.data.draft).map((e) => e.data.id);
    expect(memoryEntries(root, [...setA.map((p) => p.data.id), ...ids]).map((e) => e.id)).toEqual(curated);
  });

  it('proposes every page and scores it against its key with the eval scorer', () => {
    const context = holdoutContext(root, [...setA.map((p) => p.data.id), ...ids]);
    for (const page of pages) {
      const { after } = evaluateHoldoutPage(root, page, context);
      expect(after.id).toBe(page.data.id);
      expect(after.metrics.curated).toBe(page.data.metrics.length);
      expect(after.formulas.curated).toBe(page.data.formulas.length);
      expect(after.slogans.curated).toBe(page.data.slogans.length);
      expect(after.fields.total).toBeGreaterThan(0);
    }
  }, 60_000);
});
