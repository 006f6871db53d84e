import { scanNumbers } from '../numerals.ts';
import { CLAUSE_BREAK, clauseBounds, sentenceBounds } from './text.ts';

/**
 * The year a figure is for, as the text states it: in the figure's own clause, in a time clause opening its sentence
 * (截至今年8月, …; 今年春季防火期, …), or carried from a clause that opens with the year over the figures reported
 * with it (2023年全市出动执法人员1.86万人次, 检查企业9800余家次, 立案查处案件612起); else a plan's year. 今年 and
 * 去年 need the publication date.
 */

export interface YearContext {
  /** Year of publication (from the source's date), for 今年. */
  published: number | null;
  /** Year a plan's title names (2024年…方案): its targets are for that year. */
  plan: number | null;
}

const YEAR_IN = /(?<![0-9])([0-9]{4})年(?!以来|来)|(今年|本年|当年)(?!以来)|(去年)|今年以来/u;
/** A part of the year after its name: a season, a quarter, a half, months, the year's end, a named period (防火期). */
const PART_OF_YEAR =
  '(?:(?:春季|夏季|秋季|冬季|汛期|第?[一二三四1-4]季度|上半年|下半年|前三季度|年初|年中|年底|年末|底|末|[0-9]{1,2}(?:[至到-][0-9]{1,2})?月(?:份|底|末|中旬|上旬|下旬)?)(?:\\p{Script=Han}{0,4}?期(?:间)?)?)?';
const PREPOSITION = '(?:截至|截止|到|至|自|从|在|于)?';
const YEAR_WORD = '(?:[0-9]{4}年|今年|去年|本年|当年)';
/** A clause that is only a time: 截至今年8月, 2023年, 今年春季防火期, 去年以来. */
const TIME_ONLY = new RegExp(`^${PREPOSITION}${YEAR_WORD}${PART_OF_YEAR}(?:以来|为止|止)?$`, 'u');
/** A clause that opens with its year (今年以来查处案件17起, 2023年全市共出动…): the year scopes what it reports. */
const OPENS_WITH_YEAR = new RegExp(`^${PREPOSITION}${YEAR_WORD}`, 'u');

function yearOf(clause: string, context: YearContext): number | null | undefined {
  const m = YEAR_IN.exec(clause);
  if (!m) return undefined;
  if (m[1]) return Number(m[1]);
  if (m[0] === '今年以来' || m[2]) return context.published;
  if (m[3]) return context.published === null ? null : context.published - 1;
  return undefined;
}

/** A clause reporting a figure in digits with a unit; one without (服务全省百大项目建设) ends a run of figures. */
const reportsFigure = (clause: string) => scanNumbers(clause).some((n) => n.unit !== '' && !n.chinese);

/** The year the figure at `start` in `paragraph` is for, or null when the text does not say. */
export function metricYear(paragraph: string, start: number, context: YearContext): number | null {
  const [sentenceStart] = sentenceBounds(paragraph, start);
  const [clauseStart] = clauseBounds(paragraph, start);
  const own = yearOf(paragraph.slice(clauseStart, start), context);
  if (own !== undefined) return own;
  const earlier = paragraph.slice(sentenceStart, clauseStart).split(CLAUSE_BREAK).map((c) => c.trim()).filter(Boolean).reverse();
  // Whether every clause between the figure and the one read now reports a figure too: one run of results.
  let run = true;
  for (const clause of earlier) {
    const year = yearOf(clause, context);
    if (year === undefined) {
      run &&= reportsFigure(clause);
      continue;
    }
    if (TIME_ONLY.test(clause)) return year;
    if (run && OPENS_WITH_YEAR.test(clause)) return year;
    break;
  }
  return context.plan;
}
