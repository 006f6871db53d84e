/**
 * Text normalisation shared by the dictionary build (Node) and the search page (browser), so that a term's
 * keys and a reader's query meet in the same form. Pure string functions; no dictionaries here.
 *
 * Three key forms:
 * - Han keys: Simplified characters with punctuation and spaces removed (党旗红·高原绿 → 党旗红高原绿).
 * - Latin keys: lower case, no tone marks or tone digits, ü as u, words joined (lín zhǎng zhì, lin2zhang3zhi4,
 *   "Forest-chief systems" → linzhangzhi, forestchiefsystem).
 * - Code keys: digits and plus signs (１＋１＋４ → 1+1+4).
 */

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/u;

/** True for a Han (CJK ideograph) character. */
export function isHan(char: string): boolean {
  return HAN.test(char);
}

/** True when the text holds at least one Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Number of Han characters in the text. */
export function hanCount(text: string): number {
  return text.match(HAN_RUN)?.length ?? 0;
}

/**
 * Unicode compatibility forms folded (full-width digits and letters, ideographic space, compatibility
 * ideographs), whitespace collapsed, ends trimmed.
 */
export function fold(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** Lower case, tone marks and diacritics removed; ü and its toned forms become u first, so lǜ, lü and lu meet. */
function plainLatin(text: string): string {
  return text
    .toLowerCase()
    .replace(/[üǖǘǚǜ]/gu, 'u')
    .replace(/u:/gu, 'u')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Words of a Latin string: letters and digits, split on anything else; tone digits after pinyin dropped. */
export function latinWords(text: string): string[] {
  const plain = plainLatin(fold(text))
    // Tone numbers typed after a syllable (zhang3, lin2) are not part of the word.
    .replace(/([a-z])[1-5](?=$|[^0-9])/gu, '$1');
  return plain.split(/[^a-z0-9]+/u).filter(Boolean);
}

/** An English plural folded to its singular for matching: chiefs → chief (not class → clas, not is). */
function singular(word: string): string {
  return word.length >= 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * Key for Latin text (pinyin or English): words lower-cased, tones removed, plurals folded, a leading
 * article dropped, joined without spaces so that spaced and joined pinyin meet (lin zhang zhi = linzhangzhi).
 * ü is read as u (and v as u) on both sides.
 */
export function latinKey(text: string): string {
  const words = latinWords(text).map((w) => w.replace(/v/gu, 'u'));
  if (words.length > 1 && (words[0] === 'the' || words[0] === 'a')) words.shift();
  return words.map(singular).join('');
}

/** Key for a numbered formula code: digits and plus signs only (1+1+4, 336). Empty when the text is not a code. */
export function codeKey(text: string): string {
  const folded = fold(text).replace(/\s+/gu, '');
  return /^[0-9]+(?:\+[0-9]+)*$/u.test(folded) ? folded : '';
}

/**
 * Key for text holding Han characters: punctuation, symbols and spaces removed, Latin lower-cased. Expects
 * Simplified text (the query is converted before it gets here).
 */
export function hanKey(text: string): string {
  return fold(text)
    .toLowerCase()
    .replace(/[^\p{Script=Han}a-z0-9]/gu, '');
}

/** The key of any term surface form: Han, code or Latin, whichever the text is. */
export function termKey(text: string): string {
  if (hasHan(text)) return hanKey(text);
  return codeKey(text) || latinKey(text);
}

/** A piece of a query, by script. */
export interface Token {
  kind: 'han' | 'latin' | 'code';
  /** The token as typed (folded), used for free-text search when it matches no term. */
  text: string;
}

/**
 * Splits a folded query into tokens: runs of Han characters (punctuation and spaces between Han characters
 * do not break a run, so 党旗红·高原绿 and 党旗红 高原绿 stay one run), Latin words (with apostrophes and
 * tone marks), and codes (digits joined by +). Everything else (emoji, symbols, punctuation) separates
 * tokens and is dropped.
 */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  const chars = [...fold(query)];
  let i = 0;
  // What separated the previous token from the next one: Han runs split only by punctuation are rejoined.
  let pendingGap = '';
  const push = (kind: Token['kind'], value: string) => {
    const last = tokens.at(-1);
    if (kind === 'han' && last?.kind === 'han' && /^[\s\p{P}\p{S}]*$/u.test(pendingGap)) last.text += value;
    else tokens.push({ kind, text: value });
    pendingGap = '';
  };
  while (i < chars.length) {
    const c = chars[i]!;
    if (isHan(c)) {
      let run = '';
      while (i < chars.length && isHan(chars[i]!)) run += chars[i++];
      push('han', run);
    } else if (/[0-9]/u.test(c)) {
      let run = '';
      while (i < chars.length && /[0-9+]/u.test(chars[i]!)) run += chars[i++];
      push('code', run.replace(/\++$/u, ''));
    } else if (LETTER.test(c)) {
      let run = '';
      // Letters, marks and apostrophes (xi'an), and a tone digit straight after a syllable (zhang3).
      const inWord = (ch: string, next: string) =>
        LETTER.test(ch) || /[\p{M}'’]/u.test(ch) || (/[1-5]/u.test(ch) && !/[0-9]/u.test(next));
      while (i < chars.length && inWord(chars[i]!, chars[i + 1] ?? '')) run += chars[i++];
      push('latin', run);
    } else {
      pendingGap += c;
      i++;
    }
  }
  return tokens.filter((t) => t.text !== '');
}
