import { describe, expect, it } from 'vitest';
import { countPrefilled } from '../../src/lib/propose/prefill.ts';
import { scoreDraft, totalScore } from '../../src/lib/propose/score.ts';
import { goodEntry } from '../fixtures/curated-entry.ts';

/** The eval's scorer on hand-made pairs, so the figures curate:eval prints are themselves tested. */
describe('scoring proposals against a curated entry', () => {
  const curated = goodEntry();

  it('a draft identical to the curated entry scores full marks and prefills every field', () => {
    const score = scoreDraft(curated, structuredClone(curated) as never);
    expect(score).toMatchObject({
      metrics: { curated: 2, exact: 2, proposed: 2, wrong: 0 },
      formulas: { curated: 1, found: 1 },
      components: { curated: 3, found: 3 },
      slogans: { curated: 1, found: 1, proposed: 1 },
      categories: { curated: 1, proposed: 1, common: 1 },
      region: true,
      title: true,
    });
    expect(score.fields.same).toBe(score.fields.total);
    expect(score.fields.filled).toBe(score.fields.total);
  });

  it('an empty draft prefills nothing but its id', () => {
    const score = scoreDraft(curated, { id: curated.id });
    expect(score.metrics).toEqual({ curated: 2, exact: 0, proposed: 0, wrong: 0 });
    expect(score.fields).toMatchObject({ same: 1, filled: 1 });
  });

  it('counts leaf fields: objects by key, list items by identity, plain lists value by value', () => {
    const small = { id: 'x', title: { zh: '甲', en: 'A' }, metrics: [{ value: 1, unit: '个', paragraph: 1, quote: '1个' }], mechanisms: [{ name: '机制', terms: ['a', 'b'] }] };
    const draft = { id: 'x', title: { zh: '甲', en: '' }, metrics: [{ value: 1, unit: '个', paragraph: 1, quote: '共1个' }], mechanisms: [{ name: '机制', terms: ['b'] }] };
    // id, title.zh, title.en, 4 metric leaves, mechanism name and its 2 terms: 10 leaves.
    expect(countPrefilled(small, draft)).toEqual({ total: 10, same: 7, filled: 9 });
  });

  it('counts a note in two languages as one field, prefilled only when both halves match', () => {
    const note = { zh: '原文只写临湘市。', en: 'The text names only 临湘市.' };
    const small = { region: { adcode: '430682', note }, formulas: [{ code: '336', expansion_note: note }] };
    // adcode, region.note, formula code, its expansion_note: 4 fields.
    expect(countPrefilled(small, { region: { adcode: '430682', note: { zh: note.zh, en: '' } }, formulas: [{ code: '336', expansion_note: note }] })).toEqual({ total: 4, same: 3, filled: 4 });
    expect(countPrefilled(small, { region: { adcode: '430682', note: null }, formulas: [{ code: '336', expansion_note: null }] })).toEqual({ total: 4, same: 2, filled: 2 });
  });

  it('scores a draft that gets some things right and some wrong', () => {
    const draft = structuredClone(curated) as unknown as Record<string, unknown> & typeof curated;
    draft.metrics = [
      { ...curated.metrics[0]!, unit: '村' }, // wrong unit: not exact, and a wrong proposal
      curated.metrics[1]!,
      { ...curated.metrics[1]!, value: 3, paragraph: 2 }, // an invented figure
    ];
    draft.formulas[0]!.components = draft.formulas[0]!.components.slice(0, 2);
    draft.mechanisms = [{ ...curated.mechanisms[0]!, category: 'assessment' }];
    draft.region = { ...curated.region, county: null, adcode: '430600' };
    draft.title = { zh: '别的标题', en: '' };
    draft.slogans = [];
    const score = scoreDraft(curated, draft);
    expect(score.metrics).toEqual({ curated: 2, exact: 1, proposed: 3, wrong: 2 });
    expect(score.components).toEqual({ curated: 3, found: 2 });
    expect(score.categories).toEqual({ curated: 1, proposed: 1, common: 0 });
    expect(score.slogans).toMatchObject({ found: 0, proposed: 0 });
    expect(score).toMatchObject({ region: false, title: false });
    expect(score.fields.same).toBeLessThan(score.fields.total);
  });

  it('adds entries up; region and title count the entries right', () => {
    const good = scoreDraft(curated, structuredClone(curated) as never);
    const empty = scoreDraft(curated, { id: curated.id });
    const total = totalScore([good, empty]);
    expect(total.metrics).toEqual({ curated: 4, exact: 2, proposed: 2, wrong: 0 });
    expect(total).toMatchObject({ region: 1, title: 1 });
    expect(total.fields.total).toBe(good.fields.total * 2);
  });
});
