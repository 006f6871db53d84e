import { describe, expect, it } from 'vitest';
import { categoryMatrix, categoriesOf, FIGURE_PEERS, figureGroups, figurePeers, firstK, inListOrder, modelById, modelsInGroup, parseSelection, relatedModels } from '../../src/lib/compare.ts';
import { segmentParagraph, segmentsText } from '../../src/lib/highlight.ts';
import type { CuratedModel } from '../../src/schemas/model.ts';
import { goodEntry } from '../fixtures/curated-entry.ts';

const CATEGORIES = ['responsibility', 'liaison', 'assessment'].map((id) => ({
  id, name: { zh: id, en: id }, definition: { zh: id, en: id }, aliases: { zh: [], traditional: [], pinyin: [], en: [] },
}));

function model(id: string, categories: string[], metrics: Array<[number, string, CuratedModel['metrics'][number]['category']]> = []): CuratedModel {
  const base = goodEntry();
  return {
    ...base,
    id,
    mechanisms: categories.map((category, i) => ({ ...base.mechanisms[0]!, name: `${category}-${i}`, category })),
    metrics: metrics.map(([value, unit, category]) => ({
      ...base.metrics[0]!, value, unit, category, normalized: unit.startsWith('万') ? { value: value * 10000, unit: unit.slice(1) } : null,
    })),
  };
}

const A = model('a', ['liaison', 'liaison', 'responsibility'], [[142, '个', 'places'], [2, '万人', 'people']]);
const B = model('b', ['liaison', 'assessment'], [[300, '人', 'people']]);
const C = model('c', ['assessment'], [[5, '亩', 'area']]);

describe('categoryMatrix', () => {
  it('counts each model’s mechanisms per category, keeping evidence indexes', () => {
    const rows = categoryMatrix([A, B, C], CATEGORIES);
    expect(rows.map((r) => [r.category.id, r.cells.map((c) => c.mechanisms.length), r.models])).toEqual([
      ['responsibility', [1, 0, 0], 1],
      ['liaison', [2, 1, 0], 2],
      ['assessment', [0, 1, 1], 2],
    ]);
    expect(rows[1]!.cells[0]!.mechanisms.map((m) => m.index)).toEqual([0, 1]);
  });

  it('lists a model’s own categories in taxonomy order', () => {
    expect(categoriesOf(A, CATEGORIES).map((c) => c.category.id)).toEqual(['responsibility', 'liaison']);
  });
});

describe('relatedModels', () => {
  it('ranks other models by shared categories and leaves out those sharing none', () => {
    expect(relatedModels(A, [A, B, C]).map((r) => [r.model.id, r.shared])).toEqual([['b', ['liaison']]]);
    expect(relatedModels(B, [A, B, C]).map((r) => r.model.id)).toEqual(['a', 'c']);
    expect(relatedModels(B, [A, B, C], 1).map((r) => r.model.id)).toEqual(['a']);
  });

  it('answers once per collection: the same array again gives the same answer, another collection its own', () => {
    const collection = [A, B, C];
    const first = relatedModels(B, collection);
    expect(relatedModels(B, collection)).toBe(first);
    expect(relatedModels(B, collection, 1)).not.toBe(first);
    expect(relatedModels(B, [B, C]).map((r) => r.model.id)).toEqual(['c']);
    expect(figurePeers(B, collection)).toBe(figurePeers(B, collection));
  });

  it('picks what scoring every model against every other picks, in a collection of many repeated key sets', () => {
    // Seeded: 300 models whose categories and figure kinds repeat (as a large collection's do), ids not in order.
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const kinds: Array<[number, string, CuratedModel['metrics'][number]['category']]> = [[1, '个', 'places'], [2, '人', 'people'], [3, '亩', 'area'], [4, '万人', 'people']];
    const collection = Array.from({ length: 300 }, (_, i) =>
      model(`m${String((i * 7919) % 300).padStart(3, '0')}`, CATEGORIES.map((c) => c.id).filter(() => next() < 0.5), kinds.filter(() => next() < 0.4)),
    );
    const shared = (a: Set<string>, b: Set<string>) => [...a].filter((k) => b.has(k)).length;
    const bruteForce = (of: CuratedModel, keys: (m: CuratedModel) => Set<string>, limit: number) =>
      collection
        .filter((other) => other.id !== of.id && shared(keys(other), keys(of)) > 0)
        .sort((a, b) => shared(keys(b), keys(of)) - shared(keys(a), keys(of)) || a.id.localeCompare(b.id))
        .slice(0, limit)
        .map((m) => m.id);
    const categories = (m: CuratedModel) => new Set(m.mechanisms.map((x) => x.category));
    const figures = (m: CuratedModel) => new Set(m.metrics.map((x) => `${x.category}·${x.normalized?.unit ?? x.unit}`));
    for (const of of collection) {
      expect(relatedModels(of, collection).map((r) => r.model.id)).toEqual(bruteForce(of, categories, 8));
      expect(figurePeers(of, collection).map((m) => m.id)).toEqual(bruteForce(of, figures, FIGURE_PEERS));
    }
  });
});

describe('firstK', () => {
  // A seeded list with many ties on the score, as a large collection has (most models share 2–4 categories).
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const items = Array.from({ length: 500 }, (_, i) => ({ id: `m-${String(Math.floor(random() * 1e6)).padStart(6, '0')}-${i}`, count: Math.floor(random() * 5) }));
  const order = (a: (typeof items)[number], b: (typeof items)[number]) => b.count - a.count || a.id.localeCompare(b.id);

  it.each([0, 1, 4, 8, 499, 500, 600])('gives what sorting everything and taking %i gives', (k) => {
    expect(firstK(items, k, order)).toEqual([...items].sort(order).slice(0, k));
  });
});

describe('figureGroups', () => {
  it('puts only like units together, using normalized units (2万人 meets 300人)', () => {
    const groups = figureGroups([A, B, C]);
    const people = groups.find((g) => g.key === 'people·人');
    expect(people?.cells.map((c) => c.metrics.map((m) => m.metric.value))).toEqual([[2], [300], []]);
    expect(people?.max).toBe(20000);
    expect(modelsInGroup(people!)).toBe(2);
    expect(groups.map((g) => g.key)).toEqual(['people·人', 'area·亩', 'places·个']);
  });
});

describe('parseSelection (?m=)', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  it('keeps known ids in order, drops duplicates, reports unknown ones', () => {
    expect(parseSelection('b,zzz,a,b', ids)).toEqual({ ids: ['b', 'a'], unknown: ['zzz'], truncated: false });
  });
  it('caps the selection at four', () => {
    expect(parseSelection('a,b,c,d,e', ids)).toEqual({ ids: ['a', 'b', 'c', 'd'], unknown: [], truncated: true });
  });
  it('handles an empty or missing parameter', () => {
    expect(parseSelection(null, ids)).toEqual({ ids: [], unknown: [], truncated: false });
    expect(parseSelection(' , ', ids)).toEqual({ ids: [], unknown: [], truncated: false });
  });
});

describe('segmentParagraph', () => {
  const text = '在全市142个行政村中,按照“1+1+4”模式组建森林防火应急小分队。带动就业2万余人。';
  it('wraps each quote in a mark and keeps the text unchanged', () => {
    const segments = segmentParagraph(text, [{ id: 'q-m-1', text: '带动就业2万余人' }, { id: 'q-m-0', text: '在全市142个行政村中' }]);
    expect(segments.map((s) => s.kind === 'mark' ? s.id : 'text')).toEqual(['q-m-0', 'text', 'q-m-1', 'text']);
    expect(segmentsText(segments)).toBe(text);
  });
  it('gives an overlapping quote an anchor on the mark it overlaps', () => {
    const segments = segmentParagraph(text, [{ id: 'q-k-0', text: '按照“1+1+4”模式组建森林防火应急小分队' }, { id: 'q-f-0', text: '“1+1+4”模式' }]);
    expect(segments.find((s) => s.kind === 'mark')).toMatchObject({ id: 'q-k-0', anchors: ['q-f-0'] });
    expect(segmentsText(segments)).toBe(text);
  });
  it('ignores quotes that are not in the paragraph', () => {
    expect(segmentParagraph(text, [{ id: 'x', text: '不在此段' }])).toEqual([{ kind: 'text', text }]);
  });
});

describe('figurePeers', () => {
  it('finds the models with figures in the same category and unit, most shared first, at most `limit`', () => {
    const D = model('d', ['assessment'], [[5, '个', 'places'], [3, '万人', 'people']]);
    expect(figurePeers(A, [A, B, C, D]).map((m) => m.id)).toEqual(['d', 'b']);
    expect(figurePeers(A, [A, B, C, D], 1).map((m) => m.id)).toEqual(['d']);
    expect(figurePeers(C, [A, B, C, D])).toEqual([]);
  });
});

describe('inListOrder and modelById', () => {
  it('give what filtering and finding in the list give, through the position index', () => {
    const list = [A, B, C];
    for (const ids of [['c', 'a'], ['b', 'b', 'a'], ['x', 'c'], [], ['a', 'b', 'c']]) {
      expect(inListOrder(list, ids)).toEqual(list.filter((m) => ids.includes(m.id)));
    }
    expect(modelById(list, 'b')).toBe(B);
    expect(modelById(list, 'x')).toBeUndefined();
  });
});
