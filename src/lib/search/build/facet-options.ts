import { levelSchema, type CuratedModel } from '../../../schemas/model.ts';
import type { MechanismCategory } from '../../../schemas/taxonomy.ts';
import { FACETS, PAGE_TYPES, publishedYear, type FacetKey } from '../shared/facets.ts';

/**
 * The values each facet can take on this site, with their labels, for the search page's checkboxes. Values
 * are the ones the pages carry (ids, GB/T 2260 names, years); labels come from the caller, per edition.
 */

export interface FacetOption {
  value: string;
  label: string;
}

export interface FacetGroup {
  key: FacetKey;
  options: FacetOption[];
}

export interface FacetLabels {
  type: (type: string) => string;
  province: (name: string) => string;
  level: (level: string) => string;
  sector: (sector: string) => string;
  category: (category: MechanismCategory) => string;
}

export function facetGroups(models: readonly CuratedModel[], categories: readonly MechanismCategory[], labels: FacetLabels): FacetGroup[] {
  const distinct = (values: Iterable<string>) => [...new Set(values)];
  const options: Record<FacetKey, FacetOption[]> = {
    type: PAGE_TYPES.map((type) => ({ value: type, label: labels.type(type) })),
    province: distinct(models.map((m) => m.region.province))
      .sort((a, b) => a.localeCompare(b, 'zh-CN'))
      .map((p) => ({ value: p, label: labels.province(p) })),
    // In the schema's order, from the province down, then state forest enterprises (outside the hierarchy).
    level: levelSchema.options.filter((l) => models.some((m) => m.level === l)).map((l) => ({ value: l, label: labels.level(l) })),
    sector: distinct(models.map((m) => m.sector)).map((s) => ({ value: s, label: labels.sector(s) })),
    category: categories.map((c) => ({ value: c.id, label: labels.category(c) })),
    year: distinct(models.flatMap((m) => publishedYear(m) ?? []))
      .sort()
      .reverse()
      .map((y) => ({ value: y, label: y })),
  };
  return FACETS.map((key) => ({ key, options: options[key] })).filter((g) => g.options.length > 0);
}
