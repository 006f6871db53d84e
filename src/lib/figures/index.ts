import { formulaFigure, modelFormulaFigures, treeRoots } from './formula.ts';
import { matrixFigure } from './matrix.ts';
import { compareMetricsFigure, modelMetricsFigure } from './metrics.ts';
import { networkFigure } from './network.ts';
import { tilemapFigure } from './tilemap.ts';
import { compareTimelineFigure, modelTimelineFigure } from './timeline.ts';
import type { ChartKind, Figure, FigureContext } from './types.ts';

/**
 * Which figures a page shows. A page asks for a kind, for the whole collection or for one model; this module
 * decides which figures that means (none, one or several). The download endpoints ask for all of them.
 */

/**
 * Figures already built, per model list: a page draws a figure and the /charts/ downloads serve the same one,
 * so each is laid out once per build.
 */
const built = new WeakMap<readonly unknown[], Map<string, Figure[]>>();

/** The figures of a kind: site-wide when modelId is undefined, else for that model's page. */
export function figuresFor(kind: ChartKind, ctx: FigureContext, modelId?: string): Figure[] {
  let cache = built.get(ctx.models);
  if (!cache) built.set(ctx.models, (cache = new Map()));
  const key = `${ctx.locale}|${ctx.base}|${kind}|${modelId ?? ''}`;
  let figures = cache.get(key);
  if (!figures) cache.set(key, (figures = buildFigures(kind, ctx, modelId)));
  return figures;
}

function buildFigures(kind: ChartKind, ctx: FigureContext, modelId?: string): Figure[] {
  const model = modelId === undefined ? undefined : ctx.models.find((m) => m.id === modelId);
  if (modelId !== undefined && !model) return [];
  switch (kind) {
    case 'matrix':
      return model ? [] : [matrixFigure(ctx)];
    case 'metrics':
      return model ? [modelMetricsFigure(ctx, model)].filter((f): f is Figure => f !== null) : [compareMetricsFigure(ctx)];
    case 'tilemap':
      return model ? [] : [tilemapFigure(ctx)];
    case 'timeline':
      return model ? [modelTimelineFigure(ctx, model)].filter((f): f is Figure => f !== null) : [compareTimelineFigure(ctx)];
    case 'formula':
      return model ? modelFormulaFigures(ctx, model) : ctx.models.flatMap((m) => treeRoots(m).map((i) => formulaFigure(ctx, m, i)));
    case 'network':
      return model ? [] : [networkFigure(ctx)];
  }
}

/** Every figure any page shows, once each (the /charts/<name>.svg and .csv downloads). */
export function allFigures(ctx: FigureContext): Figure[] {
  const kinds: ChartKind[] = ['matrix', 'metrics', 'tilemap', 'timeline', 'formula', 'network'];
  const figures = [...kinds.flatMap((kind) => figuresFor(kind, ctx)), ...ctx.models.flatMap((m) => [...figuresFor('metrics', ctx, m.id), ...figuresFor('timeline', ctx, m.id)])];
  const seen = new Set<string>();
  return figures.filter((f) => !seen.has(f.name) && seen.add(f.name));
}

export type { ChartKind, Figure, FigureContext } from './types.ts';
