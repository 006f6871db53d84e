import { describe, expect, it } from 'vitest';
import { isProposed, isUntranslated, pickOrFallback, regionName } from '../../src/lib/entry-view.ts';
import { brandOf, quotesByParagraph } from '../../src/lib/model-view.ts';
import { proposedDraft } from '../fixtures/draft-entry.ts';

describe('showing an entry that may still be a draft', () => {
  it('the Chinese edition shows the Chinese, translated or not', () => {
    expect(pickOrFallback('zh-CN', { zh: '临湘市林业局', en: '' })).toEqual({ text: '临湘市林业局', lang: undefined, untranslated: false });
  });

  it('the English edition shows the English, or the Chinese marked as such when the English is empty', () => {
    expect(pickOrFallback('en', { zh: '临湘市林业局', en: 'Linxiang Forestry Bureau' })).toEqual({ text: 'Linxiang Forestry Bureau', lang: undefined, untranslated: false });
    expect(pickOrFallback('en', { zh: '临湘市林业局', en: '' })).toEqual({ text: '临湘市林业局', lang: 'zh-CN', untranslated: true });
    expect(pickOrFallback('en', { zh: '临湘市林业局', en: '  ' }).untranslated).toBe(true);
  });

  it('an English-only rendering is untranslated only on the English page', () => {
    expect(isUntranslated('en', '')).toBe(true);
    expect(isUntranslated('zh-CN', '')).toBe(false);
    expect(isUntranslated('en', 'Red leads')).toBe(false);
  });

  it('tells proposals from confirmed items', () => {
    const draft = proposedDraft();
    expect(isProposed(draft.metrics[1])).toBe(true);
    expect(isProposed(draft.metrics[0])).toBe(false);
    expect(isProposed(null)).toBe(false);
  });

  it("a draft's facts feed the same page helpers as a curated entry's", () => {
    const draft = proposedDraft();
    expect(brandOf(draft)).toBe('红色引领﹒绿色先锋');
    expect([...quotesByParagraph(draft).keys()].sort()).toEqual([1, 2, 3]);
    expect(regionName(draft.region!)).toBe('湖南省 岳阳市 临湘市');
  });
});
