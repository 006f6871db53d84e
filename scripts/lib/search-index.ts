import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { movedPageFiles } from '../../src/lib/published-urls.ts';
import { redirects } from '../../src/redirects.ts';

/**
 * The search index of a finished build: Pagefind's Node API over the HTML in `dist/`, writing
 * `<dist>/pagefind/`. Pages mark their text with `data-pagefind-body` and their chrome with
 * `data-pagefind-ignore`.
 *
 * It runs as its own process after `astro build` has exited (scripts/build.ts), and builds one index at a
 * time: Pagefind holds every page it indexes in memory until it writes, so indexing after Astro's heap is
 * gone, one language and at most SHARD_PAGES pages at a time, keeps the build's peak memory bounded whatever
 * the size of the collection (at 1 000 models: Pagefind alone needed 3.1 GB for both editions at once, and
 * 2.1 GB for the Chinese edition alone).
 */

/** One edition of the site: its language (as Pagefind names it) and its HTML files, relative to dist/. */
export interface Edition {
  language: string;
  files: string[];
}

/** The pages of moved addresses (src/pages/[...moved].astro), which say only where the content went. */
const MOVED = movedPageFiles(redirects);

/**
 * The editions in a built site: the English one is every page under en/, the Chinese one every other page,
 * never Pagefind's own folder, the bundled assets or a moved address's page (in a shard of nothing but those,
 * no page would carry data-pagefind-body and Pagefind would index them whole).
 */
export function editionsOf(dist: string): Edition[] {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !/^(pagefind|_astro)\//.test(file) && !MOVED.has(file))
    .sort();
  const en = files.filter((file) => file.startsWith('en/'));
  const zh = files.filter((file) => !file.startsWith('en/'));
  return [{ language: 'zh-cn', files: zh }, ...(en.length > 0 ? [{ language: 'en', files: en }] : [])];
}

/**
 * Pages per index. Pagefind holds every page of an index in memory until it has written it, and peaks while
 * writing at about 2 MB per Chinese page (2.1 GB for the 1 027 Chinese pages of 1 000 models), so an edition
 * larger than this is indexed in shards, one after the other, that the browser merges (`mergeIndex`). Each
 * shard costs a search one more entry file and metadata file and the chunks of its words.
 */
export const SHARD_PAGES = 400;

/** Splits an edition's files into the fewest runs of at most `maxPages`, as even as possible, in order. */
export function shardsOf(files: string[], maxPages: number): string[][] {
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new Error(`pages per shard must be a positive whole number, not ${maxPages}`);
  const count = Math.max(1, Math.ceil(files.length / maxPages));
  return Array.from({ length: count }, (_, i) => files.slice(Math.floor((i * files.length) / count), Math.floor(((i + 1) * files.length) / count)));
}

/** A Pagefind glob that matches exactly these files (its globs have alternatives, `{a,b}`, but no lists). */
export function globOf(files: string[]): string {
  const unsafe = files.find((file) => /[{}[\]*?,\\!]/.test(file));
  if (unsafe !== undefined) throw new Error(`cannot index ${unsafe}: its name has a glob character`);
  return `{${files.join(',')}}`;
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
  /** Shards per language (1: the whole edition in one index). */
  shards: Record<string, number>;
  /** Shards copied from the cache of the last build instead of indexed again. */
  reused: number;
}

/**
 * Where the browser finds the shards beyond each language's first, relative to pagefind/: written as
 * pagefind/shards.json (always, with empty lists when every edition fits one index) and read by
 * src/lib/search/browser/pagefind-client.ts.
 */
type ShardList = Record<string, string[]>;
const SHARD_LIST_FILE = 'shards.json';

/**
 * Indexes every edition of the built site in `dist` into `<dist>/pagefind/`: each edition's first shard into
 * the main index (one entry file for both languages), the others each into `pagefind/shards/<language>-<n>/`.
 * One shard at a time, each in a fresh Pagefind process, so the memory of one is returned before the next.
 */
export async function indexSite(dist: string, options: { shardPages?: number; cacheDir?: string } = {}): Promise<IndexReport> {
  const started = performance.now();
  const outputPath = join(dist, 'pagefind');
  const entries: EntryFile[] = [];
  const shardList: ShardList = {};
  const shardCounts: Record<string, number> = {};
  const indexed: Record<string, number> = {};
  const cache = options.cacheDir ? new ShardCache(options.cacheDir) : null;
  let reused = 0;
  for (const edition of editionsOf(dist)) {
    const shards = shardsOf(edition.files, options.shardPages ?? SHARD_PAGES);
    shardList[edition.language] = [];
    shardCounts[edition.language] = shards.length;
    for (const [n, files] of shards.entries()) {
      const main = n === 0;
      const folder = main ? '' : `shards/${edition.language}-${n}/`;
      const key = shardKey(dist, files, edition.language, main);
      // Each shard is written to a folder of its own, then copied where it belongs: both languages' first shards
      // share pagefind/, and the cache keeps each shard apart.
      let source = cache?.folder(key);
      if (source) reused += 1;
      else {
        source = cache ? cache.partialFolder(key) : mkdtempSync(join(tmpdir(), 'atlas-shard-'));
        await writeShard(dist, files, edition.language, main, source);
        if (cache) source = cache.commit(key);
      }
      const entry = JSON.parse(readFileSync(join(source, 'pagefind-entry.json'), 'utf8')) as EntryFile;
      cpSync(source, join(outputPath, folder), { recursive: true });
      if (!cache) rmSync(source, { recursive: true, force: true });
      indexed[edition.language] = (indexed[edition.language] ?? 0) + entry.languages[edition.language]!.page_count;
      if (main) entries.push(entry);
      else shardList[edition.language]!.push(folder);
    }
  }
  cache?.keepOnlyUsed();
  const merged = mergeEntries(entries);
  writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify(merged));
  writeFileSync(join(outputPath, SHARD_LIST_FILE), JSON.stringify(shardList));
  return {
    pages: Object.values(indexed).reduce((a, b) => a + b, 0),
    seconds: (performance.now() - started) / 1000,
    languages: indexed,
    shards: shardCounts,
    reused,
  };
}

/** Pagefind's version (from its package.json, which its exports do not name): a shard of another is not reused. */
const PAGEFIND_VERSION = packageVersion(fileURLToPath(import.meta.resolve('pagefind')), 'pagefind');

function packageVersion(file: string, name: string): string {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
    if (parsed.name === name && parsed.version) return parsed.version;
  }
  throw new Error(`no package.json of ${name} above ${file}`);
}

/**
 * What a shard's index is made from: Pagefind's version, the language, whether it is a language's main index
 * (which keeps the runtime files), and each page's address and bytes. Same key, same index: Pagefind's output
 * is a function of its input (tests/e2e/incremental.test.ts holds a rebuild to a cold build byte for byte).
 */
export function shardKey(dist: string, files: readonly string[], language: string, main: boolean): string {
  const hash = createHash('sha256').update(JSON.stringify([PAGEFIND_VERSION, language, main]));
  for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(join(dist, file)));
  return hash.digest('base64url').slice(0, 32);
}

/** Writes one shard's index into `folder` (emptied first); a shard beyond the first keeps only its index data. */
async function writeShard(dist: string, files: string[], language: string, main: boolean, folder: string): Promise<void> {
  rmSync(folder, { recursive: true, force: true });
  await indexShard(dist, files, folder, language);
  if (!main) keepOnlyIndexData(folder);
}

/**
 * The shards of the last build's index, by key (`<cacheDir>/search/<key>/`): a rebuild in which a shard's pages
 * are unchanged byte for byte copies that shard instead of indexing it again. Each build keeps only the shards it
 * used, so the cache holds one index's worth; a shard is written beside its place and moved there once complete,
 * so a build that stopped half-way leaves nothing that a later one would take for a shard.
 */
class ShardCache {
  readonly #root: string;
  readonly #used = new Set<string>();
  constructor(cacheDir: string) {
    this.#root = join(cacheDir, 'search');
    mkdirSync(this.#root, { recursive: true });
  }
  /** The cached shard of this key, or undefined. */
  folder(key: string): string | undefined {
    const folder = join(this.#root, key);
    if (!existsSync(folder)) return undefined;
    this.#used.add(key);
    return folder;
  }
  partialFolder(key: string): string {
    return join(this.#root, `${key}.partial`);
  }
  /** Makes the shard written to partialFolder(key) the cached one, and returns where it is. */
  commit(key: string): string {
    const folder = join(this.#root, key);
    renameSync(this.partialFolder(key), folder);
    this.#used.add(key);
    return folder;
  }
  /** Removes every shard this build did not use (the last build's that changed, anything left half-written). */
  keepOnlyUsed(): void {
    for (const name of readdirSync(this.#root)) if (!this.#used.has(name)) rmSync(join(this.#root, name), { recursive: true, force: true });
  }
}

/** Indexes `files` (one language) into `outputPath` with a fresh Pagefind process and returns the entry it wrote. */
async function indexShard(dist: string, files: string[], outputPath: string, language: string): Promise<EntryFile> {
  try {
    const { index } = assertOk(await pagefind.createIndex({}), 'createIndex');
    if (!index) throw new Error('Pagefind did not create an index.');
    const added = assertOk(await index.addDirectory({ path: dist, glob: globOf(files) }), `index ${language}`);
    if (added.page_count !== files.length) throw new Error(`Pagefind indexed ${added.page_count} of the ${files.length} ${language} pages given`);
    assertOk(await index.writeFiles({ outputPath }), `write ${language}`);
  } finally {
    await pagefind.close();
  }
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as EntryFile;
  const languages = Object.keys(entry.languages);
  // A page whose <html lang> disagrees with its folder would land in the wrong edition's index.
  if (languages.length !== 1 || languages[0] !== language) {
    throw new Error(`the ${language} pages were indexed as ${languages.join(', ') || 'nothing'}: check <html lang> of the pages in ${files[0]} … ${files.at(-1)}`);
  }
  return entry;
}

/**
 * A merged shard is read with the main index's script and WebAssembly (Pagefind's `mergeIndex` loads only
 * the shard's entry, metadata, index chunks, fragments and filters), so the copies of the runtime each write
 * leaves in a shard's folder are removed.
 */
function keepOnlyIndexData(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isFile() && entry.name !== 'pagefind-entry.json' && !entry.name.endsWith('.pf_meta')) rmSync(join(folder, entry.name));
  }
}
