import { describe, expect, it } from 'vitest';
import { layoutMetrics, METRICS_WIDTH, renderMetrics, type MetricRowInput } from '../../../src/charts/metrics.ts';
import { compareMetricsFigure, modelMetricsFigure } from '../../../src/lib/figures/site-wide.ts';
import { context, model, cellAt } from './content.ts';

const row = (value: number, extra: Partial<MetricRowInput> = {}): MetricRowInput => ({
  label: `figure ${value}`, value, valueText: String(value), approx: false, bound: null, series: 0, href: `#m${value}`, tooltip: '', ...extra,
});
const text = { exact: 'exact', approx: 'approx', atLeast: 'at least', atMost: 'at most', logScale: 'log scale', others: 'others' };
const layoutOf = (panels: Parameters<typeof layoutMetrics>[0]['panels']) => layoutMetrics({ panels, seriesKeys: [], text, formatTick: String });

describe('metrics layout', () => {
  it('uses a log scale only for a panel whose values span two orders of magnitude', () => {
    const layout = layoutOf([
      { title: 'people', rows: [row(19), row(20000)], context: [] },
      { title: 'trees', rows: [row(1), row(5), row(150)], context: [] },
      { title: 'items', rows: [row(3), row(20)], context: [] },
    ]);
    expect(layout.panels.map((p) => p.scale.type)).toEqual(['log', 'log', 'linear']);
    expect(layout.panels[0]?.title).toBe('people · log scale');
    expect(layout.panels[2]?.title).toBe('items');
  });

  it('places marks by value, rows one under another, panels one under another', () => {
    const layout = layoutOf([
      { title: 'a', rows: [row(10), row(20), row(40)], context: [] },
      { title: 'b', rows: [row(1)], context: [{ value: 3, series: 1, href: '#', tooltip: '' }] },
    ]);
    const [a, b] = layout.panels;
    expect(a?.rows.map((r) => r.x)).toEqual([...(a?.rows.map((r) => r.x) ?? [])].sort((x, y) => x - y));
    expect(a?.rows[1]?.top).toBeGreaterThan(a?.rows[0]?.top ?? 0);
    expect(b?.titleY).toBeGreaterThan(a?.tickY ?? 0);
    expect(b?.context?.marks[0]?.x).toBeGreaterThan(b?.rows[0]?.x ?? 0);
    expect(layout.height).toBeGreaterThan(b?.tickY ?? 0);
  });

  it('marks approximate figures hollow and bounds with an arrow the way the value may lie', () => {
    const svg = renderMetrics(layoutOf([{ title: 'a', rows: [row(5, { approx: true }), row(6, { bound: 'at_least' }), row(7, { bound: 'at_most' })], context: [] }]));
    expect(svg.match(/class="mark series-0 hollow"/g)).toHaveLength(1 + 0);
    const arrows = [...svg.matchAll(/<path class="bound series-0" d="M([\d.]+),[\d.]+H([\d.]+)/g)].map((m) => Number(m[2]) - Number(m[1]));
    expect(arrows).toHaveLength(2);
    expect(arrows[0]).toBeGreaterThan(0);
    expect(arrows[1]).toBeLessThan(0);
  });

  it('writes a value left of its mark when it would run off the right edge', () => {
    const layout = layoutOf([{ title: 'a', rows: [row(1, { valueText: 'short' }), row(100, { valueText: 'a rather long value text here' })], context: [] }]);
    const [small, big] = layout.panels[0]?.rows ?? [];
    expect(small?.textAnchor).toBe('start');
    expect(big?.textAnchor).toBe('end');
    expect(big?.textX).toBeLessThan(big?.x ?? 0);
    expect(METRICS_WIDTH).toBe(layout.width);
  });

  it('with the real entries: /compare/ groups only like units that two or more models have', () => {
    const figure = compareMetricsFigure(context('zh-CN'));
    if (!figure) throw new Error('the real entries share units: /compare/ has a metrics chart');
    const groups = new Map<string, Set<string>>();
    for (const r of figure.table.rows) groups.set(cellAt(figure.table, r, 'group')?.text ?? '', (groups.get(cellAt(figure.table, r, 'group')?.text ?? '') ?? new Set()).add(cellAt(figure.table, r, 'model')?.text ?? ''));
    for (const [group, models] of groups) expect(models.size, group).toBeGreaterThanOrEqual(2);
    expect(figure.svg).toContain('对数刻度');
    const employed = figure.table.rows.find((r) => r[0]?.text === '带动就业人数')!;
    expect(cellAt(figure.table, employed, 'value_text')?.text).toBe('≈20,000 人');
    expect(cellAt(figure.table, employed, 'value')?.value).toBe(20000);
    expect(cellAt(figure.table, employed, 'unit')?.text).toBe('人');
  });

  it('on a model page: its own figures in rows, other models’ as context, figures with no counterpart left out', () => {
    const huizhou = model('huizhou-street-party-forest');
    const figure = modelMetricsFigure(context('en'), huizhou);
    const table = figure!.table;
    const own = table.rows.filter((r) => cellAt(table, r, 'model')?.text === 'Huizhou');
    const others = table.rows.filter((r) => cellAt(table, r, 'model')?.text !== 'Huizhou');
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThan(huizhou.metrics.length);
    expect(others.length).toBeGreaterThan(0);
    expect(own.every((r) => cellAt(table, r, 'evidence')?.href?.startsWith('/en/models/huizhou-street-party-forest/#q-m-'))).toBe(true);
    expect(cellAt(table, own.find((r) => r[0]?.text.startsWith('Trees to be planted per urban community'))!, 'value_text')?.text).toBe('≥150 棵');
  });
});
