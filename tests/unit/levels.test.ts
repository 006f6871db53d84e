import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh-CN.json';
import { facetGroups } from '../../src/lib/search/build/facet-options.ts';
import { levelSchema, sectorSchema, type CuratedModel } from '../../src/schemas/model.ts';
import { goodEntry } from '../fixtures/curated-entry.ts';

// Every page that lists levels (regions, facets, search filters, model facts, cards) labels them through
// `level.<id>`: a level the schema adds without labels would print its key.
describe('levels and sectors', () => {
  it.each([...levelSchema.options.map((l) => `level.${l}`), ...sectorSchema.options.map((s) => `sector.${s}`)])('%s has a label in both editions', (key) => {
    expect((zh as Record<string, string>)[key], key).toBeTruthy();
    expect((en as Record<string, string>)[key], key).toBeTruthy();
  });

  it('a state forest enterprise gets its level as a search filter, after the administrative levels', () => {
    const farm: CuratedModel = { ...goodEntry(), id: 'forest-farm', level: 'forest-enterprise' };
    const county: CuratedModel = { ...goodEntry(), id: 'county', level: 'county' };
    const province: CuratedModel = { ...goodEntry(), id: 'province', level: 'province' };
    const groups = facetGroups([farm, county, province], [], {
      type: (x) => x, province: (x) => x, level: (l) => (en as Record<string, string>)[`level.${l}`] ?? l, sector: (x) => x, category: (c) => c.id,
    });
    expect(groups.find((g) => g.key === 'level')?.options).toEqual([
      { value: 'province', label: 'Province' },
      { value: 'county', label: 'County' },
      { value: 'forest-enterprise', label: 'State forest enterprise or farm' },
    ]);
  });
});
