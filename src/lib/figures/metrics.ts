import { layoutMetrics, renderMetrics, type MetricPanelInput } from '../../charts/metrics.ts';
import { prefersLog } from '../../charts/scales.ts';
import { svgDocument } from '../../charts/svg.ts';
import type { CuratedModel } from '../../schemas/model.ts';
import { figureGroups, figurePeers, inListOrder, modelsInGroup, positionOf, type FigureGroup, type MetricRef } from '../compare.ts';
import { pick, t, type UiKey } from '../i18n.ts';
import { formatNumber, hedgeSign, hedgeKeys } from '../model-view.ts';
import { quoteAnchor } from '../routes.ts';
import { baseValue } from '../units.ts';
import { modelHref, seriesKeys, seriesOf, shortName } from './models.ts';
import { compactNumber, listOf, siteWideName, siteWideSource, siteWideTitle } from './text.ts';
import type { DataTable, Figure, FigureContext } from './types.ts';

/**
 * Figures set side by side where their units agree (compare.ts's figureGroups): on /compare/ every group that
 * two or more models have; on a model page every group holding the model's figures that has anything to
 * compare with (another figure of the model or of another model), the other models' figures drawn as context.
 */

interface Placed {
  model: CuratedModel;
  ref: MetricRef;
}

const groupTitle = (ctx: FigureContext, group: FigureGroup) => `${t(ctx.locale, `chart.metricCategory.${group.category}` as UiKey)} · ${group.unit}`;

function placed(ctx: FigureContext, group: FigureGroup, filter: (id: string) => boolean): Placed[] {
  return group.cells.filter((cell) => filter(cell.modelId)).flatMap((cell) => {
    const model = ctx.models[positionOf(ctx.models, cell.modelId)];
    return model ? cell.metrics.map((ref) => ({ model, ref })) : [];
  });
}

function valueText(ctx: FigureContext, group: FigureGroup, ref: MetricRef): string {
  return `${hedgeSign(ref.metric)}${formatNumber(baseValue(ref.metric), ctx.locale)} ${group.unit}`;
}

function row(ctx: FigureContext, group: FigureGroup, { model, ref }: Placed, withModel: boolean) {
  const label = pick(ctx.locale, ref.metric.label);
  return {
    label: withModel ? `${shortName(model, ctx.locale)} · ${label}` : label,
    value: baseValue(ref.metric),
    valueText: valueText(ctx, group, ref),
    approx: ref.metric.approx,
    bound: ref.metric.bound,
    series: seriesOf(ctx, model.id),
    href: modelHref(ctx, model.id, quoteAnchor('m', ref.index)),
    tooltip: `${shortName(model, ctx.locale)}: ${ref.metric.quote} (¶${ref.metric.paragraph})`,
  };
}

function table(ctx: FigureContext, caption: string, entries: Array<{ group: FigureGroup; item: Placed }>): DataTable {
  const { locale } = ctx;
  return {
    caption,
    columns: [
      { key: 'figure', label: t(locale, 'metric.label') },
      { key: 'model', label: t(locale, 'chart.col.model') },
      { key: 'group', label: t(locale, 'chart.col.group') },
      { key: 'value', label: t(locale, 'metric.value'), numeric: true },
      { key: 'hedge', label: t(locale, 'metric.hedge') },
      { key: 'evidence', label: t(locale, 'metric.evidence') },
      { key: 'quote', label: t(locale, 'chart.col.quote'), csvOnly: true },
    ],
    rows: entries.map(({ group, item: { model, ref } }) => [
      { text: pick(locale, ref.metric.label) },
      { text: shortName(model, locale) },
      { text: groupTitle(ctx, group) },
      { text: valueText(ctx, group, ref) },
      { text: hedgeKeys(ref.metric).map((key) => t(locale, key)).join(' ') },
      { text: `¶${ref.metric.paragraph}`, href: modelHref(ctx, model.id, quoteAnchor('m', ref.index)) },
      { text: ref.metric.quote, lang: 'zh-CN' },
    ]),
  };
}

function chartText(ctx: FigureContext) {
  const { locale } = ctx;
  return {
    exact: t(locale, 'chart.metrics.exact'),
    approx: t(locale, 'chart.metrics.approx'),
    atLeast: t(locale, 'chart.metrics.atLeast'),
    atMost: t(locale, 'chart.metrics.atMost'),
    logScale: t(locale, 'chart.metrics.log'),
    others: t(locale, 'chart.metrics.others'),
  };
}

function build(ctx: FigureContext, name: string, title: string, description: string, source: string, panels: MetricPanelInput[], keys: string[], rows: Array<{ group: FigureGroup; item: Placed }>): Figure {
  const id = `chart-${name}`;
  const layout = layoutMetrics({ panels, seriesKeys: seriesKeys(ctx, keys), text: chartText(ctx), formatTick: (v) => compactNumber(ctx.locale, v) });
  return {
    kind: 'metrics', name, id, title, description,
    svg: svgDocument({ id, kind: 'metrics', width: layout.width, height: layout.height, title, description }, renderMetrics(layout)),
    table: table(ctx, title, rows),
    source,
  };
}

/** /compare/: every group two or more models have figures in, all their figures; null when there is none (a province's models may share no unit). */
export function compareMetricsFigure(ctx: FigureContext): Figure | null {
  const { locale } = ctx;
  const groups = figureGroups(ctx.models).filter((g) => modelsInGroup(g) >= 2);
  if (groups.length === 0) return null;
  const rows = groups.flatMap((group) => placed(ctx, group, () => true).map((item) => ({ group, item })));
  const panels = groups.map((group) => ({ title: groupTitle(ctx, group), rows: placed(ctx, group, () => true).map((p) => row(ctx, group, p, true)), context: [] }));
  const top = groups[0];
  const title = siteWideTitle(ctx, t(locale, 'chart.metrics.title'));
  const description = t(locale, 'chart.metrics.desc', {
    figures: rows.length,
    models: new Set(rows.map((r) => r.item.model.id)).size,
    groups: groups.length,
    log: groups.filter((g) => prefersLog(placed(ctx, g, () => true).map((p) => baseValue(p.ref.metric)))).length,
    top: top ? groupTitle(ctx, top) : '—',
    topModels: top ? modelsInGroup(top) : 0,
  });
  return build(ctx, siteWideName(ctx, 'metrics'), title, description, siteWideSource(ctx), panels, ctx.models.map((m) => m.id), rows);
}

/**
 * A model page: its figures by group, with the figures in the same unit of its closest peers (compare.ts's
 * figurePeers, at most four models) as context. Null if nothing compares.
 */
export function modelMetricsFigure(ctx: FigureContext, model: CuratedModel): Figure | null {
  const { locale } = ctx;
  const peers = inListOrder(ctx.models, [model, ...figurePeers(model, ctx.models)].map((m) => m.id));
  const groups = figureGroups(peers).filter((group) => {
    const own = group.cells.find((c) => c.modelId === model.id)?.metrics.length ?? 0;
    const all = group.cells.reduce((sum, c) => sum + c.metrics.length, 0);
    return own > 0 && all >= 2;
  });
  if (groups.length === 0) return null;
  const others = (id: string) => id !== model.id;
  const own = (id: string) => id === model.id;
  const panels = groups.map((group) => ({
    title: groupTitle(ctx, group),
    rows: placed(ctx, group, own).map((p) => row(ctx, group, p, false)),
    context: placed(ctx, group, others).map(({ model: other, ref }) => ({
      value: baseValue(ref.metric),
      series: seriesOf(ctx, other.id),
      href: modelHref(ctx, other.id, quoteAnchor('m', ref.index)),
      tooltip: `${shortName(other, locale)} · ${pick(locale, ref.metric.label)}: ${valueText(ctx, group, ref)}`,
    })),
  }));
  const rows = groups.flatMap((group) => [...placed(ctx, group, own), ...placed(ctx, group, others)].map((item) => ({ group, item })));
  const shown = rows.filter((r) => r.item.model.id === model.id).length;
  const contextModels = [...new Set(rows.map((r) => r.item.model.id).filter(others))];
  const title = t(locale, 'chart.metrics.titleModel');
  const description = t(locale, 'chart.metrics.descModel', {
    figures: shown,
    groups: groups.length,
    context: rows.length - shown,
    models: listOf(locale, inListOrder(ctx.models, contextModels).map((m) => shortName(m, locale))) || '—',
    omitted: model.metrics.length - shown,
  });
  const source = t(locale, 'chart.source.model', { title: pick(locale, model.title), n: ctx.models.length });
  return build(ctx, `metrics-${model.id}`, title, description, source, panels, [model.id, ...contextModels], rows);
}
