import type { DraftModel } from '../../schemas/model.ts';
import { readMonths, readYears } from '../months.ts';

/**
 * A plan's dated timetable as schedule steps: the implementation period its body states (实施时间。2024年1月至12月
 * 底。), the stages its lines open with (（一）动员部署阶段（2024年3月10日前）), and each dated cell of its
 * 时间安排表, with the row's work item (工作内容) as the label. Tables saved as text
 * come one cell per line, so a row is read from its number (序号) to the next; months and years are read back by the
 * same reader the validator uses (src/lib/months.ts).
 */

export type DraftScheduleItem = DraftModel['schedule'][number];

const PERIOD_HEAD = /(实施时间|实施期限|时间安排|工作时间|活动时间)[。:：]\s*/u;
const TABLE_TIME_HEADER = /^(?:完成时间|完成时限|时间安排|时限要求|时间节点|时间)$/u;
const ROW_NUMBER = /^[0-9]{1,2}$/u;
const LIST_MARKER = /^[0-9]{1,2}[.、．](?=\D)/u;
const YEAR = /[0-9]{4}年/u;

/**
 * A stage of a plan's timetable and its dates, at the start of a line: （一）动员部署阶段（2024年3月10日前）,
 * 2.集中攻坚阶段：4月至6月, 第三阶段（7月底前）, or the dates first: 2024年9月为总结提升阶段.
 */
const STAGE_MARK = '^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|[0-9]{1,2}[.、．])?\\s*';
const STAGE_NAME = '(?:第[一二三四五六七八九十]阶段|\\p{Script=Han}{2,10}?阶段)';
const STAGE_THEN_DATES = new RegExp(`${STAGE_MARK}(${STAGE_NAME})\\s*(?:[（(]([^（()）]+)[）)]|[:：]\\s*([^。；;，,（(]+))`, 'u');
const DATES_THEN_STAGE = new RegExp(`${STAGE_MARK}([^。；;，,]*?[0-9一二三四五六七八九十]{1,2}月[^。；;，,]*?)(?:为|是)(${STAGE_NAME})`, 'u');

/** The stage a line opens with and the dates it gives, when they name a month; else null. */
export function stageOf(text: string): { label: string; quote: string } | null {
  const first = STAGE_THEN_DATES.exec(text);
  const stage = first ? { label: first[1] ?? '', quote: (first[2] ?? first[3] ?? '').trim() } : null;
  const dates = stage ? null : DATES_THEN_STAGE.exec(text);
  const found = stage ?? (dates ? { label: dates[2] ?? '', quote: (dates[1] ?? '').trim() } : null);
  return found && readMonths(found.quote).length > 0 ? found : null;
}

function step(label: string, quote: string, paragraph: number, taskParagraph: number | null, yearParagraph: number | null, year: number): DraftScheduleItem | null {
  const months = readMonths(quote);
  if (months.length === 0) return null;
  const first = months[0]!;
  const last = months[months.length - 1]!;
  // By a date (…前, …底, …完成) is a deadline; a span or a part of a month without 前 (2月上旬, 5月至9月) is a period.
  const deadline = first === last && /(?:前|底|末|完成)/u.test(quote) && !/(?:至|到|期间)/u.test(quote) && !/(?:上旬|中旬|下旬)(?!前)/u.test(quote);
  const month = (m: number) => `${year}-${String(m).padStart(2, '0')}`;
  return {
    label: { zh: label, en: '' },
    start: month(first),
    end: month(last),
    kind: deadline ? 'deadline' : 'during',
    quote,
    paragraph,
    task_paragraph: taskParagraph,
    year_paragraph: yearParagraph,
    note: null,
    review: 'proposed',
  };
}

/** The timetable steps of a plan; empty for a text that is not a plan or has no dated steps. */
export function proposeSchedule(paragraphs: readonly string[], planYear: number | null): DraftScheduleItem[] {
  const steps: DraftScheduleItem[] = [];
  // The plan's own period, stated in its body.
  paragraphs.forEach((text, i) => {
    const head = PERIOD_HEAD.exec(text);
    if (!head) return;
    const rest = text.slice((head.index ?? 0) + head[0].length);
    const quote = /^[^。；;，,]+/u.exec(rest)?.[0]?.trim() ?? '';
    const year = readYears(quote)[0] ?? planYear;
    if (year === null || year === undefined || readMonths(quote).length === 0) return;
    const made = step(head[1]!, quote, i + 1, null, readYears(quote).length > 0 ? null : yearParagraphBefore(paragraphs, i), year);
    if (made && (made.year_paragraph !== null || readYears(quote).length > 0)) steps.push(made);
  });

  // The stages of a timetable written as lines of the body, each with its dates.
  paragraphs.forEach((text, i) => {
    const stage = stageOf(text);
    if (!stage) return;
    const stated = readYears(stage.quote)[0];
    const yearParagraph = stated === undefined ? yearParagraphBefore(paragraphs, i) : null;
    const year = stated ?? (yearParagraph === null ? null : Number(YEAR.exec(paragraphs[yearParagraph - 1] ?? '')?.[0]?.slice(0, 4)));
    const made = year ? step(stage.label, stage.quote, i + 1, null, yearParagraph, year) : null;
    if (made) steps.push(made);
  });

  // The timetable: after a header row naming the time column, each row from its number to the next.
  const header = paragraphs.findIndex((text) => TABLE_TIME_HEADER.test(text));
  if (header < 0) return steps;
  const yearParagraph = yearParagraphBefore(paragraphs, header);
  const year = yearParagraph === null ? planYear : Number(YEAR.exec(paragraphs[yearParagraph - 1] ?? '')?.[0]?.slice(0, 4));
  if (!year) return steps;
  let task: { text: string; paragraph: number } | null = null;
  for (let i = header + 1; i < paragraphs.length; i++) {
    const text = paragraphs[i] ?? '';
    if (ROW_NUMBER.test(text)) {
      const next = paragraphs[i + 1];
      task = next ? { text: next, paragraph: i + 2 } : null;
      i++;
      continue;
    }
    if (!task || TABLE_TIME_HEADER.test(text) || text.length > 80 || readMonths(text).length === 0) continue;
    const quote = text.replace(LIST_MARKER, '').replace(/[；;。,，]+$/u, '').trim();
    // A requirement cell may mention a month too; a time cell is short or opens with the time (在2月24日前…).
    if (!/^(?:在|于|自|从)?[0-9一二三四五六七八九十]{1,3}月/u.test(quote)) continue;
    const made = step(task.text, quote, i + 1, task.paragraph, readYears(quote).length > 0 ? null : yearParagraph, year);
    if (made) steps.push(made);
  }
  return steps;
}

/** The nearest paragraph at or before `index` stating a year (YYYY年): the one a timetable's dates belong to. */
function yearParagraphBefore(paragraphs: readonly string[], index: number): number | null {
  for (let i = index; i >= 0; i--) if (YEAR.test(paragraphs[i] ?? '')) return i + 1;
  return null;
}
