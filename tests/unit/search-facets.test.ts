import { describe, expect, it } from 'vitest';
import { categoryFilters, filterAttributes, matchesFilters, modelFilters, pageType, pagefindFilters, readSearchState, writeSearchState } from '../../src/lib/search/facets.ts';
import { xining } from '../fixtures/search-dictionary.ts';

describe('search facets', () => {
  it('types every page by its path, and leaves the search page out', () => {
    expect(pageType('')).toBe('overview');
    expect(pageType('models/x/')).toBe('model');
    expect(pageType('mechanisms/')).toBe('mechanism');
    expect(pageType('mechanisms/liaison/')).toBe('mechanism');
    expect(pageType('formulas/')).toBe('formula');
    expect(pageType('glossary/')).toBe('glossary');
    expect(pageType('regions/')).toBe('region');
    expect(pageType('compare/')).toBe('overview');
    expect(pageType('search/')).toBeNull();
  });

  it('gives a model its province, level, sector, categories and year, one attribute per value', () => {
    const filters = modelFilters(xining());
    expect(filters).toEqual({ province: ['青海省'], level: ['prefecture'], sector: ['forestry'], category: ['liaison'], year: ['2021'] });
    expect(filterAttributes({ type: ['model'], ...filters })).toEqual(['type:model', 'province:青海省', 'level:prefecture', 'sector:forestry', 'category:liaison', 'year:2021']);
    expect(filterAttributes(categoryFilters('liaison'))).toEqual(['category:liaison']);
  });

  it('reads and writes the URL: the query, repeated facet values once each, the baseline mode', () => {
    const state = readSearchState(new URLSearchParams('q=林长制&type=model&province=青海省&province=黑龙江省&province=青海省&unknown=1&level=&mode=plain'));
    expect(state).toEqual({ q: '林长制', filters: { type: ['model'], province: ['青海省', '黑龙江省'] }, mode: 'plain' });
    expect(readSearchState(writeSearchState(state))).toEqual(state);
    expect(readSearchState(new URLSearchParams('')).mode).toBe('terms');
    expect(writeSearchState({ q: 'x', filters: {}, mode: 'terms' }).toString()).toBe('q=x');
  });

  it('filters OR within a facet and AND across facets', () => {
    const page = { type: ['model'], province: ['青海省'], category: ['liaison', 'responsibility'] };
    expect(matchesFilters(page, {})).toBe(true);
    expect(matchesFilters(page, { province: ['黑龙江省', '青海省'] })).toBe(true);
    expect(matchesFilters(page, { province: ['青海省'], type: ['mechanism'] })).toBe(false);
    expect(matchesFilters(page, { province: ['青海省'], type: ['mechanism'] }, 'type')).toBe(true);
    expect(matchesFilters({ type: ['glossary'] }, { province: ['青海省'] })).toBe(false);
    expect(pagefindFilters({ province: ['青海省', '黑龙江省'], type: ['model'], level: [] })).toEqual({ type: { any: ['model'] }, province: { any: ['青海省', '黑龙江省'] } });
    expect(pagefindFilters({ province: ['青海省'], type: ['model'] }, 'type')).toEqual({ province: { any: ['青海省'] } });
  });
});
