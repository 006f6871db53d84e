import { describe, expect, it } from 'vitest';
import { modelSchema } from '../../src/schemas/model.ts';
import { goodEntry } from '../fixtures/curated-entry.ts';

/** The issues Zod reports, as `path: message` lines a curator reads. */
function problems(data: unknown): string[] {
  const result = modelSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

type Mutation = [field: string, mutate: (entry: ReturnType<typeof goodEntry>) => void, expected: RegExp];

// One bad fixture per field: each breaks exactly one thing, and the error must name that field.
const BAD: Mutation[] = [
  ['id', (e) => { e.id = 'Linxiang 336'; }, /^id: must be a slug/],
  ['title', (e) => { e.title.en = ''; }, /^title\.en: /],
  ['summary', (e) => { delete (e.summary as Partial<typeof e.summary>).zh; }, /^summary\.zh: /],
  ['org', (e) => { e.org = { zh: '临湘市林业局' } as never; }, /^org\.en: /],
  ['level', (e) => { e.level = 'city' as never; }, /^level: /],
  ['sector', (e) => { e.sector = 'farming' as never; }, /^sector: /],
  ['region.adcode', (e) => { e.region.adcode = '43068'; }, /^region\.adcode: must be a six-digit GB\/T 2260 code/],
  ['region.provenance', (e) => { e.region.provenance = 'guessed' as never; }, /^region\.provenance: /],
  ['source.sha256', (e) => { e.source.sha256 = 'abc'; }, /^source\.sha256: /],
  ['source.published', (e) => { e.source.published = '2021年7月27日'; }, /^source\.published: must be YYYY-MM-DD/],
  ['source.url', (e) => { e.source.url = 'not a url'; }, /^source\.url: /],
  ['source.retrieved', (e) => { e.source.retrieved = '2026/11/22'; }, /^source\.retrieved: must be a date/],
  ['source.script', (e) => { e.source.script = 'mixed' as never; }, /^source\.script: /],
  ['slogans.kind', (e) => { e.slogans[0]!.kind = 'motto' as never; }, /^slogans\.0\.kind: /],
  ['slogans.quote', (e) => { e.slogans[0]!.quote = ''; }, /^slogans\.0\.quote: /],
  ['formulas.expansion', (e) => { e.formulas[0]!.expansion = 'full' as never; }, /^formulas\.0\.expansion: /],
  ['formulas.components', (e) => { e.formulas[0]!.components[0]!.label = ''; }, /^formulas\.0\.components\.0\.label: /],
  ['mechanisms', (e) => { e.mechanisms = []; }, /^mechanisms: /],
  ['mechanisms.category', (e) => { e.mechanisms[0]!.category = 'Liaison Points'; }, /^mechanisms\.0\.category: must be a slug/],
  ['mechanisms.summary_en', (e) => { e.mechanisms[0]!.summary_en = 'short'; }, /^mechanisms\.0\.summary_en: /],
  ['metrics.value', (e) => { (e.metrics[0] as { value: unknown }).value = '142'; }, /^metrics\.0\.value: /],
  ['metrics.bound', (e) => { e.metrics[0]!.bound = 'above' as never; }, /^metrics\.0\.bound: /],
  ['metrics.category', (e) => { e.metrics[0]!.category = 'villages' as never; }, /^metrics\.0\.category: /],
  ['metrics.year', (e) => { e.metrics[0]!.year = 24; }, /^metrics\.0\.year: /],
  ['metrics.paragraph', (e) => { e.metrics[0]!.paragraph = 0; }, /^metrics\.0\.paragraph: /],
  ['excluded.reason', (e) => { e.excluded[0]!.reason = 'boring' as never; }, /^excluded\.0\.reason: /],
  ['draft', (e) => { (e as { draft: unknown }).draft = 'no'; }, /^draft: /],
];

describe('curated model schema', () => {
  it('accepts the good fixture', () => {
    expect(problems(goodEntry())).toEqual([]);
  });

  it.each(BAD)('rejects a bad %s with a readable error naming the field', (_field, mutate, expected) => {
    const entry = goodEntry();
    mutate(entry);
    const found = problems(entry);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((line) => expected.test(line)), found.join('\n')).toBe(true);
  });

  it('only describes a place: names are checked against GB/T 2260 by the integrity rules (tests/unit/integrity.test.ts)', () => {
    const entry = goodEntry();
    entry.region.province = '火星省';
    expect(problems(entry)).toEqual([]);
  });

  it('accepts a draft with only what ingest writes', () => {
    const { id, title, source, paragraphs, headings, cleaning, candidates } = goodEntry();
    const draft = { id, draft: true, title: { zh: title.zh, en: '' }, source: { ...source, published: '2022-09-26 09:26:10' }, paragraphs, headings, cleaning, candidates };
    expect(problems(draft)).toEqual([]);
  });
});
