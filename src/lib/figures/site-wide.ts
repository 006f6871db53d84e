import type { CuratedModel } from '../../schemas/model.ts';
import { figurePeers, inListOrder } from '../compare.ts';
import { editionWords, pick, t } from '../i18n.ts';
import { routes } from '../routes.ts';
import { comparedOf, seriesOf } from './models.ts';
import type { ComparedSetting } from './compared.ts';
import { composeMatrix } from './matrix.ts';
import { composeMetrics, composeModelMetrics } from './metrics.ts';
import { composeModelTimeline, composeTimeline } from './timeline.ts';
import type { Figure, FigureContext } from './types.ts';

/**
 * The build's side of the comparison charts: what the whole collection's (or a province's) charts are called and
 * cited at, and the settings that draw them, and a model page's, from the entries.
 */

/** A site-wide figure's file name: matrix, or matrix-heilongjiang on a region page (unique on the site). */
export function siteWideName(ctx: FigureContext, name: string): string {
  return ctx.region ? `${name}-${ctx.region.key}` : name;
}

/** A site-wide figure's title, naming the province on a region page. */
export function siteWideTitle(ctx: FigureContext, title: string): string {
  return ctx.region ? t(ctx.locale, 'chart.inRegion', { title, region: ctx.region.name }) : title;
}

/** A site-wide figure's source line: all the site's models, or a province's. */
export function siteWideSource(ctx: FigureContext): string {
  const n = ctx.models.length;
  return ctx.region ? t(ctx.locale, 'chart.source.region', { n, region: ctx.region.name }) : t(ctx.locale, 'chart.source.all', { n });
}

/** The page a site-wide chart of /compare/ is cited at: /compare/, or its province's page. */
export function comparePage(ctx: FigureContext): string {
  return ctx.region ? routes.compareRegion(ctx.region.key) : routes.compare();
}

/** The setting of one of /compare/'s charts for the whole collection or a province: `name` is its kind. */
export function siteWideSetting(ctx: FigureContext, name: string, titleKey: Parameters<typeof t>[1]): ComparedSetting {
  return {
    words: editionWords(ctx.locale),
    base: ctx.base,
    models: ctx.models.map(comparedOf),
    categories: ctx.categories,
    series: (id) => seriesOf(ctx, id),
    name: siteWideName(ctx, name),
    title: siteWideTitle(ctx, t(ctx.locale, titleKey)),
    source: siteWideSource(ctx),
    page: comparePage(ctx),
  };
}

/** The setting of a chart on a model's page: the model and, for context, the `peers` given. */
export function modelSetting(ctx: FigureContext, model: CuratedModel, peers: readonly CuratedModel[], name: string, titleKey: Parameters<typeof t>[1]): ComparedSetting {
  return {
    words: editionWords(ctx.locale),
    base: ctx.base,
    models: inListOrder(ctx.models, [model, ...peers].map((m) => m.id)).map(comparedOf),
    categories: ctx.categories,
    series: (id) => seriesOf(ctx, id),
    name,
    title: t(ctx.locale, titleKey),
    source: t(ctx.locale, 'chart.source.model', { title: pick(ctx.locale, model.title), n: ctx.models.length }),
    page: routes.model(model.id),
  };
}

/** The models × categories chart of the whole collection (or a province). */
export const matrixFigure = (ctx: FigureContext): Figure => composeMatrix(siteWideSetting(ctx, 'matrix', 'chart.matrix.title'));

/** /compare/'s figures side by side; null when no two models share a unit. */
export const compareMetricsFigure = (ctx: FigureContext): Figure | null => composeMetrics(siteWideSetting(ctx, 'metrics', 'chart.metrics.title'));

/** /compare/'s dates and timetables. */
export const compareTimelineFigure = (ctx: FigureContext): Figure => composeTimeline(siteWideSetting(ctx, 'timeline', 'chart.timeline.title'));

/** A model page's figures, with its closest peers' (compare.ts's figurePeers) as context. */
export const modelMetricsFigure = (ctx: FigureContext, model: CuratedModel): Figure | null =>
  composeModelMetrics(modelSetting(ctx, model, figurePeers(model, ctx.models), `metrics-${model.id}`, 'chart.metrics.titleModel'), model.id);

/** A model page's timetable; null without one. */
export const modelTimelineFigure = (ctx: FigureContext, model: CuratedModel): Figure | null =>
  composeModelTimeline(modelSetting(ctx, model, [], `timeline-${model.id}`, 'chart.timeline.titleModel'));
