import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { SearchDictionary } from '../../src/lib/search/shared/dictionary.ts';
import { codeKey, fold, hanKey, hasHan, latinWords } from '../../src/lib/search/shared/normalize.ts';
import { analyse, prepareQuery } from '../../src/lib/search/shared/query.ts';
import { toSimplified } from '../../src/lib/search/browser/t2s.ts';
import { editionPrefix } from './search-page.ts';
import type { SearchCase } from './search-set.ts';

/**
 * The ground truth that search precision is measured against: whether a built page holds the query in any
 * form — as typed, in Simplified characters, or as any Chinese form or the English name of a term the query
 * names (so 林長制, linzhangzhi and forest chief system all count a page that says 林长制 or 护林员, an alias).
 * Read from the built HTML (its data-pagefind-body text), not from the search code under test; the term forms
 * come from the whole dictionary file, which the search page itself never fetches.
 */
export function pageHoldsQuery(dist: string): (edition: SearchCase['edition'], q: string, path: string) => boolean {
  const dict = JSON.parse(readFileSync(join(dist, 'search-terms.json'), 'utf8')) as SearchDictionary;
  const texts = new Map<string, { han: string; latin: string; code: string }>();
  const textOf = (edition: SearchCase['edition'], path: string) => {
    const file = join(dist, editionPrefix(edition), path, 'index.html');
    let text = texts.get(file);
    if (!text) {
      const { document } = parseHTML(existsSync(file) ? readFileSync(file, 'utf8') : '');
      const bodies = [...document.querySelectorAll('[data-pagefind-body]')];
      for (const ignored of document.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
      const raw = (bodies.length > 0 ? bodies : [document.body]).map((node) => node?.textContent ?? '').join(' ');
      text = { han: hanKey(raw), latin: ` ${latinWords(raw).join(' ')} `, code: fold(raw).replace(/\s+/gu, '') };
      texts.set(file, text);
    }
    return text;
  };
  const holds = (text: { han: string; latin: string; code: string }, form: string) => {
    if (form.trim() === '') return false;
    if (codeKey(form)) return text.code.includes(codeKey(form));
    if (hasHan(form)) return text.han.includes(hanKey(form));
    const words = latinWords(form).join(' ');
    return words !== '' && text.latin.includes(` ${words} `);
  };
  return (edition, q, path) => {
    const typed = prepareQuery(q).text;
    const simplified = toSimplified(typed);
    const text = textOf(edition, path);
    if (holds(text, typed) || holds(text, simplified)) return true;
    const segments = analyse(simplified, dict);
    if (segments.length === 0) return false;
    // Every part of the query in some form: a term by any of its names, free text as typed.
    return segments.every((segment) => {
      if (segment.kind === 'free') return holds(text, segment.text);
      return holds(text, segment.text) || segment.targets.some(([term]) => {
        const entry = dict.terms[term];
        return !!entry && (entry.zh.some((form) => holds(text, form)) || holds(text, entry.en));
      });
    });
  };
}
