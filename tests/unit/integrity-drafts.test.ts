import { describe, expect, it } from 'vitest';
import { checkEntry, entryWarnings, formatIssues } from '../../src/lib/integrity.ts';
import { PARAGRAPHS } from '../fixtures/curated-entry.ts';
import { proposedDraft } from '../fixtures/draft-entry.ts';

const TAXONOMY = { categories: new Set(['liaison']), terms: new Set<string>() };
const asEntry = (data: ReturnType<typeof proposedDraft>) => ({ file: `content/models/${data.id}.mdx`, data, paragraphs: PARAGRAPHS });

describe('a draft full of proposals', () => {
  it('passes the integrity rules: proposals and empty English are what a draft may hold', () => {
    expect(checkEntry(asEntry(proposedDraft()), TAXONOMY)).toEqual([]);
  });

  it('gets the same rules on its facts as a curated entry', () => {
    const draft = proposedDraft();
    draft.metrics[1]!.quote = '带动就业3万余人';
    draft.region!.county = '临湘县';
    expect(checkEntry(asEntry(draft), TAXONOMY).map((i) => i.field)).toEqual(['region.county', 'metrics[1].quote']);
  });

  it('has its unused candidate numbers as warnings, not errors', () => {
    const warnings = entryWarnings(asEntry(proposedDraft()));
    expect(formatIssues(warnings)).toBe('content/models/linxiang-fixture.mdx: candidates.numbers[1]: warning: “2000亩” in ¶3 is neither a metric nor listed in excluded');
  });

  it('a curated entry has no warnings: its unused candidates are errors', () => {
    const curated = { ...proposedDraft(), draft: false } as unknown as Parameters<typeof entryWarnings>[0]['data'];
    expect(entryWarnings({ file: 'x', data: curated, paragraphs: PARAGRAPHS })).toEqual([]);
  });

  it('a draft without a region is not checked for one', () => {
    const draft = proposedDraft();
    draft.region = null;
    expect(checkEntry(asEntry(draft), TAXONOMY)).toEqual([]);
  });
});
