import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * The search index of a finished build: Pagefind's Node API over the HTML in `dist/`, writing
 * `<dist>/pagefind/`. Pages mark their text with `data-pagefind-body` and their chrome with
 * `data-pagefind-ignore`.
 *
 * It runs as its own process after `astro build` has exited (scripts/build.ts), and builds one edition at a
 * time: Pagefind holds every page it indexes in memory until it writes, so indexing after Astro's heap is
 * gone, one language at a time, keeps the build's peak memory at the larger of the two steps rather than
 * their sum (at 1 000 models: Pagefind alone needed 3.1 GB for both editions at once).
 */

/** One edition of the site: its language (as Pagefind names it) and the HTML files it owns. */
export interface Edition {
  language: string;
  /** A Pagefind glob, relative to dist/. */
  glob: string;
}

/**
 * The editions in a built site: the English one is everything under en/, the Chinese one everything else
 * that holds HTML (Pagefind's globs have alternatives but no exclusion, so the Chinese glob names each
 * top-level entry).
 */
export function editionsOf(dist: string): Edition[] {
  const rootEntries = readdirSync(dist, { withFileTypes: true })
    .filter((e) => (e.isDirectory() ? !['en', 'pagefind', '_astro'].includes(e.name) : e.name.endsWith('.html')))
    .map((e) => (e.isDirectory() ? `${e.name}/**/*.html` : e.name))
    .sort();
  const editions: Edition[] = [{ language: 'zh-cn', glob: `{${rootEntries.join(',')}}` }];
  if (existsSync(join(dist, 'en'))) editions.push({ language: 'en', glob: 'en/**/*.html' });
  return editions;
}

interface Response {
  errors: string[];
}

/** Fails on any Pagefind error: a site without search must not ship silently. */
function assertOk<T extends Response>(response: T, what: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind (${what}): ${response.errors.join('; ')}`);
  return response;
}

interface EntryFile {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

/**
 * Pagefind's pagefind-entry.json lists the languages of one write; each write replaces it. The languages'
 * files are named by language and hash, so writes do not collide, and the entry is the union of the
 * languages written.
 */
export function mergeEntries(entries: EntryFile[]): EntryFile {
  const [first, ...rest] = entries;
  if (!first) throw new Error('no Pagefind entry to merge');
  const merged: EntryFile = { ...first, languages: { ...first.languages } };
  for (const entry of rest) {
    if (entry.version !== first.version) throw new Error(`Pagefind versions differ: ${first.version} and ${entry.version}`);
    for (const [language, meta] of Object.entries(entry.languages)) {
      if (merged.languages[language]) throw new Error(`Pagefind language ${language} was indexed twice`);
      merged.languages[language] = meta;
    }
  }
  return merged;
}

export interface IndexReport {
  pages: number;
  seconds: number;
  languages: Record<string, number>;
}

/** Indexes every edition of the built site in `dist`, one after the other, into `<dist>/pagefind/`. */
export async function indexSite(dist: string): Promise<IndexReport> {
  const started = performance.now();
  const outputPath = join(dist, 'pagefind');
  const entries: EntryFile[] = [];
  for (const edition of editionsOf(dist)) {
    try {
      const { index } = assertOk(await pagefind.createIndex({}), 'createIndex');
      if (!index) throw new Error('Pagefind did not create an index.');
      assertOk(await index.addDirectory({ path: dist, glob: edition.glob }), `index ${edition.language}`);
      assertOk(await index.writeFiles({ outputPath }), `write ${edition.language}`);
    } finally {
      await pagefind.close();
    }
    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as EntryFile;
    const languages = Object.keys(entry.languages);
    // A page whose <html lang> disagrees with its folder would land in the wrong edition's index.
    if (languages.length !== 1 || languages[0] !== edition.language) {
      throw new Error(`the ${edition.language} pages were indexed as ${languages.join(', ') || 'nothing'}: check <html lang> of the pages under ${edition.glob}`);
    }
    entries.push(entry);
  }
  const merged = mergeEntries(entries);
  writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify(merged));
  const languages = Object.fromEntries(Object.entries(merged.languages).map(([language, meta]) => [language, meta.page_count]));
  return {
    pages: Object.values(languages).reduce((a, b) => a + b, 0),
    seconds: (performance.now() - started) / 1000,
    languages,
  };
}
