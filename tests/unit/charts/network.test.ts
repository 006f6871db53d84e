import { describe, expect, it } from 'vitest';
import { layoutNetwork, renderNetwork, seededRandom } from '../../../src/charts/network.ts';
import { networkFigure } from '../../../src/lib/figures/network.ts';
import { context, MODELS, cellAt } from './content.ts';

const input = {
  nodes: ['a', 'b', 'c', 'd'].map((id, i) => ({ id, label: id.toUpperCase(), series: i, size: 4 + i, href: `/${id}/`, tooltip: id })),
  links: [
    { source: 'a', target: 'b', weight: 9, href: '#', tooltip: 'ab' },
    { source: 'a', target: 'c', weight: 2, href: '#', tooltip: 'ac' },
    { source: 'b', target: 'c', weight: 5, href: '#', tooltip: 'bc' },
    { source: 'c', target: 'd', weight: 1, href: '#', tooltip: 'cd' },
  ],
  text: { weight: 'shared', size: 'used' },
};
const distance = (layout: ReturnType<typeof layoutNetwork>, a: string, b: string) => {
  const [p, q] = [layout.nodes.find((n) => n.id === a), layout.nodes.find((n) => n.id === b)];
  return Math.hypot((p?.x ?? 0) - (q?.x ?? 0), (p?.y ?? 0) - (q?.y ?? 0));
};

describe('network layout', () => {
  it('the seeded random source repeats itself', () => {
    const [one, two] = [seededRandom(7), seededRandom(7)];
    const a = Array.from({ length: 5 }, one);
    expect(Array.from({ length: 5 }, two)).toEqual(a);
    expect(a.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('is deterministic: the same data give the same bytes, run after run', () => {
    expect(renderNetwork(layoutNetwork(input))).toBe(renderNetwork(layoutNetwork(input)));
    const real = () => networkFigure(context('zh-CN')).svg;
    expect(real()).toBe(real());
  });

  it('pulls pairs that share more closer together, and draws their lines thicker', () => {
    const layout = layoutNetwork(input);
    expect(distance(layout, 'a', 'b')).toBeLessThan(distance(layout, 'a', 'c'));
    const width = (s: string, t: string) => layout.links.find((l) => l.source === s && l.target === t)?.strokeWidth ?? 0;
    expect(width('a', 'b')).toBeGreaterThan(width('b', 'c'));
    expect(width('b', 'c')).toBeGreaterThan(width('a', 'c'));
  });

  it('keeps every node and label inside the frame', () => {
    const layout = layoutNetwork(input);
    for (const n of layout.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.r + 12).toBeLessThanOrEqual(layout.height);
    }
  });

  it('with the real entries: one node per model, one line per pair sharing a category, counts written on them', () => {
    const figure = networkFigure(context('en'));
    expect(figure.svg.match(/<line class="edge"/g)).toHaveLength(figure.table.rows.length);
    expect(figure.table.rows.length).toBeLessThanOrEqual((MODELS.length * (MODELS.length - 1)) / 2);
    const shared = figure.table.rows.map((row) => Number(cellAt(figure.table, row, 'shared')?.text));
    expect([...shared].sort((x, y) => y - x)).toEqual(shared);
    for (const row of figure.table.rows) expect(cellAt(figure.table, row, 'categories')?.links?.length).toBe(cellAt(figure.table, row, 'shared')?.value);
  });
});
