import { parseChineseNumeral } from '../numerals.ts';
import { CLAUSE_BREAK } from './text.ts';

/**
 * A digit code that the text's sections spell out (“1355”工作法, then sections led by 坚持一个核心…, 织密三级网络…,
 * 建强五支队伍…, 健全五项机制…): each digit is the number of a counted phrase opening one of the sections that follow,
 * in order. The phrases may be quoted (守牢“两条底线”) or not; the text never says the sections are the code's
 * parts, so the reading is implicit. formulas.ts takes the counted phrases with two or more parts as formulas of their
 * own; components-implied.ts gives them as the digit code's parts.
 */

export interface Lead {
  paragraph: number;
  /** The heading or lead sentence as the paragraph starts. */
  text: string;
}

export interface CountedPhrase {
  /** The phrase as written, without quotation marks: 一个核心, 三级网络, 两条底线. */
  text: string;
  count: number;
  /** Offset of the phrase in the lead. */
  index: number;
}

/** Counters between a section's numeral and its noun (一个核心, 三级网络, 五支队伍, 五项机制, 两条底线, 三张清单). */
const LEAD_COUNTERS = '个项支级条种类张道批套面大';
const COUNTED = new RegExp(`[“"「]?([一二两三四五六七八九十])([${LEAD_COUNTERS}])(\\p{Script=Han}{1,4})[”"」]?`, 'u');

/** The counted phrase in a lead's first clause (坚持一个核心，… → 一个核心), or null. */
export function countedPhrase(lead: string): CountedPhrase | null {
  const clause = lead.split(CLAUSE_BREAK)[0] ?? '';
  const m = COUNTED.exec(clause);
  if (!m) return null;
  const count = m[1] === '两' ? 2 : parseChineseNumeral(m[1] ?? '');
  if (count === null) return null;
  // A name runs to its clause's end or a closing mark: 守牢“两条底线” → 两条底线; N个一 is a code of its own (三个一做法 → 三个一).
  const noun = /^一/u.test(m[3] ?? '') && m[2] === '个' ? (/^一点/u.test(m[3] ?? '') ? '一点' : '一') : (m[3] ?? '').replace(/[”"」].*$/u, '');
  const text = `${m[1]}${m[2]}${noun}`;
  return { text, count, index: clause.indexOf(text) };
}

/** The sections after `paragraph` whose leads spell out the digit code, one phrase a digit, in order; else null. */
export function sectionParts(code: string, paragraph: number, leads: readonly Lead[]): Array<{ lead: Lead; phrase: CountedPhrase }> | null {
  if (!/^[0-9]{2,}$/u.test(code)) return null;
  const digits = [...code].map(Number);
  const after = leads.filter((l) => l.paragraph > paragraph);
  // The run of leads that opens with the first digit's phrase and goes on, lead by lead, with the next digits.
  for (let start = 0; start + digits.length <= after.length; start++) {
    const run = after.slice(start, start + digits.length).map((lead) => ({ lead, phrase: countedPhrase(lead.text) }));
    if (run.every((r, i) => r.phrase?.count === digits[i])) return run as Array<{ lead: Lead; phrase: CountedPhrase }>;
  }
  return null;
}
