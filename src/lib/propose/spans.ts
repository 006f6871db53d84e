import type { ExclusionReason } from '../../schemas/metric.ts';
import { RANK_BEFORE, SET_PHRASES } from './figure-data.ts';

/**
 * Stretches of a paragraph whose numbers are not figures, and why: dates and times, ordinals and list markers,
 * congress numbers, anniversaries, site ids, counters, set phrases. Each finder is a pattern over the paragraph;
 * figures.ts decides which span a number falls in.
 */

export interface Span {
  start: number;
  end: number;
  reason: ExclusionReason;
  /** The words the exclusion lists (the whole date, 一是, 二十大). */
  text: string;
  note: string | null;
  /** Schedule dates of one paragraph are listed together (2月24日、3月12日). */
  group?: 'schedule' | 'ordinal';
}

const Y = '(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年';
const M = '(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])月(?:份)?';
const D = '(?:[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]';
const PART = '(?:(?:(?:中旬|上旬|下旬)(?:初|末)?|底|末|初)起?|起)';
const ONE_DATE = `(?:${Y}(?:${M}(?:${D})?${PART}?)?|${M}(?:${D}|[0-9]{1,2}(?=前))?${PART}?)`;
const DATE = new RegExp(`${ONE_DATE}(?:\\s*(?:至|到|-|—|~|～)\\s*${ONE_DATE})?|[0-9]{1,2}\\s*[-—~～至到]\\s*[0-9]{1,2}月(?:${PART})?`, 'gu');
const ISO = /[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?|(?<![0-9])[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?/gu;
/** Words after a date that make it a deadline or a period of a plan's timetable. */
const SCHEDULE_AFTER = /^(?:前|以前|之前|起|开始|完成|期间|召开)/u;
const SCHEDULE_PART = /(?:底|末|初|中旬|上旬|下旬|起)$/u;

const CONGRESS = /(?:党的)?(?:十[一二三四五六七八九]|二十[一二三四五]?)(?:大|届[一二三四五六七八九]中全会|届(?:全国)?人大)|十[一二三四五六七八九]五(?:规划|时期|期间)?/gu;
const ANNIVERSARY = /(?:[0-9]+|[一二三四五六七八九十百]+)周年/gu;
const SITE_ID = /(?:网站标识码|标识码)[:：]?\s*[0-9A-Za-z]+|[\p{Script=Han}]{0,2}ICP备[0-9]+号(?:-[0-9]+)?|公网安备\s*[0-9]+号/gu;
const VIEW_COUNTER = /(?:浏览|阅读|点击|访问)(?:量|次数|数|人次)[:：]?\s*[0-9]+(?:次)?/gu;
const WORD_COUNT = /(?:共计|全文|共|字数[:：]?)\s*[0-9]+\s*个?字|阅读时长\s*[0-9]+\s*分钟/gu;
const ORDINAL_IS = /(?<=^|[。；;！？!?,，：:\s）)])([一二三四五六七八九十]+)是/gu;
const ORDINAL_TH = /第([0-9]+|[一二三四五六七八九十百千]+)([位名次个轮代批届期季年项条章节]?)/gu;
/** numerals.ts's list marker, with the full-width stop, parenthesised numbers and circled numbers. */
const LIST_MARKER = /^(?:[0-9]{1,2}[.、．](?=[0-9]{1,2}[月日]|[0-9]{4}年|[^0-9])|[(（][0-9]{1,2}[)）]|[①-⑳])/u;
const PAREN_NUMBER = /[(（][0-9]{1,2}[)）]|[①-⑳]/gu;

function spansOf(pattern: RegExp, text: string, make: (m: RegExpMatchArray) => Omit<Span, 'start' | 'end'> | null): Span[] {
  return [...text.matchAll(pattern)].flatMap((m) => {
    const made = make(m);
    return made ? [{ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, ...made }] : [];
  });
}

export interface SpanOptions {
  /** The document is a plan (its title says 方案, 计划 …): its deadlines are a schedule. */
  plan: boolean;
  /** The paragraph is a stage of the plan's timetable (动员部署阶段（…）): every date in it is the schedule's. */
  stage?: boolean;
}

/** Every span of non-figures in a paragraph, most specific first. */
export function nonFigureSpans(text: string, options: SpanOptions): Span[] {
  const spans: Span[] = [];
  if (/^[0-9]{1,3}$/.test(text)) return [{ start: 0, end: text.length, reason: 'ordinal', text, note: 'A table’s row number (序号).' }];
  const marker = LIST_MARKER.exec(text)?.[0];
  if (marker) spans.push({ start: 0, end: marker.length, reason: 'ordinal', text: marker, note: 'List marker.' });
  spans.push(...spansOf(SITE_ID, text, (m) => ({ reason: 'site-id', text: m[0], note: null })));
  spans.push(...spansOf(VIEW_COUNTER, text, (m) => ({ reason: 'view-counter', text: m[0], note: null })));
  spans.push(...spansOf(WORD_COUNT, text, (m) => ({ reason: 'word-count', text: m[0], note: null })));
  spans.push(...spansOf(CONGRESS, text, (m) => ({ reason: 'congress', text: m[0], note: null })));
  spans.push(...spansOf(ANNIVERSARY, text, (m) => ({ reason: 'anniversary', text: m[0], note: null })));
  spans.push(...spansOf(ISO, text, (m) => ({ reason: 'date', text: m[0], note: null })));
  spans.push(
    ...spansOf(DATE, text, (m) => {
      const after = text.slice((m.index ?? 0) + m[0].length);
      const schedule = options.plan && /月/u.test(m[0]) && (options.stage === true || SCHEDULE_AFTER.test(after) || SCHEDULE_PART.test(m[0]));
      return schedule ? { reason: 'schedule', text: m[0], note: null, group: 'schedule' } : { reason: 'date', text: m[0], note: null };
    }),
  );
  spans.push(...spansOf(PAREN_NUMBER, text, (m) => ({ reason: 'ordinal', text: m[0], note: 'List marker.' })));
  spans.push(...spansOf(ORDINAL_IS, text, (m) => ({ reason: 'ordinal', text: m[0], note: null, group: 'ordinal' })));
  spans.push(
    ...spansOf(ORDINAL_TH, text, (m) => {
      // 居全国第二位 is a rank, a figure; 第一时间 and 第一线 are set phrases (below).
      const rank = RANK_BEFORE.test(text.slice(0, (m.index ?? 0) + 1));
      if (rank && /^[位名]$/u.test(m[2] ?? '')) return null;
      if (SET_PHRASES.some((s) => text.startsWith(s.phrase, m.index ?? 0))) return null;
      if (rank) return { reason: 'other', text: `第${m[1]}`, note: 'A rank written without a unit (位, 名): the checker cannot read it as a metric, so say it in the label of the figure it ranks.' };
      return { reason: 'ordinal', text: m[0], note: null };
    }),
  );
  for (const { phrase, note } of SET_PHRASES) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      spans.push({ start: at, end: at + phrase.length, reason: 'other', text: phrase, note });
    }
  }
  return spans;
}
