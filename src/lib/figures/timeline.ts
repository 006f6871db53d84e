import { layoutTimeline, monthIndex, renderTimeline, type TimelineInput } from '../../charts/timeline.ts';
import type { ComparedModel } from '../compare/record.ts';
import { pick } from '../locale.ts';
import { quoteAnchor } from '../routes.ts';
import { hrefOf, modelCells, modelColumns, placeOf, type ComparedSetting } from './compared.ts';
import { makeFigure } from './figure.ts';
import { listOf, monthName } from './text.ts';
import type { DataTable, Figure, TableCell } from './types.ts';
import { say } from './words.ts';

/**
 * Dates: each source's publication date (source.published; “no date stated” when null, never guessed) and each
 * plan's timetable (the curated `schedule`), month by month. /compare/ shows both for every model; a model page
 * with a timetable shows its own.
 */

/** Timetable steps grouped into lanes: one lane per work item, in the order the timetable gives them. */
function lanes(setting: ComparedSetting, model: ComparedModel) {
  const byTask = new Map<string, { label: string; items: TimelineInput['gantts'][number]['lanes'][number]['items'] }>();
  model.schedule.forEach((item, i) => {
    const key = `${item.task_paragraph ?? item.paragraph}·${item.label.zh}`;
    const lane = byTask.get(key) ?? { label: pick(setting.words.locale, item.label), items: [] };
    lane.items.push({ start: item.start, end: item.end, kind: item.kind, href: hrefOf(setting, model.id, quoteAnchor('t', i)), tooltip: `${item.quote} (¶${item.paragraph})` });
    byTask.set(key, lane);
  });
  return [...byTask.values()];
}

function span(model: ComparedModel): { start: string; end: string } {
  const starts = model.schedule.map((s) => s.start).sort();
  const ends = model.schedule.map((s) => s.end).sort();
  return { start: starts[0] ?? '', end: ends[ends.length - 1] ?? '' };
}

const dateOf = (model: ComparedModel) => model.published?.slice(0, 10) ?? null;

/** One sentence on a plan's timetable: how many steps, over which months, and the busiest month. */
function planSentence(setting: ComparedSetting, model: ComparedModel): string {
  const { start, end } = span(model);
  const counts = new Map<number, number>();
  for (const item of model.schedule.filter((s) => s.start === s.end)) counts.set(monthIndex(item.start), (counts.get(monthIndex(item.start)) ?? 0) + 1);
  const [busiest, count] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0, 0];
  return say(setting.words, 'chart.timeline.planDesc', {
    name: placeOf(setting, model), steps: model.schedule.length, start, end, month: monthName(setting.words.locale, (busiest % 12) + 1), count,
  });
}

function dataTable(setting: ComparedSetting, withDates: boolean): DataTable {
  const { words, models } = setting;
  const rows: TableCell[][] = [];
  if (withDates) {
    for (const model of models) {
      rows.push([
        { text: placeOf(setting, model) },
        ...modelCells(words, model),
        { text: say(words, 'chart.timeline.published') },
        { text: dateOf(model) ?? say(words, 'model.noDate') },
        { text: dateOf(model) ?? '' },
        { text: '' },
        { text: '' },
        { text: pick(words.locale, model.title), href: hrefOf(setting, model.id) },
      ]);
    }
  }
  for (const model of models) {
    model.schedule.forEach((item, i) => {
      rows.push([
        { text: placeOf(setting, model) },
        ...modelCells(words, model),
        { text: pick(words.locale, item.label) },
        { text: item.start },
        { text: item.end },
        { text: say(words, `chart.timeline.${item.kind}`) },
        { text: item.quote, lang: 'zh-CN' },
        { text: `¶${item.paragraph}`, href: hrefOf(setting, model.id, quoteAnchor('t', i)) },
      ]);
    });
  }
  return {
    caption: setting.title,
    linkHeader: say(words, 'chart.col.link'),
    columns: [
      { key: 'model', label: say(words, 'chart.col.model') },
      ...modelColumns(words),
      { key: 'what', label: say(words, 'metric.label') },
      { key: 'start', label: say(words, 'chart.col.start') },
      { key: 'end', label: say(words, 'chart.col.end') },
      { key: 'kind', label: say(words, 'chart.col.kind') },
      { key: 'quote', label: say(words, 'chart.col.quote') },
      { key: 'evidence', label: say(words, 'metric.evidence') },
    ],
    rows,
  };
}

function textOf(setting: ComparedSetting): TimelineInput['text'] {
  const { words } = setting;
  return {
    deadline: say(words, 'chart.timeline.deadline'),
    during: say(words, 'chart.timeline.during'),
    published: say(words, 'chart.timeline.published'),
    span: say(words, 'chart.timeline.span'),
  };
}

function gantts(setting: ComparedSetting, models: readonly ComparedModel[]): TimelineInput['gantts'] {
  return models
    .filter((m) => m.schedule.length > 0)
    .map((m) => ({ title: say(setting.words, 'chart.timeline.gantt', { name: placeOf(setting, m) }), series: setting.series(m.id), lanes: lanes(setting, m) }));
}

function build(setting: ComparedSetting, description: string, input: TimelineInput, table: DataTable): Figure {
  const layout = layoutTimeline(input);
  return makeFigure({
    kind: 'timeline', name: setting.name, title: setting.title, description,
    width: layout.width, height: layout.height, body: renderTimeline(layout),
    table, source: setting.source, page: setting.page,
  });
}

/** /compare/ (and a ?m= selection): every source's date and every plan's timetable. */
export function composeTimeline(setting: ComparedSetting): Figure {
  const { words, models } = setting;
  const { locale } = words;
  const dated = models.filter((m) => m.published !== null);
  const undated = models.filter((m) => m.published === null);
  const planned = models.filter((m) => m.schedule.length > 0);
  const input: TimelineInput = {
    overview: {
      title: say(words, 'chart.timeline.overview'),
      events: dated.map((m) => ({
        label: placeOf(setting, m),
        date: dateOf(m) ?? '',
        dateText: dateOf(m) ?? '',
        series: setting.series(m.id),
        href: hrefOf(setting, m.id),
        tooltip: `${pick(locale, m.title)} — ${dateOf(m)}`,
      })),
      spans: planned.map((m) => {
        const { start, end } = span(m);
        return {
          label: say(words, 'chart.timeline.timetable', { name: placeOf(setting, m) }),
          start, end, spanText: `${start} – ${end}`,
          series: setting.series(m.id),
          href: hrefOf(setting, m.id, quoteAnchor('t', 0)),
          tooltip: `${pick(locale, m.title)}: ${start} – ${end}`,
        };
      }),
      undated: undated.length > 0 ? say(words, 'chart.timeline.undated', { names: listOf(locale, undated.map((m) => placeOf(setting, m))) }) : '',
    },
    gantts: gantts(setting, models),
    monthName: (month) => monthName(locale, month),
    text: textOf(setting),
  };
  const description = [
    say(words, 'chart.timeline.desc', {
      dated: dated.length,
      list: listOf(locale, dated.map((m) => `${placeOf(setting, m)} ${dateOf(m)}`)) || '—',
      undated: undated.length,
    }),
    ...planned.map((m) => planSentence(setting, m)),
  ].join(locale === 'en' ? ' ' : '');
  return build(setting, description, input, dataTable(setting, true));
}

/** A model page: its timetable month by month; null when the source gives none. The setting holds that one model. */
export function composeModelTimeline(setting: ComparedSetting): Figure | null {
  const model = setting.models[0];
  if (!model || model.schedule.length === 0) return null;
  const { locale } = setting.words;
  const input: TimelineInput = { overview: null, gantts: gantts(setting, [model]), monthName: (month) => monthName(locale, month), text: textOf(setting) };
  return build(setting, planSentence(setting, model), input, dataTable(setting, false));
}
