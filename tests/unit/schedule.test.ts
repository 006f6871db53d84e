import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/lib/integrity.ts';
import { readMonths, readYears } from '../../src/lib/months.ts';
import { curatedModelSchema, type CuratedModel } from '../../src/schemas/model.ts';
import type { ScheduleItem } from '../../src/schemas/schedule.ts';
import { goodEntry, PARAGRAPHS } from '../fixtures/curated-entry.ts';

/** The fixture's body plus a timetable cut from the Huizhou plan (title, a row's work item and its date cell). */
const BODY = [
  ...PARAGRAPHS,
  '(二)实施时间。2024年1月至12月底。',
  'x街道2024年高质量党建引领绿美x生态建设攻坚行动时间安排表',
  '制定村庄绿化计划',
  '1月底前',
  '紧盯3-5月植树黄金期的前期动员部署工作',
  '3.2月上旬、春节期间召开共建绿美乡贤座谈会',
];
const [PERIOD, TITLE, TASK, DUE, SEASON, LISTED] = [4, 5, 6, 7, 8, 9];

const PLAN: ScheduleItem = {
  label: { zh: '实施时间', en: 'Implementation period' }, start: '2024-01', end: '2024-12', kind: 'during',
  quote: '2024年1月至12月底', paragraph: PERIOD, task_paragraph: null, year_paragraph: null, note: null,
};
const ROW: ScheduleItem = {
  label: { zh: '制定村庄绿化计划', en: 'Draw up village greening plans' }, start: '2024-01', end: '2024-01', kind: 'deadline',
  quote: '1月底前', paragraph: DUE, task_paragraph: TASK, year_paragraph: TITLE, note: null,
};

const TAXONOMY = { categories: new Set(['liaison']), terms: new Set<string>() };
function issuesOf(...items: ScheduleItem[]): string[] {
  const data: CuratedModel = { ...goodEntry(), schedule: items, paragraphs: BODY.length };
  return checkEntry({ file: `content/models/${data.id}.mdx`, data, paragraphs: BODY }, TAXONOMY).map((i) => `${i.field}: ${i.reason}`);
}

describe('reading months and years', () => {
  it.each([
    ['1月底前', [1]],
    ['2024年1月至12月底', [1, 12]],
    ['紧盯3-5月植树黄金期', [3, 5]],
    ['在2月24日前完成(农历正月十五前)挖穴工作', [2]],
    ['十二月召开总结表彰大会', [12]],
    ['对连续2个月被通报进度不利的村', []],
    ['3.2月上旬、春节期间', []],
    ['"七一"期间', []],
  ])('%s → %j', (text, months) => {
    expect(readMonths(text)).toEqual(months);
  });

  it('reads four-digit years written with 年', () => {
    expect(readYears('2024年1月至12月底')).toEqual([2024]);
    expect(readYears('1月底前')).toEqual([]);
  });
});

describe('timetable integrity', () => {
  it('passes a period and a timetable row whose year is in the title', () => {
    expect(issuesOf(PLAN, ROW)).toEqual([]);
  });

  it('the schema defaults schedule to empty and rejects a month that is not YYYY-MM', () => {
    const { schedule: _omit, ...rest } = goodEntry();
    expect(curatedModelSchema.parse(rest).schedule).toEqual([]);
    expect(curatedModelSchema.safeParse({ ...rest, schedule: [{ ...ROW, start: '2024-1' }] }).success).toBe(false);
  });

  it('the quote must be verbatim in its paragraph', () => {
    expect(issuesOf({ ...ROW, quote: '2月底前' })).toEqual(['schedule[0].quote: “2月底前” is not a verbatim substring of the cleaned body; nearest in ¶7: [1]月底前 — first difference in brackets: ¶7 has “1” (U+0031) where the quote has “2” (U+0032)']);
  });

  it('start and end must be the first and last months the quote names', () => {
    expect(issuesOf({ ...PLAN, end: '2024-11' })).toEqual(['schedule[0].end: 2024-11: the last month in the quote is 12月']);
    expect(issuesOf({ ...ROW, start: '2024-02', end: '2024-02' })).toEqual([
      'schedule[0].start: 2024-02: the first month in the quote is 1月',
      'schedule[0].end: 2024-02: the last month in the quote is 1月',
    ]);
    expect(issuesOf({ ...PLAN, label: { zh: '植树黄金期', en: 'Planting season' }, quote: '3-5月', paragraph: SEASON, year_paragraph: TITLE, start: '2024-03', end: '2024-05' })).toEqual([]);
  });

  it('a quote that names no readable month fails, rather than being guessed', () => {
    expect(issuesOf({ ...ROW, label: { zh: '召开共建绿美乡贤座谈会', en: 'Meeting' }, quote: '3.2月上旬', paragraph: LISTED, task_paragraph: null, kind: 'during', start: '2024-02', end: '2024-02' })).toEqual([
      'schedule[0].quote: “3.2月上旬” names no month (N月) to read 2024-02 from',
    ]);
  });

  it('the year must be in the quote, or in the paragraph named for it', () => {
    expect(issuesOf({ ...PLAN, start: '2023-01' })).toEqual(['schedule[0].start: the quote names 2024年, not 2023']);
    expect(issuesOf({ ...ROW, year_paragraph: null })).toEqual(['schedule[0].year_paragraph: the quote names no year: give the paragraph that states it']);
    expect(issuesOf({ ...ROW, year_paragraph: TASK })).toEqual([`schedule[0].year_paragraph: ¶${TASK} does not state 2024年`]);
    expect(issuesOf({ ...ROW, start: '2025-01', end: '2025-01' })).toEqual([`schedule[0].year_paragraph: ¶${TITLE} does not state 2025年`]);
  });

  it('a deadline is one month, and end is not before start', () => {
    expect(issuesOf({ ...PLAN, kind: 'deadline' })).toEqual(['schedule[0].kind: a deadline falls in one month, but it runs 2024-01 to 2024-12']);
    expect(issuesOf({ ...PLAN, start: '2024-12', end: '2024-01' })).toEqual([
      'schedule[0].end: 2024-01 is before start 2024-12',
      'schedule[0].start: 2024-12: the first month in the quote is 1月',
      'schedule[0].end: 2024-01: the last month in the quote is 12月',
    ]);
  });

  it('the Chinese label is verbatim in the work item’s paragraph', () => {
    expect(issuesOf({ ...ROW, label: { zh: '制定绿化计划', en: 'Plans' } })).toEqual([`schedule[0].label: “制定绿化计划” is not verbatim in ¶${TASK}`]);
    expect(issuesOf({ ...ROW, task_paragraph: null })).toEqual([`schedule[0].label: “制定村庄绿化计划” is not verbatim in ¶${DUE}`]);
  });
});
