import type { Model } from '../../schemas/model.ts';
import { scanNumbers } from '../numerals.ts';
import { baseValue } from '../units.ts';

/**
 * Summaries are prose, but every number in them must come from the text: it is one of the entry's metrics
 * (value as written or normalized) or the body states it. An invented figure in a summary would otherwise
 * pass every other check, since nothing else reads the summary.
 *
 * Chinese: the number as the summary writes it, unit and hedges included (四项, 2万余人), must be written so in the
 * body, or its value must be a metric's (a figure restated without its hedge: 2万人 for 2万余人). An editorial
 * count the text never makes (文章从五个方面…, when the text lists five headings but never says 五个) is flagged:
 * say it as the text does. English: units are translated (亩 → mu, 万人 → 10,000 people), so the value alone must
 * be a metric's or one the body writes; digits (2,085; 3.13 million) and number words (seven, twenty-one) are read.
 */

type Report = (field: string, reason: string) => void;

const WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const WORD = Object.keys(WORDS).join('|');
const ENGLISH_NUMBER = new RegExp(
  `(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s+(thousand|million|billion))?(?![\\w])|\\b(${WORD})(?:-(${WORD}))?\\b`,
  'gi',
);

/** A number in English prose, as written and as a value. */
export interface EnglishNumber {
  text: string;
  value: number;
}

/** The numbers an English text writes: 2,085 → 2085; 3.13 million → 3130000; twenty-one → 21. */
export function englishNumbers(text: string): EnglishNumber[] {
  return [...text.matchAll(ENGLISH_NUMBER)].map((match) => {
    const [whole, digits, scale, word, unitWord] = match;
    if (digits !== undefined) {
      const value = Number(digits.replace(/,/g, '')) * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1);
      return { text: whole, value: Math.round(value * 1e6) / 1e6 };
    }
    const value = (WORDS[(word ?? '').toLowerCase()] ?? 0) + (unitWord ? (WORDS[unitWord.toLowerCase()] ?? 0) : 0);
    return { text: whole, value };
  });
}

/** Every value the body writes and every metric's value, as written and normalized. */
function statedValues(data: Model, paragraphs: readonly string[]): Set<number> {
  const values = new Set<number>();
  for (const paragraph of paragraphs) for (const reading of scanNumbers(paragraph)) values.add(reading.value);
  for (const metric of data.metrics) {
    values.add(metric.value);
    values.add(baseValue(metric));
  }
  return values;
}

const quoteList = (texts: Iterable<string>) => [...texts].map((t) => `“${t}”`).join(', ');

const isMetricValue = (data: Model, value: number) => data.metrics.some((m) => m.value === value || baseValue(m) === value);

/** Checks that every number in the summary, Chinese and English, is a metric's or stated in the body. */
export function checkSummaryNumbers(data: Model, paragraphs: readonly string[], report: Report): void {
  if (!data.summary) return;
  const unstated = new Set<string>();
  for (const reading of scanNumbers(data.summary.zh)) {
    if (!paragraphs.some((p) => p.includes(reading.text)) && !isMetricValue(data, reading.value)) unstated.add(reading.text);
  }
  if (unstated.size > 0) {
    report('summary.zh', `${quoteList(unstated)}: not a metric, and not written so in the body; a summary may state only figures from the text`);
  }
  // Reading every number in the body is most of this rule's cost: only when a metric does not already hold the value.
  let values: Set<number> | null = null;
  const stated = (value: number) => isMetricValue(data, value) || (values ??= statedValues(data, paragraphs)).has(value);
  const unstatedEn = new Set(englishNumbers(data.summary.en).filter((n) => !stated(n.value)).map((n) => n.text));
  if (unstatedEn.size > 0) {
    report('summary.en', `${quoteList(unstatedEn)}: not a metric's value, and not a number in the body; a summary may state only figures from the text`);
  }
}
