import type { CuratedModel } from '../schemas/model.ts';
import type { UiKey } from './i18n.ts';
import { routes } from './routes.ts';
import { groupByModel, modelsWithFormulas, regionGroups } from './site-wide.ts';

/**
 * The contents list of a model page: one jump link per section the page has, in page order. The ids are the
 * sections' heading ids, published anchors like #p-N: a printed brief may cite /models/<id>/#mechanisms.
 */

/** A section of a model page: its heading's id and the UI key of its heading. */
export interface PageSection {
  id: string;
  label: UiKey;
}

/** What the page shows, as counts (0: the section is left out). */
export interface SectionCounts {
  summary: boolean;
  slogans: number;
  formulas: number;
  mechanismCategories: number;
  metrics: number;
  notes: number;
  related: number;
}

/** The id of the contents list itself, which the "back to contents" link targets. */
export const CONTENTS_ID = 'contents';
/** The citation box's heading id (src/components/CitationBox.astro). */
export const CITATION_ID = 'cite-heading';

/** The sections a page with these counts has, in the order the page shows them. */
export function pageSections(counts: SectionCounts): PageSection[] {
  const optional: Array<[boolean, PageSection]> = [
    [counts.summary, { id: 'summary', label: 'model.summary' }],
    [counts.slogans > 0, { id: 'slogans', label: 'model.slogans' }],
    [counts.formulas > 0, { id: 'formulas', label: 'model.formulas' }],
    [counts.mechanismCategories > 0, { id: 'mechanisms', label: 'model.mechanisms' }],
    [counts.metrics > 0, { id: 'metrics', label: 'model.metrics' }],
    [counts.notes > 0, { id: 'notes', label: 'model.notes' }],
  ];
  return [
    ...optional.flatMap(([shown, section]) => (shown ? [section] : [])),
    { id: 'text', label: 'model.text' },
    ...(counts.related > 0 ? [{ id: 'related', label: 'model.compareWith' } as const] : []),
    { id: CITATION_ID, label: 'cite.title' },
  ];
}

/**
 * The page of /formulas/ that draws a model's formula charts: /formulas/ itself, or its province's part once the
 * collection is split (src/lib/site-wide.ts). Null for a model without formulas (and for drafts, never drawn).
 */
export function formulasPageOf(model: CuratedModel, models: readonly CuratedModel[]): string | null {
  if (model.formulas.length === 0) return null;
  const group = groupByModel(regionGroups(modelsWithFormulas(models))).get(model.id);
  return group ? routes.formulasRegion(group.key) : routes.formulas();
}
