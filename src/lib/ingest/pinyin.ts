import type { Change } from './report.ts';

/**
 * Pinyin readings that annotating sites print after characters (業(yè)), in the forms real copies hold them:
 * - intact: 業(yè), 區(qū);
 * - damaged: the tone vowel became '?' because the copy's encoding (standard Big5, GBK) cannot hold it:
 *   業(y?), 聯(li?n), 礙(?i);
 * - cut short: only the initial left (聯(l)), or no closing parenthesis before the next character or the line's
 *   end (鎮(zh黨, 態(t).
 * Damaged and cut-short forms are taken only from a text that shows the habit — at least MIN_READINGS complete
 * readings in parentheses — so that a lone (m) after 米 or (x after a name, in a page without readings, stays.
 */

export const TONE_VOWELS = 'aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])';
/** One pinyin syllable, with or without tone marks: yè, chuàng, qū, lǐng. */
export const SYLLABLE = `${INITIAL}?[${TONE_VOWELS}]{1,3}(?:ng|n|r)?`;
/** A syllable whose vowels may have become '?': y?, li?n, ?i. Callers check that it holds a '?' and a letter. */
export const DAMAGED_SYLLABLE = `${INITIAL}?[${TONE_VOWELS}?]{1,3}(?:ng|n|r)?`;

const whole = (source: string) => new RegExp(`^(?:${source})$`, 'u');
const IS_SYLLABLE = whole(SYLLABLE);
const IS_DAMAGED = whole(DAMAGED_SYLLABLE);
const IS_INITIAL = whole(INITIAL);
const HAS_LETTER = new RegExp(`[a-z${TONE_VOWELS}]`, 'u');

/** Parentheses right after a Chinese character, holding pinyin letters or '?', closed or not. */
const READING_AFTER_HAN = new RegExp(`(?<=\\p{Script=Han})[(（]([a-z${TONE_VOWELS}?]{1,7})([)）]?)`, 'gu');
/** What may follow a reading that lost its ')': a character, a space, punctuation or the line's end. */
const AFTER_CUT = /^(?:$|[\s\p{Script=Han}\p{P}])/u;

/** Readings needed before damaged and cut-short forms count as debris. */
export const MIN_READINGS = 3;

type ReadingKind = 'pinyin-reading' | 'pinyin-reading-damaged' | 'pinyin-reading-cut';

function isDamaged(body: string): boolean {
  return body.includes('?') && HAS_LETTER.test(body) && IS_DAMAGED.test(body);
}

/** What a parenthesised run after a character is, or null when it is not a reading (and stays). */
function classify(body: string, closed: boolean, next: string): ReadingKind | null {
  if (closed && IS_SYLLABLE.test(body)) return 'pinyin-reading';
  if (closed && isDamaged(body)) return 'pinyin-reading-damaged';
  if (closed && IS_INITIAL.test(body)) return 'pinyin-reading-cut';
  if (!closed && AFTER_CUT.test(next) && (IS_SYLLABLE.test(body) || isDamaged(body) || IS_INITIAL.test(body))) return 'pinyin-reading-cut';
  return null;
}

/** How many complete readings, intact or damaged, the text holds: the evidence that it was annotated. */
export function countReadings(text: string): number {
  let count = 0;
  for (const match of text.matchAll(READING_AFTER_HAN)) {
    const [, body = '', close = ''] = match;
    if (close && (IS_SYLLABLE.test(body) || isDamaged(body))) count++;
  }
  return count;
}

/** Removes pinyin readings printed after characters (業(yè) → 業), damaged and cut-short ones included. */
export function stripPinyinReadings(text: string, changes: Change[]): string {
  const annotated = countReadings(text) >= MIN_READINGS;
  return text.replace(READING_AFTER_HAN, (match: string, body: string, close: string, offset: number) => {
    const kind = classify(body, close !== '', text.charAt(offset + match.length));
    if (kind === null || (kind !== 'pinyin-reading' && !annotated)) return match;
    changes.push({ rule: kind, text: match });
    return '';
  });
}
