import { describe, expect, it } from 'vitest';
import { CHINA_TILES } from '../../src/charts/china-tiles.ts';
import { comparedGroups, figureGroups, modelsInGroup } from '../../src/lib/compare.ts';
import { figuresFor, inRegion } from '../../src/lib/figures/index.ts';
import { compareMetricsFigure } from '../../src/lib/figures/site-wide.ts';
import { memoPerCollection, memoPerCollectionAnd } from '../../src/lib/per-collection.ts';
import {
  groupByModel, modelsWithFormulas, provinceOf, regionGroups, regionKey, regionPage, regionPaths, SITE_WIDE_LIMIT, siteWideLimit,
} from '../../src/lib/site-wide.ts';
import { context, MODELS } from './charts/content.ts';

describe('the site-wide page limit', () => {
  it('is 100 models unless ATLAS_SITE_WIDE_LIMIT sets another positive whole number', () => {
    expect(siteWideLimit({})).toBe(SITE_WIDE_LIMIT);
    expect(SITE_WIDE_LIMIT).toBe(100);
    expect(siteWideLimit({ ATLAS_SITE_WIDE_LIMIT: '2' })).toBe(2);
    for (const bad of ['0', '-3', '2.5', 'many']) expect(() => siteWideLimit({ ATLAS_SITE_WIDE_LIMIT: bad }), bad).toThrow(/ATLAS_SITE_WIDE_LIMIT must be a positive whole number, not “/);
  });
});

describe('region groups', () => {
  it('leaves a collection within the limit on one page', () => {
    expect(regionGroups(MODELS, MODELS.length)).toBeNull();
    expect(regionPaths(MODELS, MODELS.length)).toEqual([]);
    expect(groupByModel(null).size).toBe(0);
  });

  it('splits a larger one by province: every model once, provinces in tile order, models in collection order', () => {
    const groups = regionGroups(MODELS, 2)!;
    expect(groups.flatMap((g) => g.models.map((m) => m.id)).sort()).toEqual(MODELS.map((m) => m.id).sort());
    const order = groups.map((g) => CHINA_TILES.indexOf(g.tile));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const group of groups) {
      expect(group.key).toBe(regionKey(group.tile));
      for (const model of group.models) expect(provinceOf(model).code, model.id).toBe(model.region.adcode.slice(0, 2));
      expect(group.models.map((m) => MODELS.indexOf(m))).toEqual(group.models.map((m) => MODELS.indexOf(m)).sort((a, b) => a - b));
    }
    const byModel = groupByModel(groups);
    for (const model of MODELS) expect(byModel.get(model.id)?.models).toContain(model);
    // The same arrays on every call: the figures of a region page are cached per model list.
    expect(regionGroups(MODELS, 2)).toBe(groups);
    expect(modelsWithFormulas(MODELS)).toBe(modelsWithFormulas(MODELS));
  });

  it('gives each province a URL segment that is its English name in lower case', () => {
    const keys = CHINA_TILES.map(regionKey);
    expect(new Set(keys).size).toBe(CHINA_TILES.length);
    for (const key of keys) expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(regionKey(CHINA_TILES.find((t) => t.zh === '黑龙江')!)).toBe('heilongjiang');
    expect(regionKey({ code: '15', zh: '内蒙古', en: 'Inner Mongolia', col: 0, row: 0 })).toBe('inner-mongolia');
  });

  it('makes a static path per province and edition', () => {
    const groups = regionGroups(MODELS, 2)!;
    const paths = regionPaths(MODELS, 2);
    expect(paths).toHaveLength(groups.length * 2);
    expect(paths.map((p) => `${p.params.locale ?? ''}/${p.params.region}`)).toEqual([...groups.map((g) => `/${g.key}`), ...groups.map((g) => `en/${g.key}`)]);
  });
});

describe('region pages', () => {
  it('are named after their page and province in each edition, and link back to the page for all provinces', () => {
    const group = regionGroups(MODELS, 2)!.find((g) => g.key === 'heilongjiang')!;
    expect(regionPage('compare', group, 'zh-CN')).toEqual({ path: 'compare/region/heilongjiang/', title: '比较：黑龙江', topPath: 'compare/', topTitle: '比较' });
    expect(regionPage('formulas', group, 'en')).toMatchObject({ path: 'formulas/region/heilongjiang/', title: 'Numbered formulas: Heilongjiang', topPath: 'formulas/' });
    expect(regionPage('mechanisms', group, 'en').path).toBe('mechanisms/region/heilongjiang/');
  });
});

describe('memoPerCollection', () => {
  it('computes once per collection and key, keeps null answers, and never mixes collections', () => {
    const once = memoPerCollection<number | null>();
    const [a, b] = [[1, 2], [1, 2]];
    let calls = 0;
    const count = (value: number | null) => () => ((calls += 1), value);
    expect(once(a, 'k', count(1))).toBe(1);
    expect(once(a, 'k', count(9))).toBe(1);
    expect(once(a, 'other', count(null))).toBeNull();
    expect(once(a, 'other', count(7))).toBeNull();
    expect(once(b, 'k', count(2))).toBe(2);
    expect(calls).toBe(3);
  });

  it('with a second object, never mixes answers for two of them beside the same collection', () => {
    const once = memoPerCollectionAnd<string>();
    const all = [1, 2];
    const [taxonomy, other] = [{ name: 'build' }, { name: 'build' }];
    expect(once(all, taxonomy, 'k', () => 'first')).toBe('first');
    expect(once(all, taxonomy, 'k', () => 'again')).toBe('first');
    expect(once(all, other, 'k', () => 'second')).toBe('second');
    expect(once([1, 2], taxonomy, 'k', () => 'third')).toBe('third');
  });
});

describe('comparisons on a region page', () => {
  it('list every figure group two or more models have, over the whole collection, as /compare/ always has', () => {
    const shared = figureGroups(MODELS).filter((g) => modelsInGroup(g) >= 2);
    expect(comparedGroups(MODELS, MODELS)).toEqual(shared);
  });

  it('keep, for one province, each group it has a figure in that another province shares', () => {
    const sharedKeys = new Set(figureGroups(MODELS).filter((g) => modelsInGroup(g) >= 2).map((g) => g.key));
    for (const group of regionGroups(MODELS, 2)!) {
      const rows = comparedGroups(MODELS, group.models);
      const own = new Set(group.models.flatMap((m) => figureGroups([m]).map((g) => g.key)));
      expect(new Set(rows.map((r) => r.key)), group.key).toEqual(new Set([...own].filter((k) => sharedKeys.has(k))));
      for (const row of rows) expect(row.cells.map((c) => c.modelId)).toEqual(group.models.map((m) => m.id));
    }
  });

  it('draw the site-wide charts for the province: their own names, titles and source line', () => {
    const group = regionGroups(MODELS, 2)![0]!;
    for (const locale of ['zh-CN', 'en'] as const) {
      const ctx = inRegion(context(locale), group);
      const { key, name } = ctx.region!;
      const models = group.models;
      const [matrix] = figuresFor('matrix', ctx);
      expect(matrix?.name).toBe(`matrix-${key}`);
      expect(matrix?.id).toBe(`chart-matrix-${key}`);
      expect(matrix?.title).toContain(name);
      expect(matrix?.source).toContain(name);
      expect(matrix?.table.columns.filter((c) => c.numeric).length).toBe(models.length + 1);
      // One model: no pair to draw in the network, no unit shared within the province to compare.
      expect(figuresFor('network', { ...ctx, models: models.slice(0, 1) })).toEqual([]);
    }
    const whole = figuresFor('matrix', context('en'))[0];
    expect(whole?.name).toBe('matrix');
    expect(compareMetricsFigure({ ...context('en'), models: MODELS.slice(0, 1) })).toBeNull();
  });
});
