import { describe, expect, it } from 'vitest';
import { formatReference, formatWithCiteproc, isVerbatimTitle, isVerbatimUrl, pageItem, sourceItem, STYLES, toBibtex, toCslJson } from '../../src/lib/cite/index.ts';
import { readCuratedTemplates } from '../../src/lib/entries/read.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh-CN.json' with { type: 'json' };

const source = sourceItem({
  key: 'source-xining-forestry-grassland',
  title: '“党旗红”引领“西宁绿”——西宁市林草局深化党建品牌建设引领绿色发展',
  publisher: '西宁市委组织部',
  author: null,
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

  it('a source with no date, no publisher and no URL renders without inventing any of them, in every style', () => {
    const undated = sourceItem({ key: 's', title: '洪林镇党建引领“区政合一”', publisher: null, author: null, published: null, url: null, accessed: '2026-11-22' });
    // Without a URL the official styles write [EB], not [EB/OL]; with no author they open with the title; with
    // no address there is no access date, which GB/T 7714—2015 would otherwise print as an estimated year ([2026]).
    expect(formatReference(undated, 'gbt7714-2025')).toBe('[1] 洪林镇党建引领“区政合一”[EB].');
    expect(formatReference(undated, 'gbt7714-2015')).toBe('[1] 洪林镇党建引领“区政合一”[EB].');
    expect(formatReference(undated, 'apa7')).toBe('洪林镇党建引领“区政合一.” (n.d.).');
    for (const style of STYLES) expect(formatReference(undated, style.id)).not.toMatch(/20\d\d|https?:/);
  });

  it('names the people a source names as its authors, and its publisher beside them, as the page shows them', () => {
    const item = sourceItem({ key: 's', title: '“生态铁军”', publisher: '龙江机关党建', author: '刘晓旭 麻静', published: '2022-09-26 09:26:10', url: null, accessed: '2026-11-22' });
    expect(item.author).toEqual([{ literal: '刘晓旭' }, { literal: '麻静' }]);
    expect(formatReference(item, 'gbt7714-2015')).toBe('[1] 刘晓旭, 麻静. “生态铁军”[EB]. 龙江机关党建, 2022.');
    expect(formatReference(item, 'apa7')).toBe('刘晓旭 & 麻静. (2022, September 26). “生态铁军.” 龙江机关党建.');
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

describe('references filled into a formatted shape are the ones citeproc writes', () => {
  // Every string of the real collection that could title a page, paragraph or chart (model titles, bodies'
  // names, mechanisms, slogans, figure labels: the frontmatter's names, not its quotes and notes), with a
  // paragraph's locator as the site adds it, and the interface's own words.
  const names = readCuratedTemplates('.').flatMap(({ data }) => namesIn(data));
  const modelTitles = readCuratedTemplates('.').flatMap(({ data }) => [data.title.zh, data.title.en, data.short.zh, data.short.en]);
  const titles = [
    ...new Set([
      ...names,
      ...modelTitles.flatMap((title) => [`${title}，第9999999段`, `${title}, para. 9999999`]),
      ...Object.values(zh),
      ...Object.values(en),
      ...generatedTitles(200),
    ]),
  ].filter((s) => s.length > 0 && !/^https?:/.test(s));
  const urls = ['https://example.org/models/xining-forestry-grassland/', 'https://example.org/en/compare/#p-12', 'https://example.org/base/charts/matrix'];

  it('on every real string and generated ones, in all three styles, for Chinese and English pages and for sources', { timeout: 300_000 }, () => {
    let filled = 0;
    const mismatches: string[] = [];
    titles.forEach((title, i) => {
      const items = [
        pageItem({ key: `k${i}`, title, url: urls[i % urls.length]!, site: '党建引领生态模式对照', accessed: '2026-11-22', language: 'zh-CN' }),
        pageItem({ key: `k${i}`, title, url: urls[(i + 1) % urls.length]!, site: 'Party-building-led ecology models', accessed: '2026-11-22', language: 'en' }),
        sourceItem({ key: `s${i}`, title, publisher: i % 5 ? '西宁市委组织部' : null, author: i % 4 ? null : '刘晓旭 麻静', published: i % 2 ? '2021-07-27' : null, url: i % 3 ? urls[i % urls.length]! : null, accessed: '2026-11-22' }),
      ];
      for (const item of items) {
        // Others go to citeproc anyway.
        if (!isVerbatimTitle(item.title) || (item.URL !== undefined && !isVerbatimUrl(item.URL))) continue;
        filled++;
        for (const style of STYLES) {
          const quick = formatReference(item, style.id);
          const full = formatWithCiteproc(item, style.id);
          if (quick !== full) mismatches.push(`${style.id} ${JSON.stringify(item.title)}\n  filled:   ${quick}\n  citeproc: ${full}`);
        }
      }
    });
    expect(mismatches).toEqual([]);
    // Most real titles take the shortcut, or this test would check nothing.
    expect(filled).toBeGreaterThan(titles.length);
  });

  it('titles citeproc would rewrite are kept out of the shortcut', () => {
    for (const title of ['“党旗红”引领', 'China\'s forest chiefs', 'A "quoted" title', 'Nested “a ‘b’ c”', '<i>Italic</i>', 'Ends with a stop.', 'Why?', '未闭合“引号', '  padded', '运用“四种形态”']) {
      expect(isVerbatimTitle(title), title).toBe(title === '“党旗红”引领');
    }
    // Why: citeproc turns straight quotes and apostrophes into the locale's own.
    const item = pageItem({ key: 'q', title: 'A "quoted" title', url: urls[0]!, site: 'S', accessed: '2026-11-22', language: 'en' });
    expect(formatWithCiteproc(item, 'apa7')).not.toContain('A "quoted" title');
    expect(isVerbatimUrl('https://example.org/a/?m=1')).toBe(false);
    expect(isVerbatimUrl('https://example.org/a.')).toBe(false);
  });
});

/** Every name in frontmatter (nested objects and arrays), leaving out quotes, notes, summaries and file facts. */
function namesIn(value: unknown, key = ''): string[] {
  if (['quote', 'note', 'summary', 'source', 'id', 'adcode'].includes(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => namesIn(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => namesIn(v, k));
  return [];
}

/** Seeded titles from the shortcut's own alphabet, with its punctuation at the start, the end and between. */
function generatedTitles(count: number): string[] {
  const pieces = ['林长制', 'forest', 'Chief', '336', '·', '，', '、', '：', ':', ';', ',', ' ', '.', '(', ')', '（', '）', '《', '》', '—', '–', '-', '…', '/', '%', '“', '”', '×', '+', '=', '•', '﹒', '；', '〈', '〉', '【', '】', 'é', '모', 'Ⅲ'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => Array.from({ length: 2 + Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
}
