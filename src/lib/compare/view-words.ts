import { metricCategorySchema } from '../../schemas/metric.ts';
import type { UiKey } from '../i18n.ts';

/**
 * The UI strings /compare/ hands its script (src/lib/i18n.ts's `templates`): what the script writes for a ?m=
 * selection — its status lines, the wording and phrase tables, and the charts, which the browser composes with
 * the same functions as the build (src/lib/figures/). A unit test draws every chart and table with only these.
 */
export const COMPARE_VIEW_KEYS = [
  // Status and selection.
  'compare.showing', 'compare.unknown', 'compare.tooMany', 'compare.noneValid', 'compare.noneValidSplit', 'compare.notLoaded', 'compare.loadFailed',
  'compare.loading', 'compare.selectionTitle',
  // Wording and phrases.
  'compare.wording', 'compare.wordingIntro', 'compare.onlyDiffer', 'compare.differDefinition', 'compare.differSummary',
  'compare.sharedNames', 'compare.noShared', 'compare.shared', 'compare.unused', 'compare.category', 'compare.phrases',
  'compare.formulasRow', 'compare.noFigures', 'slogan.brand', 'slogan.requirement', 'slogan.campaign', 'metric.evidence',
  // Charts: titles, captions, downloads.
  'chart.matrix.title', 'chart.metrics.title', 'chart.timeline.title', 'chart.inSelection', 'chart.source.selection',
  'chart.dataTable', 'chart.scrollHint', 'cite.noSiteAddress', 'chart.citeAs', 'chart.downloads', 'chart.svg', 'chart.png', 'chart.csv',
  // What the chart builders write (src/lib/figures/matrix.ts, metrics.ts, timeline.ts).
  'chart.col.end', 'chart.col.group', 'chart.col.kind', 'chart.col.link', 'chart.col.mechanisms', 'chart.col.model', 'chart.col.modelId',
  'chart.col.modelName', 'chart.col.place', 'chart.col.quote', 'chart.col.start', 'chart.matrix.count', 'chart.matrix.desc',
  'chart.matrix.models', 'chart.metrics.approx', 'chart.metrics.atLeast', 'chart.metrics.atMost', 'chart.metrics.desc', 'chart.metrics.exact',
  'chart.metrics.log', 'chart.metrics.others', 'chart.timeline.deadline', 'chart.timeline.desc', 'chart.timeline.during', 'chart.timeline.gantt',
  'chart.timeline.overview', 'chart.timeline.planDesc', 'chart.timeline.published', 'chart.timeline.span', 'chart.timeline.timetable',
  'chart.timeline.undated', 'metric.hedge', 'metric.label', 'metric.unit', 'metric.value', 'metric.approx', 'metric.at_least', 'metric.at_most',
  'model.noDate', 'table.category',
  ...metricCategorySchema.options.map((category) => `chart.metricCategory.${category}` as const),
] as const satisfies readonly UiKey[];
