import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../../src/lib/figures/csv.ts';
import { standaloneSvg } from '../../../src/lib/figures/download.ts';
import { allFigures, figuresFor } from '../../../src/lib/figures/index.ts';
import { CHART_KINDS } from '../../../src/lib/figures/types.ts';
import { context, MODELS } from './content.ts';

/** The accessibility structure every figure model must have, checked for every figure of both editions. */
describe.each(['zh-CN', 'en'] as const)('every figure (%s)', (locale) => {
  const figures = allFigures(context(locale, '/atlas/'));

  it('covers all six kinds, each name once', () => {
    expect(new Set(figures.map((f) => f.kind))).toEqual(new Set(CHART_KINDS));
    expect(new Set(figures.map((f) => f.name)).size).toBe(figures.length);
  });

  it.each(figures.map((f) => [f.name, f] as const))('%s: svg role=img named by its <title>, described by its <desc>', (_name, figure) => {
    const open = figure.svg.match(/^<svg [^>]*>/)?.[0] ?? '';
    expect(open).toContain('role="img"');
    expect(open).toContain(`aria-labelledby="${figure.id}-title"`);
    expect(open).toContain(`aria-describedby="${figure.id}-desc"`);
    expect(open).toMatch(/viewBox="0 0 [\d.]+ [\d.]+"/);
    expect(figure.svg).toContain(`${open}<title id="${figure.id}-title">`);
    expect(figure.svg).toMatch(new RegExp(`</title><desc id="${figure.id}-desc">[^<]{40,}</desc>`));
    expect(figure.id).toBe(`chart-${figure.name}`);
    // Only title and desc carry ids: the same chart can appear on a page next to others of its kind.
    expect(figure.svg.match(/ id="/g)).toHaveLength(2);
    // Nothing focusable inside role="img" (its content is one picture to assistive technology): marks carry
    // their evidence in data-href, and the data table has the real links.
    expect(figure.svg).not.toMatch(/<a[ >]|tabindex/);
    // No style attributes (a strict CSP comes later): classes only.
    expect(figure.svg).not.toContain(' style="');
    // Coordinates rounded to one decimal (figures quoted in titles keep their decimals).
    expect(figure.svg).not.toMatch(/ [a-zA-Z-]+="[^"]*\d\.\d{2,}/);
  });

  it.each(figures.map((f) => [f.name, f] as const))('%s: data table with a caption and a value in every cell of every row', (_name, figure) => {
    expect(figure.table.caption).not.toBe('');
    expect(figure.table.rows.length).toBeGreaterThan(0);
    for (const row of figure.table.rows) expect(row).toHaveLength(figure.table.columns.length);
    const csv = tableCsv(figure.table);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\n')[0]).toContain(figure.table.columns[0]?.key);
  });

  it('links only to evidence that exists: every model-page anchor names a quote the entry has', () => {
    const hrefs = figures.flatMap((f) => [...f.svg.matchAll(/data-href="([^"]+)"/g)].map((m) => m[1] ?? '').concat(f.table.rows.flat().flatMap((c) => [c.href ?? '', ...(c.links ?? []).map((l) => l.href)])));
    const prefix = locale === 'en' ? '/atlas/en/' : '/atlas/';
    let anchors = 0;
    for (const href of hrefs.filter(Boolean)) {
      expect(href.startsWith(prefix), href).toBe(true);
      const match = href.match(/models\/([a-z0-9-]+)\/#q-([a-z])-(\d+)(?:-(\d+))?$/);
      if (!match) continue;
      anchors += 1;
      const [, id, kind, i, j] = match;
      const model = MODELS.find((m) => m.id === id);
      const index = Number(i);
      const list = { m: model?.metrics, k: model?.mechanisms, f: model?.formulas, c: model?.formulas, t: model?.schedule, s: model?.slogans, n: model?.notes }[kind ?? ''];
      expect(list?.[index], href).toBeDefined();
      if (kind === 'c') expect(model?.formulas[index]?.components[Number(j)], href).toBeDefined();
    }
    expect(anchors).toBeGreaterThan(100);
  });

  it('is the same bytes every time it is built', () => {
    expect(allFigures(context(locale, '/atlas/')).map((f) => f.svg)).toEqual(figures.map((f) => f.svg));
  });
});

describe('downloads', () => {
  const [figure] = figuresFor('matrix', context('zh-CN', '/atlas/'));

  it('the SVG file is the page’s SVG with an XML declaration and its stylesheet embedded', () => {
    const file = standaloneSvg(figure!, '.chart-svg .label { fill: #000; } /* note */');
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(file).toContain('</desc><style>.chart-svg .label { fill: #000; }</style>');
    expect(file.replace(/<style>.*<\/style>/, '')).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n${figure?.svg}\n`);
  });

  it('the CSV has a URL column after every linked column, and quotes commas', () => {
    const csv = tableCsv({
      caption: 'c',
      columns: [{ key: 'what', label: 'What' }, { key: 'evidence', label: 'Evidence' }],
      rows: [[{ text: 'a, b' }, { text: '¶3', href: '/models/x/#q-m-0' }]],
    });
    expect(csv).toBe('\uFEFFwhat,evidence,evidence_url\n"a, b",¶3,/models/x/#q-m-0\n');
  });
});
