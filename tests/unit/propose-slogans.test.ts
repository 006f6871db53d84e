import { describe, expect, it } from 'vitest';
import { buildMemory } from '../../src/lib/propose/index.ts';
import { proposeText, testTaxonomy } from '../fixtures/propose/context.ts';
import type { CuratedModel } from '../../src/schemas/model.ts';

function slogans(paragraphs: string[], options: Parameters<typeof proposeText>[1] = {}) {
  const { fields, issues } = proposeText(paragraphs, options);
  expect(issues).toEqual([]);
  return fields.slogans.map((s) => `${s.text}:${s.kind}`);
}

describe('slogans', () => {
  it('brand where the text calls it a 品牌, campaign by its drive words, requirement otherwise', () => {
    expect(slogans(['打造“绿水护林”党建品牌,坚持“守护一方绿水”的工作要求,开展“护林先锋”专项行动。'])).toEqual([
      '绿水护林:brand',
      '守护一方绿水:requirement',
      '护林先锋:campaign',
    ]);
  });

  it('phrases chained in one clause share the words after the last of them', () => {
    expect(slogans(['以破除“慢作为”整治“软作风”激励“勇争先”专项工作为契机。'])).toEqual(['慢作为:campaign', '软作风:campaign', '勇争先:campaign']);
  });

  it('a phrase whose own last word is a drive (…林, …课堂) is a campaign', () => {
    expect(slogans(['营造“巾帼林”,开设“田间课堂”。'])).toEqual(['巾帼林:campaign', '田间课堂:campaign']);
  });

  it('formulas, institutions, day codes, congresses, abbreviation lists and bare numbers are not slogans', () => {
    expect(slogans(['推行“三联三促”,建立“党员协理长”,获“五一”劳动奖章,对照“十四五”,与“公、检、法”协作,完成“100%”。'])).toEqual([]);
  });

  it('the collection’s known slogans are found unquoted, with their kind', () => {
    const { categories, glossary } = testTaxonomy();
    const entry = { slogans: [{ text: '绿水青山就是金山银山', kind: 'requirement', en: 'Lucid waters and lush mountains are invaluable assets', quote: 'x', paragraph: 1 }] } as unknown as CuratedModel;
    const memory = buildMemory([{ ...entry, title: { zh: 't', en: 't' }, org: null, short: null, formulas: [], metrics: [], mechanisms: [] } as never], categories, glossary);
    const { fields } = proposeText(['牢固树立和践行绿水青山就是金山银山理念。'], { memory });
    expect(fields.slogans).toEqual([
      expect.objectContaining({ text: '绿水青山就是金山银山', kind: 'requirement', en: 'Lucid waters and lush mountains are invaluable assets', quote: '牢固树立和践行绿水青山就是金山银山理念。', review: 'proposed' }),
    ]);
  });
});
