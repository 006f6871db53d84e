/**
 * Where words occur in a text: used to highlight the reader's terms on the page a search result leads to.
 * Longest word first, no overlaps, in text order; Latin letters match case-insensitively.
 */
export function findOccurrences(text: string, words: readonly string[]): Array<[start: number, end: number]> {
  const lower = text.toLowerCase();
  const taken: Array<[number, number]> = [];
  const sorted = [...new Set(words.map((w) => w.trim().toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
  for (const needle of sorted) {
    let from = 0;
    while (from <= lower.length - needle.length) {
      const at = lower.indexOf(needle, from);
      if (at === -1) break;
      const end = at + needle.length;
      if (!taken.some(([s, e]) => at < e && end > s)) taken.push([at, end]);
      from = end;
    }
  }
  return taken.sort((a, b) => a[0] - b[0]);
}

/** Words worth highlighting from a URL's `hl` parameters: at most 8, none empty, none absurdly long. */
export function highlightParam(params: URLSearchParams): string[] {
  return [...new Set(params.getAll('hl').map((w) => w.trim()))]
    .filter((w) => w.length > 0 && w.length <= 50 && (/\p{Script=Han}/u.test(w) || w.length >= 2))
    .slice(0, 8);
}
