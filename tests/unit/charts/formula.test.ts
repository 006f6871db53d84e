import { describe, expect, it } from 'vitest';
import { layoutFormula, renderFormula } from '../../../src/charts/formula.ts';
import { formulaFigure, modelFormulaFigures, treeRoots } from '../../../src/lib/figures/formula.ts';
import { context, model, cellAt } from './content.ts';

const linxiang = model('linxiang-forestry-336');
const index336 = linxiang.formulas.findIndex((f) => f.code === '336');

describe('formula trees', () => {
  it('336 is drawn once, with 三项机制, 三道关口 and 六个先锋 inside it rather than as trees of their own', () => {
    const roots = treeRoots(linxiang).map((i) => linxiang.formulas[i]?.code);
    expect(roots).toContain('336');
    expect(roots).not.toContain('三项机制');
    expect(roots).not.toContain('三道关口');
    expect(roots).not.toContain('六个先锋');
    expect(modelFormulaFigures(context('zh-CN'), linxiang).map((f) => f.name)).toContain(`formula-linxiang-forestry-336-${index336}`);
  });

  it('336 → 3 · 3 · 6 → their parts: depth 2, children 3, 3 and 6 in the source’s order', () => {
    const figure = formulaFigure(context('zh-CN'), linxiang, index336);
    const rows = figure.table.rows.map((row) => ({ part: row[0]?.text, of: cellAt(figure.table, row, 'part_of')?.text, level: cellAt(figure.table, row, 'level')?.text }));
    expect(rows.filter((r) => r.level === '1').map((r) => r.part)).toEqual(['三项机制', '三道关口', '六个先锋']);
    expect(rows.filter((r) => r.of === '三项机制').map((r) => r.part)).toEqual(['责任机制', '联点机制', '考评机制']);
    expect(rows.filter((r) => r.of === '三道关口')).toHaveLength(3);
    expect(rows.filter((r) => r.of === '六个先锋')).toHaveLength(6);
    expect(rows.filter((r) => r.level === '2')).toHaveLength(12);
  });

  it('lays the tree out left to right: the root left of its parts, parts left of theirs, leaves in one column', () => {
    const leaf = (label: string) => ({ label, href: `#${label}`, tooltip: label, expansion: 'none' as const, children: [] });
    const layout = layoutFormula({
      root: {
        label: '336', href: '#r', tooltip: 'r', expansion: 'implicit',
        children: [
          { label: '三项机制', href: '#a', tooltip: 'a', expansion: 'explicit', children: [leaf('责任机制'), leaf('联点机制'), leaf('考评机制')] },
          { label: '六个先锋', href: '#b', tooltip: 'b', expansion: 'partial', children: [leaf('乡村振兴先锋')] },
        ],
      },
      text: { explicit: 'explicit', implicit: 'implicit', partial: 'partial', more: '…' },
    });
    expect(layout.depth).toBe(2);
    const byDepth = (d: number) => layout.nodes.filter((n) => n.depth === d);
    expect(byDepth(0)).toHaveLength(1);
    expect(byDepth(1)).toHaveLength(2);
    expect(byDepth(2)).toHaveLength(5);
    expect(new Set(byDepth(2).map((n) => n.x)).size).toBe(1);
    expect((byDepth(0)[0]?.labelEnd ?? 0)).toBeLessThan(byDepth(1)[0]?.x ?? 0);
    expect(Math.max(...byDepth(1).map((n) => n.labelEnd))).toBeLessThan(byDepth(2)[0]?.x ?? 0);
    // The root sits between its parts; parts between theirs.
    const [first, second] = byDepth(1);
    expect(byDepth(0)[0]?.y).toBeGreaterThan(first?.y ?? 0);
    expect(byDepth(0)[0]?.y).toBeLessThan(second?.y ?? 0);
    // Link styles say how the source gives each expansion; the “…” leaf stands for unnamed parts.
    expect(layout.links.map((l) => l.style)).toEqual(['implicit', 'implicit', 'explicit', 'explicit', 'explicit', 'partial', 'none']);
    expect(byDepth(2).filter((n) => n.more)).toHaveLength(1);
    const svg = renderFormula(layout);
    expect(svg.match(/class="link implicit"/g)).toHaveLength(3);
    for (const node of layout.nodes) expect(node.labelEnd).toBeLessThanOrEqual(layout.width);
  });

  it('links every node to its evidence anchor on the model page', () => {
    const figure = formulaFigure(context('en', '/atlas/'), linxiang, index336);
    expect(figure.svg).toContain(`data-href="/atlas/en/models/linxiang-forestry-336/#q-f-${index336}"`);
    expect(figure.svg).toContain(`data-href="/atlas/en/models/linxiang-forestry-336/#q-c-${index336}-0"`);
    const nested = linxiang.formulas.findIndex((f) => f.code === '三项机制');
    expect(figure.svg).toContain(`data-href="/atlas/en/models/linxiang-forestry-336/#q-c-${nested}-0"`);
    expect(figure.svg).toContain('>Responsibility mechanism<');
  });
});
