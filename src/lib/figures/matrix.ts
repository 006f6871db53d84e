import { layoutMatrix, renderMatrix } from '../../charts/matrix.ts';
import { categoryMatrix } from '../compare.ts';
import { localePath, pick } from '../locale.ts';
import { quoteAnchor, routes } from '../routes.ts';
import { hrefOf, modelCells, modelColumns, placeOf, type ComparedSetting } from './compared.ts';
import { makeFigure } from './figure.ts';
import { listOf } from './text.ts';
import type { DataTable, Figure, TableCell } from './types.ts';
import { say } from './words.ts';

/** The models × mechanism categories chart (on /compare/ and /mechanisms/), from compare.ts's categoryMatrix. */
export function composeMatrix(setting: ComparedSetting): Figure {
  const { words, models, base } = setting;
  const { locale } = words;
  const rows = categoryMatrix(models, setting.categories);
  const names = models.map((m) => placeOf(setting, m));
  const categoryHref = (id: string) => localePath(locale, routes.mechanism(id), base);
  const evidence = (modelId: string, index: number) => hrefOf(setting, modelId, quoteAnchor('k', index));

  const input = {
    columns: models.map((m, i) => ({ label: names[i] ?? m.id, series: setting.series(m.id) })),
    rows: rows.map((row) => ({
      label: pick(locale, row.category.name),
      cells: row.cells.map((cell, c) => ({
        count: cell.mechanisms.length,
        href: cell.mechanisms[0] ? evidence(cell.modelId, cell.mechanisms[0].index) : null,
        tooltip: `${names[c]} · ${pick(locale, row.category.name)}: ${listOf(locale, cell.mechanisms.map((m) => m.mechanism.name))}`,
      })),
    })),
  };

  const mostUsed = Math.max(...rows.map((r) => r.models));
  const top = rows.filter((r) => r.models === mostUsed).map((r) => pick(locale, r.category.name));
  // Cells are in model order: a model's cell in every row is at its position.
  const breadth = models.map((_, i) => rows.filter((r) => (r.cells[i]?.mechanisms.length ?? 0) > 0).length);
  const widestCount = Math.max(...breadth);
  const widest = models.filter((_, i) => breadth[i] === widestCount).map((m) => placeOf(setting, m));
  const description = say(words, 'chart.matrix.desc', {
    categories: rows.length, models: models.length, top: listOf(locale, top), topCount: mostUsed, widest: listOf(locale, widest), widestCount,
  });
  const linkHeader = say(words, 'chart.col.link');

  const table: DataTable = {
    caption: setting.title,
    linkHeader,
    columns: [
      { key: 'category', label: say(words, 'table.category') },
      ...models.map((m, i) => ({ key: m.id, label: names[i] ?? m.id, numeric: true })),
      { key: 'models_using', label: say(words, 'chart.matrix.models'), numeric: true },
    ],
    rows: rows.map((row): TableCell[] => [
      { text: pick(locale, row.category.name), href: categoryHref(row.category.id) },
      ...row.cells.map((cell): TableCell => {
        const first = cell.mechanisms[0];
        const count = cell.mechanisms.length;
        return first ? { text: String(count), value: count, href: evidence(cell.modelId, first.index) } : { text: '0', value: 0 };
      }),
      { text: String(row.models), value: row.models },
    ]),
  };
  // The CSV holds the same cells one per row (category, model), so a spreadsheet can filter and pivot them.
  const csv: DataTable = {
    caption: setting.title,
    linkHeader,
    columns: [
      { key: 'category', label: say(words, 'table.category') },
      ...modelColumns(words),
      { key: 'place', label: say(words, 'chart.col.place') },
      { key: 'mechanisms', label: say(words, 'chart.matrix.count'), numeric: true },
      { key: 'names', label: say(words, 'chart.col.mechanisms') },
    ],
    rows: rows.flatMap((row) =>
      row.cells.map((cell, c): TableCell[] => {
        const model = models[c]!;
        return [
          { text: pick(locale, row.category.name), href: categoryHref(row.category.id) },
          ...modelCells(words, model),
          { text: names[c] ?? '' },
          { text: String(cell.mechanisms.length), value: cell.mechanisms.length },
          { text: listOf(locale, cell.mechanisms.map((m) => m.mechanism.name)), links: cell.mechanisms.map((m) => ({ text: m.mechanism.name, href: evidence(cell.modelId, m.index) })) },
        ];
      }),
    ),
  };
  const layout = layoutMatrix(input);
  return makeFigure({
    kind: 'matrix', name: setting.name, title: setting.title, description,
    width: layout.width, height: layout.height, body: renderMatrix(layout),
    table, csv, source: setting.source, page: setting.page,
  });
}
