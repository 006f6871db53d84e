import { describe, expect, it } from 'vitest';
import { readEntry } from '../../src/lib/entries/read.ts';
import { decodeFormulas, rootFormulas } from '../../src/lib/formulas.ts';
import type { CuratedModel } from '../../src/schemas/model.ts';

const linxiang = readEntry(process.cwd(), 'linxiang-forestry-336').data as CuratedModel;

describe('decodeFormulas', () => {
  const decoded = decodeFormulas(linxiang.formulas);
  const byCode = (code: string) => decoded.find((f) => f.formula.code === code)!;

  it('decodes 336 into 三项机制 · 三道关口 · 六个先锋, each expanding into its own components', () => {
    const root = byCode('336');
    expect(root.components.map((c) => c.label)).toEqual(['三项机制', '三道关口', '六个先锋']);
    const children = root.components.map((c) => decoded[c.expandsTo!]!);
    expect(children.map((f) => f.formula.code)).toEqual(['三项机制', '三道关口', '六个先锋']);
    expect(children.map((f) => f.components.length)).toEqual([3, 3, 6]);
    expect(children[0]!.components.map((c) => c.label)).toEqual(['责任机制', '联点机制', '考评机制']);
    expect(children.every((f) => f.partOf.includes(root.index))).toBe(true);
  });

  it('starts readers at the formulas no other formula contains', () => {
    const roots = rootFormulas(decoded).map((f) => f.formula.code);
    expect(roots).toContain('336');
    expect(roots).not.toContain('三项机制');
    expect(roots).not.toContain('六个先锋');
  });

  it('gives every component the anchor of its quote in the text', () => {
    expect(byCode('336').components.map((c) => c.anchor)).toEqual([0, 1, 2].map((j) => `q-c-${byCode('336').index}-${j}`));
  });

  it('leaves leaves as leaves and never expands a formula into itself', () => {
    const self = decodeFormulas([{ ...linxiang.formulas[0]!, code: 'A', components: [{ ...linxiang.formulas[0]!.components[0]!, label: 'A' }] }]);
    expect(self[0]!.components[0]!.expandsTo).toBeNull();
    expect(byCode('三项机制').components.every((c) => c.expandsTo === null)).toBe(true);
  });
});
