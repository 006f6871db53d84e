import { countStep, shapePath } from './palette.ts';
import { element, escapeXml, evidence, textBlock } from './svg.ts';
import { textWidth, wrapText } from './text.ts';

/**
 * Models × mechanism categories: one row per category, one column per model, each cell the number of the
 * model's mechanisms in that category, shaded and written out, and linked to the first of them.
 */

export interface MatrixInput {
  /** One per model, left to right: its short name and series (colour and shape). */
  columns: Array<{ label: string; series: number }>;
  /** One per category, top to bottom. */
  rows: Array<{ label: string; cells: Array<{ count: number; href: string | null; tooltip: string }> }>;
}

export interface MatrixCellLayout {
  row: number;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
  /** Shade step (0 for an empty cell). */
  step: number;
  href: string | null;
  tooltip: string;
}

export interface MatrixLayout {
  width: number;
  height: number;
  /** Row labels, wrapped, with the y of their first baseline. */
  rowLabels: Array<{ lines: string[]; y: number }>;
  /** Column headers: wrapped label, centre x, and the key mark's centre. */
  columnLabels: Array<{ lines: string[]; x: number; series: number; markY: number }>;
  /** Baseline of the first line of the column headers. */
  headerY: number;
  cells: MatrixCellLayout[];
}

const FONT = 12;
const LINE = 15;
const LABEL_MAX = 190;
const CELL_GAP = 4;
const PAD = 4;

/** Positions every label and cell. */
export function layoutMatrix(input: MatrixInput): MatrixLayout {
  const rowLines = input.rows.map((row) => wrapText(row.label, LABEL_MAX, FONT));
  const labelWidth = Math.max(...rowLines.flat().map((line) => textWidth(line, FONT)), 40);
  const columnLines = input.columns.map((column) => wrapText(column.label, 84, FONT));
  const columnWidth = Math.max(52, ...columnLines.flat().map((line) => textWidth(line, FONT) + 10));
  const headerLines = Math.max(...columnLines.map((lines) => lines.length), 1);
  const markY = PAD + 8;
  const headerY = markY + 8 + FONT + 2;
  const gridTop = headerY + (headerLines - 1) * LINE + 10;
  const x0 = PAD + Math.ceil(labelWidth) + 12;

  const cells: MatrixCellLayout[] = [];
  const rowLabels: MatrixLayout['rowLabels'] = [];
  let y = gridTop;
  input.rows.forEach((row, r) => {
    const lines = rowLines[r] ?? [];
    const height = Math.max(26, lines.length * LINE + 10);
    rowLabels.push({ lines, y: y + height / 2 - ((lines.length - 1) * LINE) / 2 + FONT * 0.35 });
    row.cells.forEach((cell, c) => {
      cells.push({
        row: r,
        column: c,
        x: x0 + c * columnWidth + CELL_GAP / 2,
        y: y + CELL_GAP / 2,
        width: columnWidth - CELL_GAP,
        height: height - CELL_GAP,
        count: cell.count,
        step: countStep(cell.count),
        href: cell.count > 0 ? cell.href : null,
        tooltip: cell.tooltip,
      });
    });
    y += height;
  });
  const columnLabels = input.columns.map((column, c) => ({
    lines: columnLines[c] ?? [],
    x: x0 + c * columnWidth + columnWidth / 2,
    series: column.series,
    markY,
  }));
  return { width: x0 + input.columns.length * columnWidth + PAD, height: y + PAD, rowLabels, columnLabels, headerY, cells };
}

/** The chart body (everything inside <svg> after <title> and <desc>). */
export function renderMatrix(layout: MatrixLayout): string {
  const header = layout.columnLabels
    .map((column) =>
      element('path', { class: `mark series-${column.series}`, d: shapePath(column.series, 5), transform: `translate(${column.x},${column.markY})` }) +
      textBlock(column.lines, column.x, layout.headerY, LINE, { class: 'label', 'text-anchor': 'middle' }),
    )
    .join('');
  const labels = layout.rowLabels.map((label) => textBlock(label.lines, 4, label.y, LINE, { class: 'label' })).join('');
  const cells = layout.cells
    .map((cell) => {
      const cx = cell.x + cell.width / 2;
      const cy = cell.y + cell.height / 2 + FONT * 0.35;
      if (cell.count === 0) return element('text', { class: 'empty', x: cx, y: cy, 'text-anchor': 'middle' }, '–');
      const mark =
        element('rect', { class: `cell step-${cell.step}`, x: cell.x, y: cell.y, width: cell.width, height: cell.height, rx: 2 }) +
        element('text', { class: `count step-${cell.step}`, x: cx, y: cy, 'text-anchor': 'middle' }, escapeXml(String(cell.count)));
      return cell.href ? evidence(cell.href, cell.tooltip, mark) : mark;
    })
    .join('');
  return element('g', { class: 'header' }, header) + element('g', { class: 'rows' }, labels) + element('g', { class: 'cells' }, cells);
}
