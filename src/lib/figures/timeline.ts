import { svgDocument } from '../../charts/svg.ts';
import { layoutTimeline, monthIndex, renderTimeline, type TimelineInput } from '../../charts/timeline.ts';
import type { CuratedModel } from '../../schemas/model.ts';
import { pick, t } from '../i18n.ts';
import { quoteAnchor } from '../routes.ts';
import { modelHref, seriesOf, shortName, titleOf } from './models.ts';
import { listOf, monthName, siteWideName, siteWideSource, siteWideTitle } from './text.ts';
import type { DataTable, Figure, FigureContext, TableCell } from './types.ts';

/**
 * Dates: each source's publication date (source.published; “no date stated” when null, never guessed) and each
 * plan's timetable (the curated `schedule`), month by month. /compare/ shows both for every model; a model page
 * with a timetable shows its own.
 */

/** Timetable steps grouped into lanes: one lane per work item, in the order the timetable gives them. */
function lanes(ctx: FigureContext, model: CuratedModel) {
  const byTask = new Map<string, { label: string; items: TimelineInput['gantts'][number]['lanes'][number]['items'] }>();
  model.schedule.forEach((item, i) => {
    const key = `${item.task_paragraph ?? item.paragraph}·${item.label.zh}`;
    const lane = byTask.get(key) ?? { label: pick(ctx.locale, item.label), items: [] };
    lane.items.push({ start: item.start, end: item.end, kind: item.kind, href: modelHref(ctx, model.id, quoteAnchor('t', i)), tooltip: `${item.quote} (¶${item.paragraph})` });
    byTask.set(key, lane);
  });
  return [...byTask.values()];
}

function span(model: CuratedModel): { start: string; end: string } {
  const starts = model.schedule.map((s) => s.start).sort();
  const ends = model.schedule.map((s) => s.end).sort();
  return { start: starts[0] ?? '', end: ends[ends.length - 1] ?? '' };
}

/** One sentence on a plan's timetable: how many steps, over which months, and the busiest month. */
function planSentence(ctx: FigureContext, model: CuratedModel): string {
  const { start, end } = span(model);
  const counts = new Map<number, number>();
  for (const item of model.schedule.filter((s) => s.start === s.end)) counts.set(monthIndex(item.start), (counts.get(monthIndex(item.start)) ?? 0) + 1);
  const [busiest, count] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0, 0];
  return t(ctx.locale, 'chart.timeline.planDesc', {
    name: shortName(model, ctx.locale), steps: model.schedule.length, start, end, month: monthName(ctx.locale, (busiest % 12) + 1), count,
  });
}

function dataTable(ctx: FigureContext, caption: string, models: readonly CuratedModel[], withDates: boolean): DataTable {
  const { locale } = ctx;
  const rows: TableCell[][] = [];
  if (withDates) {
    for (const model of models) {
      rows.push([
        { text: shortName(model, locale) },
        { text: t(locale, 'chart.timeline.published') },
        { text: model.source.published?.slice(0, 10) ?? t(locale, 'model.noDate') },
        { text: model.source.published?.slice(0, 10) ?? '' },
        { text: '' },
        { text: '' },
        { text: titleOf(ctx, model), href: modelHref(ctx, model.id) },
      ]);
    }
  }
  for (const model of models) {
    model.schedule.forEach((item, i) => {
      rows.push([
        { text: shortName(model, locale) },
        { text: pick(locale, item.label) },
        { text: item.start },
        { text: item.end },
        { text: t(locale, `chart.timeline.${item.kind}`) },
        { text: item.quote, lang: 'zh-CN' },
        { text: `¶${item.paragraph}`, href: modelHref(ctx, model.id, quoteAnchor('t', i)) },
      ]);
    });
  }
  return {
    caption,
    columns: [
      { key: 'model', label: t(locale, 'chart.col.model') },
      { key: 'what', label: t(locale, 'metric.label') },
      { key: 'start', label: t(locale, 'chart.col.start') },
      { key: 'end', label: t(locale, 'chart.col.end') },
      { key: 'kind', label: t(locale, 'chart.col.kind') },
      { key: 'quote', label: t(locale, 'chart.col.quote') },
      { key: 'evidence', label: t(locale, 'metric.evidence') },
    ],
    rows,
  };
}

function textOf(ctx: FigureContext): TimelineInput['text'] {
  return {
    deadline: t(ctx.locale, 'chart.timeline.deadline'),
    during: t(ctx.locale, 'chart.timeline.during'),
    published: t(ctx.locale, 'chart.timeline.published'),
    span: t(ctx.locale, 'chart.timeline.span'),
  };
}

function gantts(ctx: FigureContext, models: readonly CuratedModel[]): TimelineInput['gantts'] {
  return models
    .filter((m) => m.schedule.length > 0)
    .map((m) => ({ title: t(ctx.locale, 'chart.timeline.gantt', { name: shortName(m, ctx.locale) }), series: seriesOf(ctx, m.id), lanes: lanes(ctx, m) }));
}

function build(name: string, title: string, description: string, source: string, input: TimelineInput, table: DataTable): Figure {
  const id = `chart-${name}`;
  const layout = layoutTimeline(input);
  return {
    kind: 'timeline', name, id, title, description,
    svg: svgDocument({ id, kind: 'timeline', width: layout.width, height: layout.height, title, description }, renderTimeline(layout)),
    table,
    source,
  };
}

/** /compare/: every source's date and every plan's timetable. */
export function compareTimelineFigure(ctx: FigureContext): Figure {
  const { locale, models } = ctx;
  const dated = models.filter((m) => m.source.published !== null);
  const undated = models.filter((m) => m.source.published === null);
  const planned = models.filter((m) => m.schedule.length > 0);
  const input: TimelineInput = {
    overview: {
      title: t(locale, 'chart.timeline.overview'),
      events: dated.map((m) => ({
        label: shortName(m, locale),
        date: m.source.published?.slice(0, 10) ?? '',
        dateText: m.source.published?.slice(0, 10) ?? '',
        series: seriesOf(ctx, m.id),
        href: modelHref(ctx, m.id),
        tooltip: `${titleOf(ctx, m)} — ${m.source.published?.slice(0, 10)}`,
      })),
      spans: planned.map((m) => {
        const { start, end } = span(m);
        return {
          label: t(locale, 'chart.timeline.timetable', { name: shortName(m, locale) }),
          start, end, spanText: `${start} – ${end}`,
          series: seriesOf(ctx, m.id),
          href: modelHref(ctx, m.id, quoteAnchor('t', 0)),
          tooltip: `${titleOf(ctx, m)}: ${start} – ${end}`,
        };
      }),
      undated: undated.length > 0 ? t(locale, 'chart.timeline.undated', { names: listOf(locale, undated.map((m) => shortName(m, locale))) }) : '',
    },
    gantts: gantts(ctx, models),
    monthName: (month) => monthName(locale, month),
    text: textOf(ctx),
  };
  const title = siteWideTitle(ctx, t(locale, 'chart.timeline.title'));
  const description = [
    t(locale, 'chart.timeline.desc', {
      dated: dated.length,
      list: listOf(locale, dated.map((m) => `${shortName(m, locale)} ${m.source.published?.slice(0, 10)}`)) || '—',
      undated: undated.length,
    }),
    ...planned.map((m) => planSentence(ctx, m)),
  ].join(locale === 'en' ? ' ' : '');
  return build(siteWideName(ctx, 'timeline'), title, description, siteWideSource(ctx), input, dataTable(ctx, title, models, true));
}

/** A model page: its timetable month by month; null when the source gives none. */
export function modelTimelineFigure(ctx: FigureContext, model: CuratedModel): Figure | null {
  if (model.schedule.length === 0) return null;
  const { locale } = ctx;
  const title = t(locale, 'chart.timeline.titleModel');
  const input: TimelineInput = { overview: null, gantts: gantts(ctx, [model]), monthName: (month) => monthName(locale, month), text: textOf(ctx) };
  const source = t(locale, 'chart.source.model', { title: pick(locale, model.title), n: ctx.models.length });
  return build(`timeline-${model.id}`, title, planSentence(ctx, model), source, input, dataTable(ctx, title, [model], false));
}
