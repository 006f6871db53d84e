import type { Candidates } from '../../schemas/candidates.ts';
import { CHINESE_NUMERAL_CHARS, LIST_MARKER, scanNumbers } from '../numerals.ts';
import { EDITORIAL_NOTE } from './characters.ts';

const CN = `[${CHINESE_NUMERAL_CHARS}]`;

/**
 * Proposes facts for a curator: numbers with units, numbered formulas and quoted slogans. These are
 * candidates only; nothing here reaches a reader until a person has checked it into the curated fields.
 */

const CLAUSE_BREAK = /[，,。；;！？!?：:]/;

/** The shortest clause around [start, end): bounded by commas, full stops and colons. */
function clauseStart(text: string, index: number): number {
  let from = index;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1] ?? '')) from--;
  return from;
}

export function clauseAround(text: string, start: number, end: number): string {
  const from = clauseStart(text, start);
  let to = end;
  while (to < text.length && !CLAUSE_BREAK.test(text[to] ?? '')) to++;
  return text.slice(from, to).trim();
}


/** Blanks out editorial notes (same length, so offsets still point into the real text). */
function maskNotes(text: string): string {
  return text.replace(EDITORIAL_NOTE, (note) => ' '.repeat(note.length));
}

function numberCandidates(paragraphs: readonly string[]): Candidates['numbers'] {
  const found: Candidates['numbers'] = [];
  paragraphs.forEach((paragraph, index) => {
    // A paragraph that is only a number is a table's row number (序号), not a figure.
    if (/^[0-9]+$/.test(paragraph)) return;
    const marker = LIST_MARKER.exec(paragraph)?.[0] ?? '';
    const text = ' '.repeat(marker.length) + maskNotes(paragraph).slice(marker.length);
    for (const number of scanNumbers(text)) {
      // A bare Chinese numeral (一, 两) with no unit is a word, not a figure: 一系列, 两手抓.
      if (number.chinese && !number.unit) continue;
      const flags: Candidates['numbers'][number]['flags'] = [];
      if (number.approx) flags.push('approx');
      if (number.bound) flags.push(number.bound);
      if (number.chinese) flags.push('chinese_numeral');
      if (/^(年|月|日|号)$/.test(number.unit)) flags.push('date');
      found.push({
        text: number.text,
        value: number.value,
        unit: number.unit,
        fragment: clauseAround(paragraph, number.index, number.index + number.text.length),
        paragraph: index + 1,
        flags,
      });
    }
  });
  return found;
}

const QUOTED = /“([^“”]{1,40})”|"([^"\n]{1,40})"|「([^「」]{1,40})」|『([^『』]{1,40})』/gu;
/** A formula code: digits joined by +, or a short phrase led by a numeral (三项机制, 十个一, 五个一点). */
const FORMULA = new RegExp(`^(?:[0-9]+(?:\\+[0-9]+)*|${CN}{1,2}(?:个|项|道|大|联|化|员|重|铁|统筹|种|条)?[\\p{Script=Han}]{0,4})$`, 'u');
const UNQUOTED_FORMULA = new RegExp(`${CN}个一(?:点)?`, 'gu');

function quotedPhrases(paragraphs: readonly string[]) {
  return paragraphs.flatMap((text, index) =>
    [...text.matchAll(QUOTED)].map((m) => {
      const phrase = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
      const start = m.index ?? 0;
      return { phrase, start, end: start + m[0].length, text, paragraph: index + 1 };
    }),
  );
}

function firstOfEach<T extends { paragraph: number }>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Extracts every candidate from the cleaned paragraphs. */
export function extractCandidates(paragraphs: readonly string[]): Candidates {
  const quoted = quotedPhrases(paragraphs.map(maskNotes));
  const formulaHits = [
    ...quoted.filter((q) => FORMULA.test(q.phrase)).map((q) => ({ code: q.phrase, fragment: clauseAround(q.text, q.start, q.end), paragraph: q.paragraph })),
    ...paragraphs.flatMap((text, index) =>
      [...text.matchAll(UNQUOTED_FORMULA)].map((m) => ({
        code: m[0],
        fragment: clauseAround(text, m.index ?? 0, (m.index ?? 0) + m[0].length),
        paragraph: index + 1,
      })),
    ),
  ].sort((a, b) => a.paragraph - b.paragraph);
  const formulas = firstOfEach(formulaHits, (f) => f.code);
  const formulaCodes = new Set(formulas.map((f) => f.code));
  const slogans = firstOfEach(
    quoted
      .filter((q) => !formulaCodes.has(q.phrase) && q.phrase.length >= 2)
      .map((q) => ({
        text: q.phrase,
        brand: /^[^。，,]{0,4}品牌/.test(q.text.slice(q.end)),
        fragment: clauseAround(q.text, q.start, q.end),
        paragraph: q.paragraph,
      })),
    (s) => s.text,
  );
  return { numbers: numberCandidates(paragraphs), formulas, slogans };
}
