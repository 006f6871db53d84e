import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { csvRows, tableCsv } from '../../../src/lib/figures/csv.ts';
import { standaloneSvg } from '../../../src/lib/figures/download.ts';
import { allFigures, figuresFor } from '../../../src/lib/figures/index.ts';
import { CHART_KINDS } from '../../../src/lib/figures/types.ts';
import { context, MODELS } from './content.ts';

/** The accessibility structure every figure model must have, checked for every figure of both editions. */
const SITE = 'https://atlas.example.org/';

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
    for (const row of figure.csv?.rows ?? []) expect(row).toHaveLength(figure.csv?.columns.length ?? 0);
  });

  it.each(figures.map((f) => [f.name, f] as const))('%s: CSV a reader can reuse (edition headers, numbers as numbers, absolute links)', (_name, figure) => {
    const csv = tableCsv(figure.csv ?? figure.table, SITE);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    // The rows the brief's chart index holds (and the browser writes the file from) are the file's, each as long as its header.
    const [header, ...body] = csvRows(figure.csv ?? figure.table, SITE);
    for (const row of body) expect(row).toHaveLength(header!.length);
    const rows = csvParse(csv.slice(1));
    const columns = (figure.csv ?? figure.table).columns.filter((c) => !c.pageOnly);
    // Headers are the edition's labels (Chinese in the Chinese edition), each link column followed by its URLs.
    expect(rows.columns[0]).toBe(columns[0]?.label);
    if (locale === 'zh-CN') for (const header of rows.columns) expect(header, header).toMatch(/[\u4e00-\u9fff]/);
    for (const column of columns.filter((c) => c.numeric)) {
      for (const row of rows) expect(row[column.label], `${column.label}: ${row[column.label]}`).toMatch(/^-?\d+(\.\d+)?$/);
    }
    const urls = rows.columns.filter((h) => h.endsWith(locale === 'en' ? ' URL' : '链接'));
    for (const header of urls) for (const row of rows) for (const url of (row[header] ?? '').split(' ').filter(Boolean)) expect(url.startsWith(`${SITE}atlas/`), url).toBe(true);
    // Every table about models says which model a row is, by id, and names it.
    if (figure.kind !== 'network') expect(rows.columns).toEqual(expect.arrayContaining([locale === 'en' ? 'Model id' : '模式编号', locale === 'en' ? 'Model name' : '模式名称']));
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

  it('the SVG file is the chart with its title above and its source and citation below, as text, its stylesheet embedded', () => {
    const file = standaloneSvg(figure!, '.chart-svg .label { fill: #000; } /* note */', '引用本图：某某[EB/OL].');
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(file).toContain('</desc><style>.chart-svg .label { fill: #000; }</style>');
    // The chart's own markup, moved below the title.
    expect(file).toContain(`<g transform="translate(0,`);
    expect(file).toContain(figure!.body);
    const texts = [...file.matchAll(/<text[^>]*class="download-(title|note)"[^>]*>(.*?)<\/text>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, ''));
    expect(texts[0]).toBe(figure!.title);
    expect(texts[1]).toBe(figure!.source);
    expect(texts[2]).toBe('引用本图：某某[EB/OL].');
    // Taller than the chart, at least as wide, and still one picture with the chart's name and description.
    const [, w, h] = file.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/) ?? [];
    expect(Number(w)).toBeGreaterThanOrEqual(figure!.width);
    expect(Number(h)).toBeGreaterThan(figure!.height + 40);
    expect(file).toContain(`<title id="${figure!.id}-title">${figure!.title}</title>`);
  });

  it('the CSV has a URL column after every linked column, absolute, and quotes commas; numbers are numbers', () => {
    const csv = tableCsv(
      {
        caption: 'c',
        linkHeader: '{label} URL',
        columns: [
          { key: 'what', label: 'What' },
          { key: 'value_text', label: 'Value', pageOnly: true },
          { key: 'value', label: 'Value', numeric: true, csvOnly: true },
          { key: 'unit', label: 'Unit', csvOnly: true },
          { key: 'evidence', label: 'Evidence' },
        ],
        rows: [[{ text: 'a, b' }, { text: '≈9,000 名' }, { text: '9000', value: 9000 }, { text: '名' }, { text: '¶3', href: '/atlas/models/x/#q-m-0' }]],
      },
      'https://host.example/',
    );
    expect(csv).toBe('\uFEFFWhat,Value,Unit,Evidence,Evidence URL\n"a, b",9000,名,¶3,https://host.example/atlas/models/x/#q-m-0\n');
  });
});
