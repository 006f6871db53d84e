import { scaleLinear } from 'd3-scale';
import { layoutLegend, renderLegend, type LegendLayout } from './legend.ts';
import { shapePath } from './palette.ts';
import { element, escapeXml, evidence, textBlock } from './svg.ts';
import { textWidth, wrapText } from './text.ts';

/**
 * Dates on one chart: the models' own dates on a year axis (with the span of any dated plan), and a plan's
 * timetable month by month as a Gantt chart — a bar for a step that takes place over months (上旬, 至), a
 * diamond for a step due by a month (…前, …底). Either part may be left out.
 */

export interface DatedEvent {
  label: string;
  /** YYYY-MM-DD. */
  date: string;
  dateText: string;
  series: number;
  href: string;
  tooltip: string;
}

export interface DatedSpan {
  label: string;
  /** YYYY-MM. */
  start: string;
  end: string;
  spanText: string;
  series: number;
  href: string;
  tooltip: string;
}

export interface GanttItem {
  start: string;
  end: string;
  kind: 'deadline' | 'during';
  href: string;
  tooltip: string;
}

export interface TimelineInput {
  overview: { title: string; events: DatedEvent[]; spans: DatedSpan[]; undated: string } | null;
  /** One Gantt panel per plan with a timetable. */
  gantts: Array<{ title: string; series: number; lanes: Array<{ label: string; items: GanttItem[] }> }>;
  /** Short name of a month (1–12) for the Gantt's header. */
  monthName: (month: number) => string;
  text: { deadline: string; during: string; published: string; span: string };
}

interface Row {
  lines: string[];
  top: number;
  y: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  legend: LegendLayout;
  overview: {
    title: string;
    titleY: number;
    years: Array<{ x: number; label: string }>;
    axisTop: number;
    axisBottom: number;
    events: Array<DatedEvent & Row & { x: number }>;
    spans: Array<DatedSpan & Row & { x1: number; x2: number }>;
    undated: { lines: string[]; y: number } | null;
  } | null;
  gantts: Array<{
    title: string;
    titleY: number;
    series: number;
    headerY: number;
    months: Array<{ x1: number; x2: number; label: string }>;
    gridTop: number;
    gridBottom: number;
    lanes: Array<Row & { items: Array<GanttItem & { x1: number; x2: number }> }>;
  }>;
}

export const TIMELINE_WIDTH = 640;
const FONT = 12;
const LINE = 15;
const LABEL_X = 4;
const LABEL_MAX = 226;
// The plot ends short of the edge so the last year's label, centred on its tick, stays inside.
const PLOT_X: [number, number] = [244, TIMELINE_WIDTH - 20];

/** Months since year 0 of a YYYY-MM (or YYYY-MM-DD) date: a count that orders and subtracts. */
export function monthIndex(date: string): number {
  const [year, month] = date.split('-').map(Number);
  return (year ?? 0) * 12 + (month ?? 1) - 1;
}

/**
 * A date as milliseconds since the epoch, in UTC. The year axis is a linear scale over these, which is what
 * d3's scaleUtc is (it adds tick formats this chart does not use, whose date-format code the browser, drawing a
 * /compare/?m= selection's timeline, would otherwise have to load).
 */
const utc = (year: number, monthZeroBased = 0, day = 1) => Date.UTC(year, monthZeroBased, day);

function row(label: string, top: number, minHeight: number): Row {
  const lines = wrapText(label, LABEL_MAX, FONT);
  const height = Math.max(minHeight, lines.length * LINE + 7);
  return { lines, top, y: top + height / 2 };
}
const rowHeight = (r: Row) => (r.y - r.top) * 2;

function legendFor(input: TimelineInput): LegendLayout {
  const keys = [];
  if (input.overview) {
    keys.push({ mark: element('circle', { class: 'mark key', r: 4.5 }), label: input.text.published });
    keys.push({ mark: element('rect', { class: 'span key', x: -7, y: -4, width: 14, height: 8 }), label: input.text.span });
  }
  if (input.gantts.length > 0) {
    keys.push({ mark: element('rect', { class: 'bar key', x: -7, y: -5, width: 14, height: 10 }), label: input.text.during });
    keys.push({ mark: element('path', { class: 'due key', d: 'M0,-6L6,0L0,6L-6,0Z' }), label: input.text.deadline });
  }
  return layoutLegend(keys, LABEL_X + 6, 14, TIMELINE_WIDTH - 12);
}

/** Lays out the overview (if any) above the Gantt chart (if any). */
export function layoutTimeline(input: TimelineInput): TimelineLayout {
  const legend = legendFor(input);
  let y = legend.height + 8;
  let overview: TimelineLayout['overview'] = null;
  if (input.overview) {
    const { events, spans, undated, title } = input.overview;
    const years = [...events.map((e) => Number(e.date.slice(0, 4))), ...spans.flatMap((s) => [Number(s.start.slice(0, 4)), Number(s.end.slice(0, 4))])];
    const first = Math.min(...years);
    const last = Math.max(...years);
    const scale = scaleLinear().domain([utc(first), utc(last + 1)]).range(PLOT_X);
    const titleY = y + FONT;
    const axisTop = titleY + 8;
    let top = axisTop + 4;
    const placedEvents = events.map((event) => {
      const r = row(event.label, top, 24);
      top += rowHeight(r);
      const [yy, mm, dd] = event.date.split('-').map(Number);
      return { ...event, ...r, x: scale(utc(yy ?? first, (mm ?? 1) - 1, dd ?? 1)) };
    });
    const placedSpans = spans.map((span) => {
      const r = row(span.label, top, 24);
      top += rowHeight(r);
      const [sy, sm] = span.start.split('-').map(Number);
      const [ey, em] = span.end.split('-').map(Number);
      return { ...span, ...r, x1: scale(utc(sy ?? first, (sm ?? 1) - 1)), x2: scale(utc(ey ?? last, em ?? 12)) };
    });
    const axisBottom = top + 2;
    const yearLabelY = axisBottom + FONT + 2;
    let undatedLayout = null;
    let bottom = yearLabelY + 8;
    if (undated) {
      const lines = wrapText(undated, TIMELINE_WIDTH - 2 * LABEL_X, FONT);
      undatedLayout = { lines, y: bottom + FONT + 2 };
      bottom += lines.length * LINE + 8;
    }
    const yearTicks = [];
    for (let year = first; year <= last + 1; year += 1) yearTicks.push({ x: scale(utc(year)), label: String(year) });
    overview = { title, titleY, years: yearTicks, axisTop, axisBottom, events: placedEvents, spans: placedSpans, undated: undatedLayout };
    y = bottom + 14;
  }
  const gantts = input.gantts.map((plan) => {
    const items = plan.lanes.flatMap((lane) => lane.items);
    const first = Math.min(...items.map((i) => monthIndex(i.start)));
    const last = Math.max(...items.map((i) => monthIndex(i.end)));
    const count = last - first + 1;
    const step = (PLOT_X[1] - PLOT_X[0]) / count;
    const x1 = (index: number) => PLOT_X[0] + (index - first) * step;
    const titleY = y + FONT;
    const headerY = titleY + 22;
    const months = Array.from({ length: count }, (_, i) => ({ x1: x1(first + i), x2: x1(first + i + 1), label: input.monthName(((first + i) % 12) + 1) }));
    const gridTop = headerY + 6;
    let top = gridTop;
    const lanes = plan.lanes.map((lane) => {
      const r = row(lane.label, top, 24);
      top += rowHeight(r);
      return { ...r, items: lane.items.map((item) => ({ ...item, x1: x1(monthIndex(item.start)), x2: x1(monthIndex(item.end) + 1) })) };
    });
    y = top + 14;
    return { title: plan.title, titleY, series: plan.series, headerY, months, gridTop, gridBottom: top, lanes };
  });
  return { width: TIMELINE_WIDTH, height: y - 6, legend, overview, gantts };
}

const baseline = (r: Row) => r.y - ((r.lines.length - 1) * LINE) / 2 + FONT * 0.35;

/**
 * An event's date beside its mark: to its right, or to its left when it would run past the chart's edge (a
 * selection's last date can fall in the final months of the axis).
 */
function dateLabel(e: NonNullable<TimelineLayout['overview']>['events'][number]): string {
  const y = e.y + FONT * 0.35;
  const fitsRight = e.x + 10 + textWidth(e.dateText, FONT) <= TIMELINE_WIDTH - 2;
  return fitsRight
    ? element('text', { class: 'value', x: e.x + 10, y }, escapeXml(e.dateText))
    : element('text', { class: 'value', x: e.x - 10, y, 'text-anchor': 'end' }, escapeXml(e.dateText));
}

function renderOverview(o: NonNullable<TimelineLayout['overview']>): string {
  const axis = o.years
    .map((tick) => element('line', { class: 'grid', x1: tick.x, x2: tick.x, y1: o.axisTop, y2: o.axisBottom }) + element('text', { class: 'tick', x: tick.x, y: o.axisBottom + FONT + 2, 'text-anchor': 'middle' }, tick.label))
    .join('');
  const events = o.events
    .map((e) =>
      textBlock(e.lines, LABEL_X, baseline(e), LINE, { class: 'label' }) +
      evidence(e.href, e.tooltip, element('path', { class: `mark series-${e.series}`, d: shapePath(e.series, 5.5), transform: `translate(${e.x},${e.y})` })) +
      dateLabel(e),
    )
    .join('');
  const spans = o.spans
    .map((s) =>
      textBlock(s.lines, LABEL_X, baseline(s), LINE, { class: 'label' }) +
      evidence(s.href, s.tooltip, element('rect', { class: `span series-${s.series}`, x: s.x1, y: s.y - 5, width: Math.max(2, s.x2 - s.x1), height: 10, rx: 2 })) +
      element('text', { class: 'value', x: s.x1 - 6, y: s.y + FONT * 0.35, 'text-anchor': 'end' }, escapeXml(s.spanText)),
    )
    .join('');
  const undated = o.undated ? textBlock(o.undated.lines, LABEL_X, o.undated.y, LINE, { class: 'label muted' }) : '';
  return element('g', { class: 'overview' }, element('text', { class: 'panel-title', x: LABEL_X, y: o.titleY }, escapeXml(o.title)) + axis + events + spans + undated);
}

function renderGantt(g: TimelineLayout['gantts'][number]): string {
  const months = g.months
    .map((m, i) => (i % 2 === 0 ? element('rect', { class: 'band', x: m.x1, y: g.gridTop, width: m.x2 - m.x1, height: g.gridBottom - g.gridTop }) : '') + element('text', { class: 'tick', x: (m.x1 + m.x2) / 2, y: g.headerY, 'text-anchor': 'middle' }, escapeXml(m.label)))
    .join('');
  const lanes = g.lanes
    .map((lane) => {
      const label = textBlock(lane.lines, LABEL_X, baseline(lane), LINE, { class: 'label' });
      const marks = lane.items
        .map((item) => {
          const mark =
            item.kind === 'during'
              ? element('rect', { class: `bar series-${g.series}`, x: item.x1 + 1, y: lane.y - 6, width: item.x2 - item.x1 - 2, height: 12, rx: 2 })
              : element('path', { class: `due series-${g.series}`, d: `M${(item.x1 + item.x2) / 2},${lane.y - 7}l7,7l-7,7l-7,-7z` });
          return evidence(item.href, item.tooltip, mark);
        })
        .join('');
      return element('line', { class: 'rule', x1: LABEL_X, x2: TIMELINE_WIDTH - 12, y1: lane.top, y2: lane.top }) + label + marks;
    })
    .join('');
  return element('g', { class: 'gantt' }, element('text', { class: 'panel-title', x: LABEL_X, y: g.titleY }, escapeXml(g.title)) + months + lanes);
}

/** The chart body. */
export function renderTimeline(layout: TimelineLayout): string {
  return renderLegend(layout.legend) + (layout.overview ? renderOverview(layout.overview) : '') + layout.gantts.map(renderGantt).join('');
}
