import { pinyin, polyphonic } from 'pinyin-pro';

/**
 * Pinyin for the term dictionary, at build time only (pinyin-pro never reaches the browser). A term gets its
 * usual reading and, for characters with several readings, the alternatives too, because pinyin-pro's
 * choice in context is sometimes not the one readers type: it reads 林长制 as lin-chang-zhi, while the term
 * is lin-zhang-zhi.
 */

/** Readings kept per term: the combinations of polyphonic characters grow fast. */
const MAX_READINGS = 4;

/**
 * Readings already worked out, by text: the same names (林长制, a province, a shared slogan) come back from many
 * entries, and pinyin-pro's analysis of each took 1.5 s of a 1 000-model build.
 */
const known = new Map<string, readonly string[]>();

/** Toneless readings of the Han characters in `text`, syllables joined, usual reading first. */
export function readings(text: string): string[] {
  let found = known.get(text);
  if (!found) known.set(text, (found = readingsOf(text)));
  return [...found];
}

function readingsOf(text: string): string[] {
  const usual = pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' }).join('');
  const perChar = polyphonic(text, { toneType: 'none', type: 'array', v: true })
    .map((options) => options.filter((o) => /^[a-zü]+$/u.test(o)))
    .filter((options) => options.length > 0);
  let combos = [''];
  for (const options of perChar) {
    combos = combos.flatMap((prefix) => options.map((o) => prefix + o)).slice(0, MAX_READINGS * 4);
  }
  return [...new Set([usual, ...combos])].filter(Boolean).slice(0, MAX_READINGS);
}

/** Exonyms and readings that plain pinyin gets wrong for provincial-level names. */
const PLACE_EXCEPTIONS: Record<string, string> = {
  陕西: 'Shaanxi',
  内蒙古: 'Inner Mongolia',
  西藏: 'Tibet',
  香港: 'Hong Kong',
  澳门: 'Macao',
  重庆: 'Chongqing',
};

/** The romanised name of a place stem, as English texts write it: 西宁 → Xining, 黑龙江 → Heilongjiang. */
export function placeEnglish(stem: string): string {
  const known = PLACE_EXCEPTIONS[stem];
  if (known) return known;
  const syllables = pinyin(stem, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' });
  const word = syllables.join('').replace(/ü|v/gu, 'u');
  return word.charAt(0).toUpperCase() + word.slice(1);
}
