import { describe, expect, it } from 'vitest';
import { chartId, compareId, figureId, idsFromParam, idsToParam, mechanismId, modelOf, pageId, paragraphId, parseId, textKey } from '../../src/lib/brief/ids.ts';
import { modelItems } from '../../src/lib/brief/items.ts';
import { briefFromIds, moveBlock, parseBrief, pinnedIds, togglePin, insertBlock, removeBlock } from '../../src/lib/brief/store.ts';
import { readCuratedTemplates } from '../../src/lib/entries/read.ts';

const models = readCuratedTemplates('.').map((m) => m.data);

describe('pin ids', () => {
  it('every kind of id reads back as what it names', () => {
    expect(parseId(pageId('linxiang-forestry-336'))).toEqual({ kind: 'page', model: 'linxiang-forestry-336' });
    expect(parseId(paragraphId('linxiang-forestry-336', 12))).toEqual({ kind: 'paragraph', model: 'linxiang-forestry-336', paragraph: 12 });
    const figure = figureId('honglin-town-park', { quote: '共有党员2万余人', paragraph: 4, value: 2, unit: '万人' });
    expect(parseId(figure)).toMatchObject({ kind: 'figure', model: 'honglin-town-park', paragraph: 4 });
    expect(parseId(mechanismId('honglin-town-park', { name: '林长制', quote: '全面推行林长制', paragraph: 7 }))).toMatchObject({ kind: 'mechanism', paragraph: 7 });
    expect(parseId(chartId('metrics-honglin-town-park'))).toEqual({ kind: 'chart', figure: 'metrics-honglin-town-park' });
    expect(parseId(compareId(['b-model', 'a-model']))).toEqual({ kind: 'compare', models: ['b-model', 'a-model'] });
    expect(modelOf(paragraphId('x-y', 3))).toBe('x-y');
    expect(modelOf(chartId('matrix'))).toBeNull();
  });

  it('rejects what no control writes', () => {
    for (const bad of ['', 'Linxiang', 'a~p0', 'a~p', 'a~q3-abc', 'chart~', 'compare~', 'compare~a..b', '../etc', 'a b']) expect(parseId(bad)).toBeNull();
  });

  it('ids use only URL-unreserved characters, so ?items= needs no escaping', () => {
    for (const model of models) {
      const ids = [pageId(model.id), ...model.metrics.map((m) => figureId(model.id, m)), ...model.mechanisms.map((m) => mechanismId(model.id, m))];
      for (const id of ids) {
        expect(id).toMatch(/^[a-z0-9.~-]+$/);
        expect(encodeURIComponent(id)).toBe(id);
      }
    }
  });

  it('a figure keeps its id when figures are curated before it: ids come from the quote, not the list position', () => {
    const model = models.find((m) => m.metrics.length > 2)!;
    const ids = model.metrics.map((m) => figureId(model.id, m));
    const reordered = [...model.metrics].reverse().map((m) => figureId(model.id, m));
    expect(new Set(reordered)).toEqual(new Set(ids));
    expect(figureId(model.id, model.metrics[0]!)).toBe(ids[0]);
  });

  it('figures and mechanisms of every curated entry have ids of their own (no two share one)', () => {
    for (const model of models) {
      const ids = [...model.metrics.map((m) => figureId(model.id, m)), ...model.mechanisms.map((m) => mechanismId(model.id, m))];
      expect(new Set(ids).size, model.id).toBe(ids.length);
    }
  });

  it('two figures quoted from one sentence differ by value and unit', () => {
    const quote = '共有党员2万余人，投入资金5493万元';
    expect(figureId('m', { quote, paragraph: 3, value: 2, unit: '万人' })).not.toBe(figureId('m', { quote, paragraph: 3, value: 5493, unit: '万元' }));
  });

  it('textKey is the same in every build (a fixed hash, not a counter)', () => {
    expect(textKey('全面推行林长制')).toBe(textKey('全面推行林长制'));
    expect(textKey('a')).toBe((0xe40c292c).toString(36)); // FNV-1a 32 of "a"
  });

  it('a ?items= list keeps its order and unknown ids, and drops repeats', () => {
    expect(idsFromParam('b~p2,a,zz-unknown,a')).toEqual(['b~p2', 'a', 'zz-unknown']);
    expect(idsFromParam(idsToParam(['x~p1', 'chart~matrix']))).toEqual(['x~p1', 'chart~matrix']);
    expect(idsFromParam(null)).toEqual([]);
  });
});

describe('items of a model page', () => {
  it('resolves each paragraph, figure and mechanism to its quote and ¶ with a #p-N address', () => {
    const model = models[0]!;
    const items = modelItems(
      {
        id: model.id,
        title: model.title.zh,
        url: `https://atlas.example.net/models/${model.id}/`,
        paragraphs: ['第一段。', '第二段。'],
        metrics: model.metrics.map((m) => ({ label: m.label.zh, value: String(m.value), raw: m.value, unit: m.unit, year: m.year, quote: m.quote, paragraph: m.paragraph })),
        mechanisms: model.mechanisms,
      },
      { paragraph: (n) => `¶${n}`, figureHead: ['内容', '数值', '单位', '年份'] },
    );
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get(paragraphId(model.id, 2))).toMatchObject({ quote: '第二段。', paragraph: 2, url: `https://atlas.example.net/models/${model.id}/#p-2` });
    const metric = model.metrics[0]!;
    expect(byId.get(figureId(model.id, metric))).toMatchObject({ kind: 'figure', quote: metric.quote, paragraph: metric.paragraph, table: { rows: [[metric.label.zh, String(metric.value), metric.unit, metric.year === null ? '' : String(metric.year)]] } });
    expect(items.every((i) => i.ref === model.id)).toBe(true);
  });
});

describe('the stored brief', () => {
  it('pins, unpins, moves, inserts and removes blocks', () => {
    let brief = togglePin(togglePin(togglePin(parseBrief(null), 'a'), 'b'), 'c');
    expect(pinnedIds(brief)).toEqual(['a', 'b', 'c']);
    brief = moveBlock(brief, 2, -1);
    expect(pinnedIds(brief)).toEqual(['a', 'c', 'b']);
    expect(moveBlock(brief, 0, -1)).toBe(brief);
    brief = insertBlock(brief, 0, { type: 'heading', text: '一、概况' });
    brief = togglePin(brief, 'c');
    expect(brief.blocks).toEqual([{ type: 'heading', text: '一、概况' }, { type: 'item', id: 'a' }, { type: 'item', id: 'b' }]);
    expect(removeBlock(brief, 0).blocks).toHaveLength(2);
  });

  it('reads what it wrote, and an unreadable store as an empty brief', () => {
    const brief = { title: '汇报', blocks: [{ type: 'item' as const, id: 'a~p1', note: '注' }, { type: 'heading' as const, text: 'H' }] };
    expect(parseBrief(JSON.stringify(brief))).toEqual(brief);
    expect(parseBrief('{not json')).toEqual({ title: '', blocks: [] });
    expect(parseBrief(JSON.stringify({ blocks: [{ type: 'item' }, 3, { type: 'heading', text: 'ok' }] })).blocks).toEqual([{ type: 'heading', text: 'ok' }]);
    expect(pinnedIds(briefFromIds(['x', 'y']))).toEqual(['x', 'y']);
  });
});
