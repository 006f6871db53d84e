import { describe, expect, it } from 'vitest';
import { layoutTimeline, monthIndex, renderTimeline } from '../../../src/charts/timeline.ts';
import { compareTimelineFigure, modelTimelineFigure } from '../../../src/lib/figures/site-wide.ts';
import { context, model, MODELS, cellAt } from './content.ts';

const text = { deadline: 'due', during: 'during', published: 'published', span: 'span' };

describe('timeline layout', () => {
  it('counts months so that they order and subtract', () => {
    expect(monthIndex('2024-12') - monthIndex('2024-01')).toBe(11);
    expect(monthIndex('2025-01') - monthIndex('2024-12')).toBe(1);
    expect(monthIndex('2022-09-26')).toBe(monthIndex('2022-09'));
  });

  it('draws a Gantt chart month by month: bars over their months, deadlines in theirs, one lane per work item', () => {
    const layout = layoutTimeline({
      overview: null,
      gantts: [{
        title: 'plan', series: 2,
        lanes: [
          { label: 'whole year', items: [{ start: '2024-01', end: '2024-12', kind: 'during', href: '#a', tooltip: '' }] },
          { label: 'two steps', items: [{ start: '2024-01', end: '2024-01', kind: 'deadline', href: '#b', tooltip: '' }, { start: '2024-03', end: '2024-03', kind: 'deadline', href: '#c', tooltip: '' }] },
        ],
      }],
      monthName: (m) => `${m}`,
      text,
    });
    const gantt = layout.gantts[0];
    expect(gantt?.months).toHaveLength(12);
    const [year, steps] = gantt?.lanes ?? [];
    expect(year?.items[0]?.x1).toBe(gantt?.months[0]?.x1);
    expect(year?.items[0]?.x2).toBe(gantt?.months[11]?.x2);
    expect(steps?.items.map((i) => i.x1)).toEqual([gantt?.months[0]?.x1, gantt?.months[2]?.x1]);
    expect(steps?.top).toBeGreaterThan(year?.top ?? 0);
    const svg = renderTimeline(layout);
    expect(svg.match(/class="bar series-2"/g)).toHaveLength(1);
    expect(svg.match(/class="due series-2"/g)).toHaveLength(2);
  });

  it('a date late in the axis’s last year is written left of its mark, inside the chart', () => {
    const event = (date: string, series: number) => ({ label: `m${series}`, date, dateText: date, series, href: '#', tooltip: '' });
    const svg = renderTimeline(layoutTimeline({ overview: { title: 't', events: [event('2021-07-27', 0), event('2022-12-26', 1)], spans: [], undated: '' }, gantts: [], monthName: String, text }));
    const labels = [...svg.matchAll(/<text class="value" x="([\d.]+)"([^>]*)>([^<]+)</g)].map((m) => ({ x: Number(m[1]), end: m[2]!.includes('text-anchor="end"'), text: m[3] }));
    expect(labels.map((l) => [l.text, l.end])).toEqual([['2021-07-27', false], ['2022-12-26', true]]);
    expect(labels[1]!.x).toBeLessThan(640);
  });

  it('with the real entries: dated sources on the year axis, undated ones named as such, never placed', () => {
    const figure = compareTimelineFigure(context('en'));
    const dated = MODELS.filter((m) => m.source.published !== null);
    const undated = MODELS.filter((m) => m.source.published === null);
    expect(dated.length).toBeGreaterThan(0);
    for (const m of dated) expect(figure.svg).toContain(`>${m.source.published?.slice(0, 10)}<`);
    expect(figure.svg).toContain('No date stated in the source:');
    const rows = figure.table.rows.filter((r) => cellAt(figure.table, r, 'what')?.text === 'publication date');
    expect(rows.filter((r) => cellAt(figure.table, r, 'start')?.text === 'not stated in the source')).toHaveLength(undated.length);
  });

  it('the Huizhou page gets its timetable: every step in a lane, linked to its quote', () => {
    const huizhou = model('huizhou-street-party-forest');
    const figure = modelTimelineFigure(context('zh-CN'), huizhou);
    expect(figure?.table.rows).toHaveLength(huizhou.schedule.length);
    expect(figure?.table.rows.map((r) => cellAt(figure.table, r, 'evidence')?.href)).toEqual(huizhou.schedule.map((_, i) => `/models/huizhou-street-party-forest/#q-t-${i}`));
    expect(figure?.svg.match(/ data-href="\/models\/huizhou-street-party-forest\/#q-t-/g)).toHaveLength(huizhou.schedule.length);
    expect(modelTimelineFigure(context('zh-CN'), model('linxiang-forestry-336'))).toBeNull();
  });
});
