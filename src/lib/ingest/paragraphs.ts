import { EDITORIAL_NOTE } from './characters.ts';
import type { Change } from './report.ts';

/** Leading and trailing white space, including the ideographic space U+3000 used for indents. */
const EDGE_SPACE = /^[\s\u3000\u00A0]+|[\s\u3000\u00A0]+$/g;

/**
 * One paragraph per non-empty line, trimmed. The numbering (1-based, in order) is what readers cite as ¶N,
 * so it depends only on the cleaned text: the same input always gives the same numbers.
 */
export function splitParagraphs(lines: readonly string[], changes: Change[]): string[] {
  const paragraphs: string[] = [];
  for (const line of lines) {
    const trimmed = line.replace(EDGE_SPACE, '');
    if (trimmed === '') continue;
    if (trimmed !== line) changes.push({ rule: 'edge-whitespace', text: JSON.stringify(line.slice(0, 12)) });
    paragraphs.push(trimmed);
  }
  return paragraphs;
}

export interface Heading {
  paragraph: number;
  text: string;
  kind: 'standalone' | 'lead';
}

const MAX_HEADING_LENGTH = 40;
const TERMINAL = /[。；！？!?;]$/;
/** Enumerated section titles: 一、 (一) （二） 1. */
const ENUMERATED = /^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;
/** Two parallel clauses joined by a comma: 建立“三项机制”,形成齐抓共管新格局 */
const PARALLEL_CLAUSES = /^[^,，。]{3,20}[,，][^,，。]{3,20}$/;

/**
 * Finds paragraphs that act as headings. Standalone: a short line without terminal punctuation that is
 * enumerated (一、总体要求) or made of two parallel clauses (加强思想引领,激活“西宁绿”内生动力).
 * Lead: a paragraph opening with such a sentence, ended by 。, followed by the body of the section.
 */
export function detectHeadings(paragraphs: readonly string[]): Heading[] {
  const headings: Heading[] = [];
  paragraphs.forEach((text, index) => {
    const paragraph = index + 1;
    if (text.length <= MAX_HEADING_LENGTH && !TERMINAL.test(text) && (ENUMERATED.test(text) || PARALLEL_CLAUSES.test(text))) {
      headings.push({ paragraph, text, kind: 'standalone' });
      return;
    }
    // The paragraph right under a standalone heading opens its section: an unnumbered first sentence
    // there is body text, not a second heading.
    const underHeading = headings.at(-1)?.paragraph === paragraph - 1 && headings.at(-1)?.kind === 'standalone';
    const lead = /^[^。]{4,}?。/.exec(text)?.[0];
    // Editorial notes (〔编者注：…〕) are ours, not the source's: they do not count towards a heading's length.
    const sentence = lead?.slice(0, -1).replace(EDITORIAL_NOTE, '') ?? '';
    if (lead && lead.length < text.length && sentence.length <= 40) {
      const enumerated = /^[(（][一二三四五六七八九十]+[)）][^,，]{2,16}$/.test(sentence);
      if (enumerated || (!underHeading && PARALLEL_CLAUSES.test(sentence))) {
        headings.push({ paragraph, text: lead, kind: 'lead' });
      }
    }
  });
  return headings;
}
