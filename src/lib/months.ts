/**
 * Months and years as Chinese plans write them (1月底前, 2月上旬, 3-5月, 十二月, 2024年1月至12月底), read back
 * so that a timetable step's months can be checked against its quote.
 */

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const NUMBER = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
// A month number is not part of a larger number or a list marker (“3.2月” is item 3, February — ambiguous, so
// it is not read at all); a range (3-5月, 3至5月) names both ends before 月.
const MONTH = new RegExp(`(?<![\\d.．])${NUMBER}(?:\\s*[-－–—~～至到]\\s*${NUMBER})?\\s*月`, 'gu');
const YEAR = /(?<!\d)(\d{4})\s*年/gu;

/** A month number written in Arabic digits or Chinese numerals (十二 → 12); null outside 1–12. */
function monthNumber(text: string): number | null {
  const value = /^\d+$/.test(text)
    ? Number(text)
    : text === '十'
      ? 10
      : text.startsWith('十')
        ? 10 + (CHINESE_DIGITS[text.slice(1)] ?? 99)
        : text.length === 1
          ? (CHINESE_DIGITS[text] ?? 0)
          : 0;
  return value >= 1 && value <= 12 ? value : null;
}

/** Every month a text names, in order of writing; a range gives both ends (3-5月 → [3, 5]). */
export function readMonths(text: string): number[] {
  const months: number[] = [];
  for (const match of text.matchAll(MONTH)) {
    for (const part of [match[1], match[2]]) {
      const month = part === undefined ? null : monthNumber(part);
      if (month !== null) months.push(month);
    }
  }
  return months;
}

/** Every four-digit year a text names with 年, in order of writing. */
export function readYears(text: string): number[] {
  return [...text.matchAll(YEAR)].map((match) => Number(match[1]));
}

/** Year and month of a YYYY-MM string. */
export function splitMonth(month: string): { year: number; month: number } {
  const [year, number] = month.split('-').map(Number);
  return { year: year ?? 0, month: number ?? 0 };
}
