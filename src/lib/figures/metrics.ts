import { layoutMetrics, renderMetrics, type MetricPanelInput } from '../../charts/metrics.ts';
import { prefersLog } from '../../charts/scales.ts';
import type { ComparedModel } from '../compare/record.ts';
import { figureGroups, modelsInGroup, type FigureGroup, type MetricRef } from '../compare.ts';
import type { UiKey } from '../i18n.ts';
import { pick } from '../locale.ts';
import { formatNumber, hedgeKeys, hedgeSign } from '../model-view.ts';
import { quoteAnchor } from '../routes.ts';
import { baseValue } from '../units.ts';
import { hrefOf, keysOf, modelCells, modelColumns, placeOf, type ComparedSetting } from './compared.ts';
import { makeFigure } from './figure.ts';
import { compactNumber, listOf } from './text.ts';
import type { DataTable, Figure } from './types.ts';
import { say } from './words.ts';

/**
 * Figures set side by side where their units agree (compare.ts's figureGroups): on /compare/ every group that
 * two or more models have; on a model page every group holding the model's figures that has anything to
 * compare with (another figure of the model or of another model), the other models' figures drawn as context.
 */

type Metric = ComparedModel['metrics'][number];
type Group = FigureGroup<Metric>;

interface Placed {
  model: ComparedModel;
  ref: MetricRef<Metric>;
}

const groupTitle = (setting: ComparedSetting, group: Group) => `${say(setting.words, `chart.metricCategory.${group.category}` as UiKey)} · ${group.unit}`;

function placed(setting: ComparedSetting, group: Group, filter: (id: string) => boolean): Placed[] {
  const byId = new Map(setting.models.map((m) => [m.id, m]));
  return group.cells.filter((cell) => filter(cell.modelId)).flatMap((cell) => {
    const model = byId.get(cell.modelId);
    return model ? cell.metrics.map((ref) => ({ model, ref })) : [];
  });
}

function valueText(setting: ComparedSetting, group: Group, ref: MetricRef<Metric>): string {
  return `${hedgeSign(ref.metric)}${formatNumber(baseValue(ref.metric), setting.words.locale)} ${group.unit}`;
}

function row(setting: ComparedSetting, group: Group, { model, ref }: Placed, withModel: boolean) {
  const label = pick(setting.words.locale, ref.metric.label);
  return {
    label: withModel ? `${placeOf(setting, model)} · ${label}` : label,
    value: baseValue(ref.metric),
    valueText: valueText(setting, group, ref),
    approx: ref.metric.approx,
    bound: ref.metric.bound,
    series: setting.series(model.id),
    href: hrefOf(setting, model.id, quoteAnchor('m', ref.index)),
    tooltip: `${placeOf(setting, model)}: ${ref.metric.quote} (¶${ref.metric.paragraph})`,
  };
}

/** The data table: on the page the value as written for reading (≥9 名); in the CSV the number and its unit apart. */
function table(setting: ComparedSetting, entries: Array<{ group: Group; item: Placed }>): DataTable {
  const { words } = setting;
  const { locale } = words;
  return {
    caption: setting.title,
    linkHeader: say(words, 'chart.col.link'),
    columns: [
      { key: 'figure', label: say(words, 'metric.label') },
      { key: 'model', label: say(words, 'chart.col.model'), pageOnly: true },
      ...modelColumns(words),
      { key: 'place', label: say(words, 'chart.col.place'), csvOnly: true },
      { key: 'group', label: say(words, 'chart.col.group') },
      { key: 'value_text', label: say(words, 'metric.value'), pageOnly: true },
      { key: 'value', label: say(words, 'metric.value'), numeric: true, csvOnly: true },
      { key: 'unit', label: say(words, 'metric.unit'), csvOnly: true },
      { key: 'hedge', label: say(words, 'metric.hedge') },
      { key: 'evidence', label: say(words, 'metric.evidence') },
      { key: 'quote', label: say(words, 'chart.col.quote'), csvOnly: true },
    ],
    rows: entries.map(({ group, item: { model, ref } }) => [
      { text: pick(locale, ref.metric.label) },
      { text: placeOf(setting, model) },
      ...modelCells(words, model),
      { text: placeOf(setting, model) },
      { text: groupTitle(setting, group) },
      { text: valueText(setting, group, ref) },
      { text: String(baseValue(ref.metric)), value: baseValue(ref.metric) },
      { text: group.unit, lang: 'zh-CN' },
      { text: hedgeKeys(ref.metric).map((key) => say(words, key)).join(' ') },
      { text: `¶${ref.metric.paragraph}`, href: hrefOf(setting, model.id, quoteAnchor('m', ref.index)) },
      { text: ref.metric.quote, lang: 'zh-CN' },
    ]),
  };
}

function chartText(setting: ComparedSetting) {
  const { words } = setting;
  return {
    exact: say(words, 'chart.metrics.exact'),
    approx: say(words, 'chart.metrics.approx'),
    atLeast: say(words, 'chart.metrics.atLeast'),
    atMost: say(words, 'chart.metrics.atMost'),
    logScale: say(words, 'chart.metrics.log'),
    others: say(words, 'chart.metrics.others'),
  };
}

function build(setting: ComparedSetting, description: string, panels: MetricPanelInput[], keys: string[], rows: Array<{ group: Group; item: Placed }>): Figure {
  const layout = layoutMetrics({ panels, seriesKeys: keysOf(setting, keys), text: chartText(setting), formatTick: (v) => compactNumber(setting.words.locale, v) });
  return makeFigure({
    kind: 'metrics', name: setting.name, title: setting.title, description,
    width: layout.width, height: layout.height, body: renderMetrics(layout),
    table: table(setting, rows), source: setting.source, page: setting.page,
  });
}

/**
 * /compare/ (and a ?m= selection): every group two or more of the setting's models have figures in, all their
 * figures; null when there is none (a province's models, or a selection, may share no unit).
 */
export function composeMetrics(setting: ComparedSetting): Figure | null {
  const groups = figureGroups(setting.models).filter((g) => modelsInGroup(g) >= 2);
  if (groups.length === 0) return null;
  const all = () => true;
  const rows = groups.flatMap((group) => placed(setting, group, all).map((item) => ({ group, item })));
  const panels = groups.map((group) => ({ title: groupTitle(setting, group), rows: placed(setting, group, all).map((p) => row(setting, group, p, true)), context: [] }));
  const top = groups[0];
  const description = say(setting.words, 'chart.metrics.desc', {
    figures: rows.length,
    models: new Set(rows.map((r) => r.item.model.id)).size,
    groups: groups.length,
    log: groups.filter((g) => prefersLog(placed(setting, g, all).map((p) => baseValue(p.ref.metric)))).length,
    top: top ? groupTitle(setting, top) : '—',
    topModels: top ? modelsInGroup(top) : 0,
  });
  return build(setting, description, panels, setting.models.map((m) => m.id), rows);
}

/**
 * A model page: the model's figures by group, with the figures in the same unit of the other models of the
 * setting (its closest peers) as context. Null if nothing compares.
 */
export function composeModelMetrics(setting: ComparedSetting, modelId: string): Figure | null {
  const { words } = setting;
  const model = setting.models.find((m) => m.id === modelId);
  if (!model) return null;
  const groups = figureGroups(setting.models).filter((group) => {
    const own = group.cells.find((c) => c.modelId === model.id)?.metrics.length ?? 0;
    const all = group.cells.reduce((sum, c) => sum + c.metrics.length, 0);
    return own > 0 && all >= 2;
  });
  if (groups.length === 0) return null;
  const others = (id: string) => id !== model.id;
  const own = (id: string) => id === model.id;
  const panels = groups.map((group) => ({
    title: groupTitle(setting, group),
    rows: placed(setting, group, own).map((p) => row(setting, group, p, false)),
    context: placed(setting, group, others).map(({ model: other, ref }) => ({
      value: baseValue(ref.metric),
      series: setting.series(other.id),
      href: hrefOf(setting, other.id, quoteAnchor('m', ref.index)),
      tooltip: `${placeOf(setting, other)} · ${pick(words.locale, ref.metric.label)}: ${valueText(setting, group, ref)}`,
    })),
  }));
  const rows = groups.flatMap((group) => [...placed(setting, group, own), ...placed(setting, group, others)].map((item) => ({ group, item })));
  const shown = rows.filter((r) => r.item.model.id === model.id).length;
  const contextModels = [...new Set(rows.map((r) => r.item.model.id).filter(others))];
  const description = say(words, 'chart.metrics.descModel', {
    figures: shown,
    groups: groups.length,
    context: rows.length - shown,
    models: listOf(words.locale, setting.models.filter((m) => contextModels.includes(m.id)).map((m) => placeOf(setting, m))) || '—',
    omitted: model.metrics.length - shown,
  });
  return build(setting, description, panels, [model.id, ...contextModels], rows);
}
