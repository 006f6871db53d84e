import { layoutMatrix, renderMatrix } from '../../charts/matrix.ts';
import { svgDocument } from '../../charts/svg.ts';
import { categoryMatrix } from '../compare.ts';
import { localePath, pick, t } from '../i18n.ts';
import { quoteAnchor, routes } from '../routes.ts';
import { modelHref, seriesOf, shortName } from './models.ts';
import { listOf, siteWideName, siteWideSource, siteWideTitle } from './text.ts';
import type { Figure, FigureContext, TableCell } from './types.ts';

/** The models × mechanism categories chart (on /compare/ and /mechanisms/), from compare.ts's categoryMatrix. */
export function matrixFigure(ctx: FigureContext): Figure {
  const { locale, models } = ctx;
  const rows = categoryMatrix(models, ctx.categories);
  const names = models.map((m) => shortName(m, locale));
  const name = siteWideName(ctx, 'matrix');
  const id = `chart-${name}`;

  const input = {
    columns: models.map((m, i) => ({ label: names[i] ?? m.id, series: seriesOf(ctx, m.id) })),
    rows: rows.map((row) => ({
      label: pick(locale, row.category.name),
      cells: row.cells.map((cell, c) => ({
        count: cell.mechanisms.length,
        href: cell.mechanisms[0] ? modelHref(ctx, cell.modelId, quoteAnchor('k', cell.mechanisms[0].index)) : null,
        tooltip: `${names[c]} · ${pick(locale, row.category.name)}: ${listOf(locale, cell.mechanisms.map((m) => m.mechanism.name))}`,
      })),
    })),
  };

  const mostUsed = Math.max(...rows.map((r) => r.models));
  const top = rows.filter((r) => r.models === mostUsed).map((r) => pick(locale, r.category.name));
  // Cells are in model order: a model's cell in every row is at its position.
  const breadth = models.map((_, i) => rows.filter((r) => (r.cells[i]?.mechanisms.length ?? 0) > 0).length);
  const widestCount = Math.max(...breadth);
  const widest = models.filter((_, i) => breadth[i] === widestCount).map((m) => shortName(m, locale));
  const title = siteWideTitle(ctx, t(locale, 'chart.matrix.title'));
  const description = t(locale, 'chart.matrix.desc', {
    categories: rows.length, models: models.length, top: listOf(locale, top), topCount: mostUsed, widest: listOf(locale, widest), widestCount,
  });

  const table = {
    caption: title,
    columns: [
      { key: 'category', label: t(locale, 'table.category') },
      ...models.map((m, i) => ({ key: m.id, label: names[i] ?? m.id, numeric: true })),
      { key: 'models_using', label: t(locale, 'chart.matrix.models'), numeric: true },
    ],
    rows: rows.map((row): TableCell[] => [
      { text: pick(locale, row.category.name), href: localePath(locale, routes.mechanism(row.category.id), ctx.base) },
      ...row.cells.map((cell) => {
        const first = cell.mechanisms[0];
        return first ? { text: String(cell.mechanisms.length), href: modelHref(ctx, cell.modelId, quoteAnchor('k', first.index)) } : { text: '0' };
      }),
      { text: String(row.models) },
    ]),
  };
  const layout = layoutMatrix(input);
  return {
    kind: 'matrix', name, id, title, description,
    svg: svgDocument({ id, kind: 'matrix', width: layout.width, height: layout.height, title, description }, renderMatrix(layout)),
    table,
    source: siteWideSource(ctx),
  };
}
