import { decodeHTMLStrict } from 'entities';
import { DAMAGED_SYLLABLE, stripPinyinReadings, SYLLABLE, TONE_VOWELS } from './pinyin.ts';
import type { Change } from './report.ts';

/**
 * Character-level cleaning of scraped text: characters the scraper destroyed, pinyin readings printed after
 * characters (./pinyin.ts), and real HTML markup. Text that only looks like markup (<3支以上>, {不少于}) is
 * content and is left alone: only known HTML element names and valid entities are touched.
 */

/** A reading that survived a destroyed character, intact or with '?' vowels, its '(' possibly lost: lián) (d?ng). */
const RESIDUE = `[(（]?(${SYLLABLE}|(?=[${TONE_VOWELS}?a-z]*[a-z${TONE_VOWELS}])${DAMAGED_SYLLABLE})[)）]`;
/**
 * A destroyed character is left as '?'; its reading may survive after it and a tag may lose its '<'. A '?'
 * inside a reading's parentheses — (y?), (li?n), (?i) — is a lost tone vowel, not a lost character (./pinyin.ts
 * removes those readings), so a '?' right after '(' and pinyin letters never starts a run. □ and U+FFFD stand
 * for lost characters by convention (□ is the standard mark for an illegible or missing character).
 */
const LOST_RUN = new RegExp(`(?<![(（][a-z${TONE_VOWELS}]{0,6})(?:\\?(?:${RESIDUE})?)+(?:\\/?[a-zA-Z][a-zA-Z0-9]*>)?|[\\uFFFD□]+`, 'gu');
const RESIDUE_READING = new RegExp(`\\?${RESIDUE}`, 'gu');

const BLOCK_ELEMENTS = 'address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul';
const INLINE_ELEMENTS = 'a|abbr|b|big|cite|code|em|font|i|img|mark|small|span|strong|sub|sup|u|wbr';
const HTML_TAG = new RegExp(`<\\/?(${BLOCK_ELEMENTS}|${INLINE_ELEMENTS})(?:\\s[^<>]*)?\\/?>`, 'gi');
const BLOCK_TAG = new RegExp(`^<\\/?(${BLOCK_ELEMENTS})\\b`, 'i');
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const ENTITY = /&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/g;

/** Matches the editorial notes ingest writes, so later steps can leave them out of the facts. */
export const EDITORIAL_NOTE = /〔编者注：[^〕]*〕/gu;

/** The editorial note that stands where characters were lost: visible, and never a guess. */
export function lostCharacterNote(count: number, readings: readonly string[]): string {
  const residue = readings.length > 0 ? `，残存注音 ${readings.join(' ')}` : '';
  return `${'□'.repeat(count)}〔编者注：原文此处缺失${count}字${residue}，未作推测〕`;
}

/**
 * Marks destroyed characters with □ and an editorial note. A '?' counts as a lost character only with
 * evidence: a reading left after it (?lián), ?(d?ng)), a tag that lost its '<' (?/strong>); □ and U+FFFD always
 * do. Other ASCII question marks may be real punctuation and are kept (and reported).
 */
export function markLostCharacters(text: string, changes: Change[]): string {
  return text.replace(LOST_RUN, (match) => {
    if (/^[\uFFFD□]+$/u.test(match)) {
      changes.push({ rule: 'lost-character', text: match });
      return lostCharacterNote([...match].length, []);
    }
    const readings = [...match.matchAll(RESIDUE_READING)].map((m) => m[1] ?? '');
    const brokenTag = /\/?[a-zA-Z][a-zA-Z0-9]*>$/.exec(match)?.[0];
    if (readings.length === 0 && !brokenTag) {
      changes.push({ rule: 'question-mark-kept', text: match });
      return match;
    }
    if (brokenTag) changes.push({ rule: 'broken-html-tag', text: brokenTag });
    const lost = match.slice(0, match.length - (brokenTag?.length ?? 0));
    // One character per '?' outside the residues: ?(d?ng) is one character with a damaged reading.
    const count = (lost.replace(RESIDUE_READING, '?').match(/\?/g) ?? []).length;
    changes.push({ rule: 'lost-character', text: lost });
    return lostCharacterNote(count, readings);
  });
}

/** Removes real HTML tags and comments; block-level tags become line breaks as a browser would show them. */
export function stripHtmlTags(text: string, changes: Change[]): string {
  const withoutComments = text.replace(HTML_COMMENT, (match) => {
    changes.push({ rule: 'html-comment', text: match });
    return '';
  });
  return withoutComments.replace(HTML_TAG, (match) => {
    changes.push({ rule: 'html-tag', text: match });
    return BLOCK_TAG.test(match) && !/^<\/?(td|th)\b/i.test(match) ? '\n' : '';
  });
}

/** Decodes valid HTML entities (&nbsp; &amp; &#8220;); anything else with an '&' is content. */
export function decodeEntities(text: string, changes: Change[]): string {
  return text.replace(ENTITY, (match) => {
    const decoded = decodeHTMLStrict(match);
    if (decoded === match) return match;
    changes.push({ rule: 'html-entity', text: match });
    // A no-break space is layout, not content: it reads as an ordinary space.
    return decoded.replace(/\u00A0/g, ' ');
  });
}

/** All character-level cleaning, in the order the debris was layered on. */
export function cleanCharacters(text: string, changes: Change[]): string {
  const steps = [markLostCharacters, stripPinyinReadings, stripHtmlTags, decodeEntities];
  return steps.reduce((current, step) => step(current, changes), text);
}
