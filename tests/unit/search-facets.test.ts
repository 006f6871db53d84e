import { describe, expect, it } from 'vitest';
import { facetsFile, readFacets } from '../../src/lib/search/shared/dictionary.ts';
import { categoryFilters, filterAttributes, facetCounts, passesFilters, postingKey, modelFilters, pageType, readSearchState, writeSearchState } from '../../src/lib/search/shared/facets.ts';
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

  it('filters OR within a facet and AND across facets, by postings read back from the facets file', () => {
    const pages = [{ type: ['model'], province: ['青海省'], category: ['liaison', 'responsibility'] }, { type: ['glossary'] }, { type: ['model'], province: ['黑龙江省'], category: ['liaison'] }];
    const postings = readFacets(facetsFile(pages.map((f, i) => ({ p: `p${i}/`, t: ['', ''], f }))));
    expect(passesFilters(0, {}, postings)).toBe(true);
    expect(passesFilters(0, { province: ['黑龙江省', '青海省'] }, postings)).toBe(true);
    expect(passesFilters(0, { province: ['青海省'], type: ['mechanism'] }, postings)).toBe(false);
    expect(passesFilters(0, { province: ['青海省'], type: ['mechanism'] }, postings, 'type')).toBe(true);
    expect(passesFilters(1, { province: ['青海省'] }, postings)).toBe(false);
    // A value's count: the results that pass the other facets and carry it, so one facet's values add up as OR.
    const counts = facetCounts([0, 1, 2], { province: ['青海省'] }, postings);
    expect(counts.get(postingKey('province', '黑龙江省'))).toBe(1);
    expect(counts.get(postingKey('province', '青海省'))).toBe(1);
    expect(counts.get(postingKey('type', 'model'))).toBe(1);
    expect(counts.get(postingKey('type', 'glossary'))).toBe(0);
    expect(counts.get(postingKey('category', 'liaison'))).toBe(1);
  });
});
