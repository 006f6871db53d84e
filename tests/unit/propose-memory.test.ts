import { describe, expect, it } from 'vitest';
import { buildMemory } from '../../src/lib/propose/index.ts';
import type { Model } from '../../src/schemas/model.ts';
import { proposeText, testTaxonomy } from '../fixtures/propose/context.ts';

/** A minimal entry holding only what the memory reads. */
function entry(parts: Partial<Record<'slogans' | 'formulas' | 'metrics' | 'mechanisms', unknown[]>> & { org?: { zh: string; en: string; review?: 'proposed' } }): Model {
  return {
    title: { zh: '标题', en: 'Title' },
    short: null,
    org: parts.org ?? null,
    slogans: parts.slogans ?? [],
    formulas: parts.formulas ?? [],
    metrics: parts.metrics ?? [],
    mechanisms: parts.mechanisms ?? [],
  } as unknown as Model;
}
const { categories, glossary } = testTaxonomy();

describe('translation memory', () => {
  it('gives English only for exactly the same Chinese, by kind, and lists every field left empty', () => {
    const memory = buildMemory(
      [
        entry({
          org: { zh: '安化县林业局', en: 'Anhua County Forestry Bureau' },
          slogans: [{ text: '绿色安化', kind: 'brand', en: 'Green Anhua' }],
          metrics: [{ label: { zh: '党员先锋岗', en: 'Party-member vanguard posts' } }],
        }),
      ],
      categories,
      glossary,
    );
    const { fields, proposal } = proposeText(['安化县林业局打造“绿色安化”党建品牌,设立党员先锋岗28个,开展“绿色安化行”活动。'], { memory });
    expect(fields.org).toMatchObject({ zh: '安化县林业局', en: 'Anhua County Forestry Bureau' });
    expect(fields.slogans.map((s) => [s.text, s.en])).toEqual([['绿色安化', 'Green Anhua'], ['绿色安化行', '']]);
    expect(fields.metrics[0]?.label).toEqual({ zh: '党员先锋岗', en: 'Party-member vanguard posts' });
    expect(proposal.untranslated).toContain('slogans[1].en');
    expect(proposal.untranslated).not.toContain('slogans[0].en');
    expect(proposal.untranslated).not.toContain('org.en');
  });

  it('never learns from proposed items or empty English', () => {
    const memory = buildMemory(
      [entry({ org: { zh: '安化县林业局', en: 'Guess', review: 'proposed' }, slogans: [{ text: '绿色安化', kind: 'brand', en: '' }] })],
      categories,
      glossary,
    );
    expect(memory.translate('org', '安化县林业局')).toBeNull();
    expect(memory.translate('slogan', '绿色安化')).toBeNull();
    expect(memory.slogans).toEqual([{ text: '绿色安化', kind: 'brand' }]);
  });

  it('the most used translation wins, the first written on a tie', () => {
    const memory = buildMemory(
      [
        entry({ slogans: [{ text: '两山', kind: 'requirement', en: 'Two mountains' }] }),
        entry({ slogans: [{ text: '两山', kind: 'requirement', en: 'The two mountains idea' }] }),
        entry({ slogans: [{ text: '两山', kind: 'requirement', en: 'The two mountains idea' }] }),
      ],
      categories,
      glossary,
    );
    expect(memory.translate('slogan', '两山')).toBe('The two mountains idea');
  });

  it('taxonomy and glossary names translate any kind of text; a mechanism’s summary comes only from a mechanism', () => {
    const memory = buildMemory([], categories, glossary);
    expect(memory.translate('slogan', '林长制')).toBe(glossary.find((g) => g.term === '林长制')?.en);
    expect(memory.translate('mechanism', '林长制')).toBeNull();
  });
});
