import { describe, expect, it } from 'vitest';
import { untranslatedFields } from '../../src/lib/review/untranslated.ts';
import { langRuns } from '../../src/lib/text/lang-runs.ts';
import { curatedModelSchema, draftModelSchema } from '../../src/schemas/model.ts';
import { goodEntry } from '../fixtures/curated-entry.ts';
import { proposedDraft } from '../fixtures/draft-entry.ts';

/**
 * Notes a reader sees (region, source, a formula's expansion) are {zh, en}, like every other text on a page, so
 * each edition shows its own language: a curated entry needs both halves, a draft may leave the English ''.
 */

const NOTE = { zh: '原文只写临湘市。', en: 'The text names only 临湘市.' };

function curated(edit: (e: ReturnType<typeof goodEntry>) => void) {
  const entry = goodEntry();
  edit(entry);
  return curatedModelSchema.safeParse(entry);
}
function draft(edit: (e: ReturnType<typeof proposedDraft>) => void) {
  const entry = proposedDraft();
  edit(entry);
  return draftModelSchema.safeParse(entry);
}
const issuePaths = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((i) => i.path.join('.'));

describe('bilingual notes in a curated entry', () => {
  it('accepts a region, source and expansion note in both languages, or none', () => {
    expect(curated((e) => { e.region.note = NOTE; e.source.note = NOTE; e.formulas[0]!.expansion_note = NOTE; }).success).toBe(true);
    expect(curated((e) => { e.region.note = null; e.source.note = null; }).success).toBe(true);
  });

  it('refuses a note written as one string (in one language for both editions)', () => {
    const result = curated((e) => { (e.region as { note: unknown }).note = 'The text names only 临湘市.'; });
    expect(issuePaths(result)).toEqual(['region.note']);
    expect(issuePaths(curated((e) => { (e.source as { note: unknown }).note = 'A saved web page.'; }))).toEqual(['source.note']);
    expect(issuePaths(curated((e) => { (e.formulas[0] as { expansion_note: unknown }).expansion_note = 'Not spelled out.'; }))).toEqual(['formulas.0.expansion_note']);
  });

  it('refuses a curated note whose English (or Chinese) is still empty', () => {
    expect(issuePaths(curated((e) => { e.region.note = { zh: NOTE.zh, en: '' }; }))).toEqual(['region.note.en']);
    expect(issuePaths(curated((e) => { e.source.note = { zh: '', en: NOTE.en }; }))).toEqual(['source.note.zh']);
    expect(issuePaths(curated((e) => { e.formulas[0]!.expansion_note = { zh: NOTE.zh, en: '' }; }))).toEqual(['formulas.0.expansion_note.en']);
  });
});

describe('bilingual notes in a draft', () => {
  it('lets the English wait (\'\'), as other draft fields do, but never the Chinese', () => {
    expect(draft((e) => { e.region = { ...e.region!, note: { zh: NOTE.zh, en: '' } }; e.source.note = { zh: NOTE.zh, en: '' }; }).success).toBe(true);
    expect(draft((e) => { e.formulas[0]!.expansion_note = { zh: NOTE.zh, en: '' }; }).success).toBe(true);
    expect(issuePaths(draft((e) => { e.region = { ...e.region!, note: { zh: '', en: NOTE.en } }; }))).toEqual(['region.note.zh']);
  });

  it('keeps review: proposed on the region and source that carry the notes', () => {
    const result = draft((e) => { e.region = { ...e.region!, note: NOTE, review: 'proposed' }; e.source = { ...e.source, note: NOTE, review: 'proposed' }; });
    expect(result.success).toBe(true);
    expect(result.data?.region?.review).toBe('proposed');
  });

  it('lists each note left untranslated for the review tool, with its Chinese', () => {
    const entry = proposedDraft();
    entry.region = { ...entry.region!, note: { zh: '正文写“临湘市”。', en: '' } };
    entry.source.note = { zh: '保存的网页。', en: '' };
    entry.formulas[0]!.expansion_note = { zh: '原文未展开。', en: '' };
    const fields = untranslatedFields(entry).filter((f) => /note/.test(f.field));
    expect(fields).toEqual([
      { field: 'region.note.en', paragraph: null, text: '正文写“临湘市”。' },
      { field: 'source.note.en', paragraph: null, text: '保存的网页。' },
      { field: 'formulas[0].expansion_note.en', paragraph: entry.formulas[0]!.paragraph, text: '原文未展开。' },
    ]);
  });
});

describe('Chinese quoted in English text', () => {
  it('cuts it into runs, each Chinese run with its CJK punctuation, so a page can mark it lang="zh-CN"', () => {
    expect(langRuns('The text names 临湘市 (the bureau, 临湘市林业局).')).toEqual([
      { text: 'The text names ', zh: false },
      { text: '临湘市', zh: true },
      { text: ' (the bureau, ', zh: false },
      { text: '临湘市林业局', zh: true },
      { text: ').', zh: false },
    ]);
    expect(langRuns('reads “来源：省生态环境厅 时间：”: supplied')).toEqual([
      { text: 'reads “', zh: false },
      { text: '来源：省生态环境厅', zh: true },
      { text: ' ', zh: false },
      { text: '时间：', zh: true },
      { text: '”: supplied', zh: false },
    ]);
  });

  it('leaves English without Chinese, and full-width punctuation alone, as one English run', () => {
    expect(langRuns('No Chinese here.')).toEqual([{ text: 'No Chinese here.', zh: false }]);
    expect(langRuns('a （b）')).toEqual([{ text: 'a （b）', zh: false }]);
    expect(langRuns('')).toEqual([]);
  });
});
