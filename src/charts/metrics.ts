import { layoutLegend, renderLegend, type LegendKey } from './legend.ts';
import { shapePath } from './palette.ts';
import { valueScale, type ValueScale } from './scales.ts';
import { element, escapeXml, evidence, textBlock } from './svg.ts';
import { textWidth, wrapText } from './text.ts';

/**
 * Figures set side by side where their units agree: one panel per comparable group (category and base unit),
 * one row per figure with its label, a mark at its value and the value written out. A panel whose values span
 * two orders of magnitude is drawn on a log scale (and says so). Approximate figures (余/多/约) get a hollow
 * mark and ≈; bounds (以上/不少于 …) an arrow pointing the way the true value may lie, and ≥ or ≤.
 */

export interface MetricRowInput {
  label: string;
  value: number;
  /** The value as written for the reader, with its hedge and unit (≥150 棵). */
  valueText: string;
  approx: boolean;
  bound: 'at_least' | 'at_most' | null;
  series: number;
  href: string;
  tooltip: string;
}

export interface MetricPanelInput {
  title: string;
  rows: MetricRowInput[];
  /** Other models' figures in the same unit, drawn on one shared row without labels (model pages). */
  context: Array<{ value: number; series: number; href: string; tooltip: string }>;
}

export interface MetricsInput {
  panels: MetricPanelInput[];
  /** Keys for the models shown (omitted when only one model's figures are drawn). */
  seriesKeys: Array<{ series: number; label: string }>;
  text: { exact: string; approx: string; atLeast: string; atMost: string; logScale: string; others: string };
  formatTick: (value: number) => string;
}

export interface MetricRowLayout extends MetricRowInput {
  lines: string[];
  /** Top of the row and the y of its mark. */
  top: number;
  y: number;
  x: number;
  /** Where the value text goes and which way it runs from there. */
  textX: number;
  textAnchor: 'start' | 'end';
}

export interface MetricPanelLayout {
  title: string;
  titleY: number;
  scale: ValueScale;
  rows: MetricRowLayout[];
  context: { y: number; marks: Array<MetricPanelInput['context'][number] & { x: number }> } | null;
  /** Vertical extent of the grid and the baseline of the tick labels. */
  gridTop: number;
  gridBottom: number;
  tickY: number;
  ticks: Array<{ x: number; label: string }>;
}

export interface MetricsLayout {
  width: number;
  height: number;
  legend: ReturnType<typeof layoutLegend>;
  panels: MetricPanelLayout[];
  othersLabel: string;
  logLabel: string;
}

export const METRICS_WIDTH = 640;
const FONT = 12;
const LINE = 15;
const LABEL_X = 4;
const LABEL_MAX = 236;
const PLOT: [number, number] = [262, 540];
const ARROW = 16;

/** The key marks of the legend, built from the same pieces as the chart's marks. */
function legendKeys(input: MetricsInput): LegendKey[] {
  const series = input.seriesKeys.map((key) => ({ mark: element('path', { class: `mark series-${key.series}`, d: shapePath(key.series, 5) }), label: key.label }));
  return [
    ...series,
    { mark: element('circle', { class: 'mark key', r: 4.5 }), label: input.text.exact },
    { mark: element('circle', { class: 'mark key hollow', r: 4.5 }), label: input.text.approx },
    { mark: arrow(-6, 0, 1, 'key'), label: input.text.atLeast },
    { mark: arrow(6, 0, -1, 'key'), label: input.text.atMost },
  ];
}

/** A bound arrow from (x, y), ARROW long, pointing right (direction 1) or left (-1). */
function arrow(x: number, y: number, direction: 1 | -1, series: number | 'key'): string {
  const tip = x + direction * ARROW;
  const head = `M${tip},${y}l${-direction * 5},-3.5v7z`;
  const cls = series === 'key' ? 'bound key' : `bound series-${series}`;
  return element('path', { class: cls, d: `M${x},${y}H${tip - direction * 4}${head}` });
}

/** Lays out every panel top to bottom. */
export function layoutMetrics(input: MetricsInput): MetricsLayout {
  const legend = layoutLegend(legendKeys(input), LABEL_X + 6, 14, METRICS_WIDTH - 12);
  let y = legend.height + 8;
  const panels = input.panels.map((panel) => {
    const values = [...panel.rows.map((r) => r.value), ...panel.context.map((c) => c.value)];
    const scale = valueScale(values, PLOT);
    const title = scale.type === 'log' ? `${panel.title} · ${input.text.logScale}` : panel.title;
    const titleY = y + FONT;
    const gridTop = titleY + 8;
    let rowTop = gridTop;
    const rows = panel.rows.map((row) => {
      const lines = wrapText(row.label, LABEL_MAX, FONT);
      const height = Math.max(22, lines.length * LINE + 7);
      const x = scale.at(row.value);
      const reach = row.bound === 'at_least' ? x + ARROW : x;
      const after = reach + 9;
      const fits = after + textWidth(row.valueText, FONT) <= METRICS_WIDTH - 4;
      const before = (row.bound === 'at_most' ? x - ARROW : x) - 9;
      const layout: MetricRowLayout = {
        ...row,
        lines,
        top: rowTop,
        y: rowTop + height / 2,
        x,
        textX: fits ? after : before,
        textAnchor: fits ? 'start' : 'end',
      };
      rowTop += height;
      return layout;
    });
    let context: MetricPanelLayout['context'] = null;
    if (panel.context.length > 0) {
      context = { y: rowTop + 11, marks: panel.context.map((c) => ({ ...c, x: scale.at(c.value) })) };
      rowTop += 22;
    }
    const gridBottom = rowTop + 2;
    const tickY = gridBottom + FONT + 2;
    y = tickY + 14;
    return { title, titleY, scale, rows, context, gridTop, gridBottom, tickY, ticks: scale.ticks.map((t) => ({ x: scale.at(t), label: input.formatTick(t) })) };
  });
  return { width: METRICS_WIDTH, height: y, legend, panels, othersLabel: input.text.others, logLabel: input.text.logScale };
}

/** The mark of a figure: the series' shape, hollow when approximate. */
function mark(series: number, approx: boolean, x: number, y: number): string {
  return element('path', { class: `mark series-${series}${approx ? ' hollow' : ''}`, d: shapePath(series, 5), transform: `translate(${x},${y})` });
}

function renderPanel(panel: MetricPanelLayout, othersLabel: string): string {
  const grid = panel.ticks
    .map((tick) => element('line', { class: 'grid', x1: tick.x, x2: tick.x, y1: panel.gridTop, y2: panel.gridBottom }) + element('text', { class: 'tick', x: tick.x, y: panel.tickY, 'text-anchor': 'middle' }, escapeXml(tick.label)))
    .join('');
  const rows = panel.rows
    .map((row) => {
      const firstBaseline = row.y - ((row.lines.length - 1) * LINE) / 2 + FONT * 0.35;
      const label = textBlock(row.lines, LABEL_X, firstBaseline, LINE, { class: 'label' });
      const bound = row.bound === 'at_least' ? arrow(row.x, row.y, 1, row.series) : row.bound === 'at_most' ? arrow(row.x, row.y, -1, row.series) : '';
      const value = element('text', { class: 'value', x: row.textX, y: row.y + FONT * 0.35, 'text-anchor': row.textAnchor === 'end' ? 'end' : null }, escapeXml(row.valueText));
      return label + evidence(row.href, row.tooltip, bound + mark(row.series, row.approx, row.x, row.y)) + value;
    })
    .join('');
  const context = panel.context
    ? element('text', { class: 'label muted', x: LABEL_X, y: panel.context.y + FONT * 0.35 }, escapeXml(othersLabel)) +
      panel.context.marks.map((m) => evidence(m.href, m.tooltip, mark(m.series, false, m.x, panel.context?.y ?? 0))).join('')
    : '';
  const title = element('text', { class: 'panel-title', x: LABEL_X, y: panel.titleY }, escapeXml(panel.title));
  return element('g', { class: 'panel' }, title + grid + rows + context);
}

/** The chart body. */
export function renderMetrics(layout: MetricsLayout): string {
  return renderLegend(layout.legend) + layout.panels.map((panel) => renderPanel(panel, layout.othersLabel)).join('');
}
