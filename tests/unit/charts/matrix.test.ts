import { describe, expect, it } from 'vitest';
import { layoutMatrix, renderMatrix } from '../../../src/charts/matrix.ts';
import { matrixFigure } from '../../../src/lib/figures/site-wide.ts';
import { categoryMatrix } from '../../../src/lib/compare.ts';
import { CATEGORIES, context, MODELS } from './content.ts';

describe('matrix layout', () => {
  const input = {
    columns: [{ label: 'A', series: 0 }, { label: 'B', series: 1 }],
    rows: [
      { label: 'one', cells: [{ count: 2, href: '/a/#q-k-0', tooltip: 'a' }, { count: 0, href: null, tooltip: 'b' }] },
      { label: 'a much longer category name that wraps', cells: [{ count: 7, href: '/a/#q-k-3', tooltip: 'c' }, { count: 1, href: '/b/#q-k-1', tooltip: 'd' }] },
    ],
  };
  const layout = layoutMatrix(input);

  it('puts cells on a grid: one column per model, one row per category, none overlapping', () => {
    expect(layout.cells).toHaveLength(4);
    const [a, b, c, d] = layout.cells;
    expect(a?.y).toBe(b?.y);
    expect(c?.x).toBe(a?.x);
    expect((b?.x ?? 0) - (a?.x ?? 0)).toBeGreaterThanOrEqual(a?.width ?? 0);
    expect(c?.y).toBeGreaterThanOrEqual((a?.y ?? 0) + (a?.height ?? 0));
    expect(d?.x).toBe(b?.x);
    for (const cell of layout.cells) expect(cell.x + cell.width).toBeLessThanOrEqual(layout.width);
  });

  it('shades by count, writes every count and links only cells with mechanisms', () => {
    expect(layout.cells.map((c) => c.step)).toEqual([2, 0, 4, 1]);
    const svg = renderMatrix(layout);
    expect(svg.match(/ data-href="/g)).toHaveLength(3);
    expect(svg).toContain('>7</text>');
    expect(svg).toContain('>–</text>');
  });

  it('with the real entries: a cell per model and category, counts as in compare.ts, linked to the first mechanism', () => {
    const figure = matrixFigure(context('zh-CN'));
    const rows = categoryMatrix(MODELS, CATEGORIES);
    expect(figure.table.rows).toHaveLength(CATEGORIES.length);
    rows.forEach((row, r) => {
      row.cells.forEach((cell, c) => {
        const shown = figure.table.rows[r]?.[c + 1];
        expect(shown?.text).toBe(String(cell.mechanisms.length));
        if (cell.mechanisms[0]) expect(shown?.href).toBe(`/models/${cell.modelId}/#q-k-${cell.mechanisms[0].index}`);
      });
    });
    expect(figure.svg.match(/<rect class="cell/g)).toHaveLength(rows.flatMap((r) => r.cells).filter((c) => c.mechanisms.length > 0).length);
  });
});
