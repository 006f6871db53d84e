import { describe, expect, it } from 'vitest';
import { formatReference, pageItem, sourceItem, toBibtex, toCslJson } from '../../src/lib/cite/index.ts';

const source = sourceItem({
  key: 'source-xining-forestry-grassland',
  title: '“党旗红”引领“西宁绿”——西宁市林草局深化党建品牌建设引领绿色发展',
  publisher: '西宁市委组织部',
  org: '西宁市林业和草原局',
  published: '2021-07-27',
  url: 'https://example.org/article',
  accessed: '2026-11-22',
});

describe('citations from the official CSL styles', () => {
  it('GB/T 7714—2025 renders a web page as [EB/OL] with full-width parentheses around the date', () => {
    expect(formatReference(source, 'gbt7714-2025')).toBe(
      '[1] 西宁市委组织部. “党旗红”引领“西宁绿”——西宁市林草局深化党建品牌建设引领绿色发展[EB/OL]. （2021-07-27）[2026-11-22]. https://example.org/article.',
    );
  });

  it('GB/T 7714—2015 uses ASCII parentheses', () => {
    expect(formatReference(source, 'gbt7714-2015')).toContain('[EB/OL]. (2021-07-27)[2026-11-22].');
  });

  it('APA 7 puts the date after the author', () => {
    expect(formatReference(source, 'apa7')).toMatch(/^西宁市委组织部\. \(2021, July 27\)\. /);
  });

  it('a source with no date and no URL still renders, without inventing either', () => {
    const undated = sourceItem({ key: 's', title: '洪林镇党建引领“区政合一”', publisher: null, org: '洪林镇党委', published: null, url: null, accessed: '2026-11-22' });
    const text = formatReference(undated, 'gbt7714-2025');
    // Without a URL the official style writes [EB], not [EB/OL]: the style decides, not us.
    expect(text).toContain('洪林镇党委. 洪林镇党建引领“区政合一”[EB]');
    expect(text).not.toMatch(/https?:/);
  });

  it('a page citation carries the paragraph anchor', () => {
    const page = pageItem({ key: 'p', title: '西宁市林草局 ¶3', url: 'https://example.org/models/xining-forestry-grassland/#p-3', site: '党建引领生态模式对照', accessed: '2026-11-22', language: 'zh-CN' });
    expect(formatReference(page, 'gbt7714-2025')).toContain('https://example.org/models/xining-forestry-grassland/#p-3');
  });

  it('BibTeX keeps Chinese and CSL-JSON round-trips', () => {
    expect(toBibtex(source)).toContain('title = {“党旗红”引领“西宁绿”');
    expect(JSON.parse(toCslJson(source))).toEqual([source]);
  });
});
