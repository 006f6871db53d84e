import { modelById } from '../compare.ts';
import { pick } from '../i18n.ts';
import { memoPerCollection } from '../per-collection.ts';
import { regionGroups, type RegionGroup } from '../site-wide.ts';
import { formulaFigure, modelFormulaFigures, treeRoots } from './formula.ts';
import { networkFigure } from './network.ts';
import { compareMetricsFigure, compareTimelineFigure, matrixFigure, modelMetricsFigure, modelTimelineFigure } from './site-wide.ts';
import { tilemapFigure } from './tilemap.ts';
import type { ChartKind, Figure, FigureContext } from './types.ts';

/**
 * Which figures a page shows. A page asks for a kind, for the whole collection or for one model; this module
 * decides which figures that means (none, one or several). The download endpoints ask for all of them.
 */

/**
 * Site-wide figures already built, per model list: the matrix is drawn on /compare/ and /mechanisms/, the
 * tilemap on / and /regions/, so each is laid out once per build and edition. A model's figures are not kept:
 * its page is the only one that draws them (and /formulas/ its trees), and keeping them all alive until the
 * end of a build cost more memory than laying a tree out twice costs time.
 */
const builtOnce = memoPerCollection<Figure[]>();

/** The figures of a kind: site-wide when modelId is undefined, else for that model's page. */
export function figuresFor(kind: ChartKind, ctx: FigureContext, modelId?: string): Figure[] {
  // A province's figures are drawn for its region pages alone (and the matrix twice): kept, every province's
  // would add up to the whole collection's again.
  if (modelId !== undefined || ctx.region) return buildFigures(kind, ctx, modelId);
  return builtOnce(ctx.models, `${ctx.locale}|${ctx.base}|${kind}`, () => buildFigures(kind, ctx));
}

/** The context of site-wide figures drawn for one province's region page: its models, key and name. */
export function inRegion(ctx: FigureContext, group: RegionGroup): FigureContext {
  return { ...ctx, models: group.models, region: { key: group.key, name: pick(ctx.locale, group.tile) } };
}

/** A figure a builder may decline to draw (null), as a list of none or one. */
const drawn = (figure: Figure | null): Figure[] => (figure ? [figure] : []);

function buildFigures(kind: ChartKind, ctx: FigureContext, modelId?: string): Figure[] {
  const model = modelId === undefined ? undefined : modelById(ctx.models, modelId);
  if (modelId !== undefined && !model) return [];
  switch (kind) {
    case 'matrix':
      return model ? [] : [matrixFigure(ctx)];
    case 'metrics':
      return drawn(model ? modelMetricsFigure(ctx, model) : compareMetricsFigure(ctx));
    case 'tilemap':
      return model ? [] : [tilemapFigure(ctx)];
    case 'timeline':
      return model ? drawn(modelTimelineFigure(ctx, model)) : [compareTimelineFigure(ctx)];
    case 'formula':
      return model ? modelFormulaFigures(ctx, model) : ctx.models.flatMap((m) => treeRoots(m).map((i) => formulaFigure(ctx, m, i)));
    case 'network':
      // A province with one model (on its region pages) has no pairs to draw.
      return model || ctx.models.length < 2 ? [] : [networkFigure(ctx)];
  }
}

/**
 * The collection's own figures: the tilemap (of / and /regions/), and /compare/'s and /mechanisms/' charts while
 * the collection fits on one page. Once it is split by province those are drawn per province (regionFigures).
 */
export function collectionFigures(ctx: FigureContext): Figure[] {
  const kinds: ChartKind[] = regionGroups(ctx.models) ? ['tilemap'] : ['matrix', 'metrics', 'tilemap', 'timeline', 'network'];
  return kinds.flatMap((kind) => figuresFor(kind, ctx));
}

/** The figures of one province's region pages (matrix-<region> …). */
export function regionFigures(ctx: FigureContext, group: RegionGroup): Figure[] {
  return (['matrix', 'metrics', 'timeline', 'network'] as const).flatMap((kind) => figuresFor(kind, inRegion(ctx, group)));
}

/** The figures drawn for one model: its page's metrics and timeline, and its formula trees (of /formulas/). */
export function modelFigures(ctx: FigureContext, modelId: string): Figure[] {
  return (['metrics', 'timeline', 'formula'] as const).flatMap((kind) => figuresFor(kind, ctx, modelId));
}

/** Every figure any page shows, once each (what the /charts/<name>.svg and .csv downloads serve in `astro dev`). */
export function allFigures(ctx: FigureContext): Figure[] {
  const figures = [
    ...collectionFigures(ctx),
    ...(regionGroups(ctx.models) ?? []).flatMap((group) => regionFigures(ctx, group)),
    ...ctx.models.flatMap((m) => modelFigures(ctx, m.id)),
  ];
  const seen = new Set<string>();
  return figures.filter((f) => !seen.has(f.name) && seen.add(f.name));
}

export type { ChartKind, Figure, FigureContext } from './types.ts';
