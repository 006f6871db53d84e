import { describe, expect, it } from 'vitest';
import { fillBibtex, fillCslJson, fillReference, selectionUrl } from '../../src/lib/compare/citation.ts';
import { selectionCitations } from '../../src/lib/compare/citation-build.ts';
import { comparePhrases, compareWording, nameKey } from '../../src/lib/compare/wording.ts';
import { formatWithCiteproc, pageItem, STYLES, toBibtex, toCslJson } from '../../src/lib/cite/index.ts';
import { comparedOf } from '../../src/lib/figures/models.ts';
import { listOf } from '../../src/lib/figures/text.ts';
import { pick, t, type Locale } from '../../src/lib/i18n.ts';
import { pageCitation } from '../../src/lib/site.ts';
import { CATEGORIES, MODELS, model } from './charts/content.ts';

const record = (id: string) => comparedOf(model(id));
const HLJ = 'heilongjiang-ecology-iron-army';
const XINING = 'xining-forestry-grassland';

describe('compare by wording', () => {
  it('Heilongjiang and Xining: every mechanism of both, by category, in taxonomy order, and nothing of the others', () => {
    const wording = compareWording([record(HLJ), record(XINING)], CATEGORIES);
    const shown = wording.rows.flatMap((row) => row.cells.flatMap((cell) => cell.items.map((item) => `${cell.modelId}#${item.index}`)));
    const expected = [HLJ, XINING].flatMap((id) => model(id).mechanisms.map((_, i) => `${id}#${i}`));
    expect(shown.sort()).toEqual(expected.sort());
    expect(wording.rows.map((r) => r.category.id)).toEqual(CATEGORIES.map((c) => c.id).filter((id) => wording.rows.some((r) => r.category.id === id)));
    expect(wording.rows.length + wording.unused.length).toBe(CATEGORIES.length);
    // Each row's cells come in the selection's order.
    for (const row of wording.rows) expect(row.cells.map((c) => c.modelId)).toEqual([HLJ, XINING]);
    // Both name 四种形态 under supervision: shared; that category still differs (their other mechanisms do).
    expect(wording.shared).toEqual(['四种形态']);
    const supervision = wording.rows.find((r) => r.category.id === 'supervision-discipline')!;
    expect(supervision.cells.map((c) => c.items.filter((i) => i.shared).map((i) => i.mechanism.name))).toEqual([['四种形态'], ['四种形态']]);
    expect(supervision.differs).toBe(true);
    expect(wording.differing).toBe(wording.rows.length);
  });

  it('a category both use with the same mechanisms does not differ; one only one uses does', () => {
    const base = record(HLJ);
    const a = { ...base, id: 'a', mechanisms: [
      { ...base.mechanisms[0]!, category: 'forest-chief', name: '“林长制”' },
      { ...base.mechanisms[0]!, category: 'funding', name: '资金' },
    ] };
    const b = { ...base, id: 'b', mechanisms: [{ ...base.mechanisms[0]!, category: 'forest-chief', name: '林长制' }] };
    const wording = compareWording([a, b], CATEGORIES);
    expect(wording.rows.map((r) => [r.category.id, r.differs])).toEqual([
      ['funding', true],
      ['forest-chief', false],
    ].sort((x, y) => CATEGORIES.findIndex((c) => c.id === x[0]) - CATEGORIES.findIndex((c) => c.id === y[0])));
    expect(wording.differing).toBe(1);
    expect(nameKey('“1322”模式')).toBe(nameKey('1322模式'));
    expect(nameKey('党建+林长制')).not.toBe(nameKey('党建林长制'));
    // One model alone: nothing is compared, so nothing is shared.
    expect(compareWording([a], CATEGORIES).shared).toEqual([]);
  });

  it('slogans by kind and formulas side by side, rows nobody fills left out', () => {
    const rows = comparePhrases([record(HLJ), record('honglin-town-park')]);
    expect(rows.map((r) => r.kind)).toEqual(['brand', 'requirement', 'campaign', 'formula'].filter((kind) => rows.some((r) => r.kind === kind)));
    const formulas = rows.find((r) => r.kind === 'formula')!;
    expect(formulas.cells[0]!.formulas).toHaveLength(model(HLJ).formulas.length);
    const all = rows.flatMap((r) => r.cells[0]!.slogans.map((s) => s.index)).sort((x, y) => x - y);
    expect(all).toEqual(model(HLJ).slogans.map((_, i) => i));
  });
});

describe('a selection’s citation, filled in by the browser, is what citeproc writes', () => {
  const site = new URL('https://party-ecology-atlas.example.org');
  const selections = [
    ...MODELS.flatMap((a) => MODELS.filter((b) => b !== a).map((b) => [a.id, b.id])),
    MODELS.slice(0, 4).map((m) => m.id).reverse(),
  ];
  it.each(['zh-CN', 'en'] as const)('in every style, BibTeX and CSL-JSON, for every pair and a four (%s)', (locale: Locale) => {
    const page = pageCitation(site, locale, 'compare', 'compare/', t(locale, 'compare.title'));
    const citations = selectionCitations(page, t(locale, 'compare.selectionTitle', { names: '{names}' }));
    expect(citations).not.toBeNull();
    for (const ids of selections) {
      const names = listOf(locale, ids.map((id) => pick(locale, record(id).place)));
      const title = citations!.title.replace('{names}', names);
      const url = selectionUrl(citations!.pageUrl, ids);
      // The site's address, or the stand-in a build without SITE_URL cites until the page puts in its own.
      expect(url).toBe(`${new URL(page.url).origin}/${locale === 'en' ? 'en/' : ''}compare/?m=${ids.join(',')}`);
      const item = pageItem({ ...page, title, url });
      for (const { style, template } of citations!.styles) {
        expect(fillReference(template, title, url), `${style} ${ids}`).toBe(formatWithCiteproc(item, style as (typeof STYLES)[number]['id']));
      }
      expect(fillBibtex(citations!, title, url)).toBe(toBibtex(item));
      expect(fillCslJson(citations!, title, url)).toBe(toCslJson(item));
      // A chart's citation: the page's shape with the chart's title and anchor.
      const figureTitle = `${t(locale, 'chart.matrix.title')}${locale === 'en' ? ' ' : ''}(${names})`;
      expect(fillReference(citations!.figure, figureTitle, `${url}#chart-matrix`)).toBe(formatWithCiteproc(pageItem({ ...page, title: figureTitle, url: `${url}#chart-matrix` }), 'gbt7714-2025'));
    }
  });
});

describe('the browser’s words are enough to draw a selection', () => {
  it.each(['zh-CN', 'en'] as const)('charts and tables of a selection compose with only the words the page hands its script (%s)', async (locale) => {
    const { templates } = await import('../../src/lib/i18n.ts');
    const { COMPARE_VIEW_KEYS } = await import('../../src/lib/compare/view-words.ts');
    const { composeMatrix } = await import('../../src/lib/figures/matrix.ts');
    const { composeMetrics } = await import('../../src/lib/figures/metrics.ts');
    const { composeTimeline } = await import('../../src/lib/figures/timeline.ts');
    const { phrasesHtml, wordingHtml } = await import('../../src/scripts/compare/tables.ts');
    const { matrixFigure } = await import('../../src/lib/figures/site-wide.ts');
    const words = { locale, strings: templates(locale, COMPARE_VIEW_KEYS) };
    const setting = (models: ReturnType<typeof record>[], name: string, title: string) => ({
      words, base: '/', models, categories: CATEGORIES, series: (id: string) => models.findIndex((m) => m.id === id), name, title, source: 's', page: 'compare/',
    });
    // All five, in collection order, with the collection's series: the same chart the build draws.
    const all = MODELS.map((m) => comparedOf(m));
    const built = matrixFigure({ locale, base: '/', models: MODELS, categories: CATEGORIES });
    expect(composeMatrix(setting(all, 'matrix', built.title)).svg).toBe(built.svg);
    // Every selection of two, with nothing but those words.
    for (const a of MODELS) {
      for (const b of MODELS.filter((m) => m !== a)) {
        const chosen = [comparedOf(a), comparedOf(b)];
        expect(composeMatrix(setting(chosen, 'matrix', 't')).table.columns.map((c) => c.key).slice(1, 3)).toEqual([a.id, b.id]);
        composeMetrics(setting(chosen, 'metrics', 't'));
        expect(composeTimeline(setting(chosen, 'timeline', 't')).svg).toContain('<svg');
        const context = { words, base: '/', models: chosen };
        expect(wordingHtml(context, compareWording(chosen, CATEGORIES), (id) => `/mechanisms/${id}/`)).toContain('<table class="wording">');
        expect(phrasesHtml(context)).toContain('<table class="phrases">');
      }
    }
  });
});
