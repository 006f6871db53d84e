/**
 * The held-out sets: source pages written, and their answer keys curated by hand, without sight of the proposal
 * rules (src/lib/propose), so that `npm run curate:eval` can measure the proposer on text it was not written from.
 * Each page is <set dir>/<id>.txt or .html (the raw bytes, in its encoding); its key is <set dir>/<id>.mdx, a
 * curated entry (draft: false) whose body and generated fields are what ingest wrote for the page. Set A
 * (tests/fixtures/holdout) has since been read by the rules' author, so set B (tests/fixtures/holdout-b) is the
 * clean measure; HOLDOUT_SETS says so for each.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readEntries, readTaxonomy } from '../../src/lib/entries/read.ts';
import { readEntryText } from '../../src/lib/entries/entry-text.ts';
import { explainIssues } from '../../src/lib/entries/schema-issues.ts';
import { formatOf } from '../../src/lib/ingest/html.ts';
import type { EntryToCheck, IntegrityIssue } from '../../src/lib/integrity.ts';
import { evaluate } from '../../src/lib/propose/evaluate.ts';
import { buildMemory, type ProposalContext } from '../../src/lib/propose/index.ts';
import type { Score } from '../../src/lib/propose/score.ts';
import { curatedModelSchema, type CuratedModel } from '../../src/schemas/model.ts';

/** Where held-out set A's pages and keys live, relative to the project root. */
export const HOLDOUT_DIR = 'tests/fixtures/holdout';
/** Where held-out set B's pages and keys live: written after the rules were revised on set A's failures. */
export const HOLDOUT_B_DIR = 'tests/fixtures/holdout-b';

/** One held-out set: where it lives, what its table is called, and what a reader must know about it. */
export interface HoldoutSet {
  /** Folder of pages and keys, relative to the project root. */
  dir: string;
  /** The table's name in curate:eval's output. */
  name: string;
  /** Printed under its table: why its figures are or are not an out-of-sample measure. */
  caveat: string;
}

/** Every held-out set, in the order curate:eval prints them. */
export const HOLDOUT_SETS: readonly HoldoutSet[] = [
  {
    dir: HOLDOUT_DIR,
    name: 'Held out',
    // The rules were revised after reading these pages' failures (tests/fixtures/holdout/README.md): say so.
    caveat: 'Note: the proposal rules were revised after reading these pages’ failures, so this table is no longer an out-of-sample measure; held out B below replaces it.',
  },
  {
    dir: HOLDOUT_B_DIR,
    name: 'Held out B',
    caveat: 'Held out B is the clean out-of-sample measure: pages and keys written without sight of the rules, and no rule has been changed after reading its failures (tests/fixtures/holdout-b/README.md).',
  },
];

/** One held-out page and its key. */
export interface HoldoutPage extends EntryToCheck {
  data: CuratedModel;
  /** The page as received, relative to the project root (<set dir>/<id>.txt or .html). */
  page: string;
}

/** The page file for a key: <id>.txt or <id>.html beside it (the .utf8.txt originals are not pages). */
function pageFor(root: string, dir: string, id: string): string | null {
  for (const ext of ['txt', 'html']) {
    const path = `${dir}/${id}.${ext}`;
    if (existsSync(join(root, path))) return path;
  }
  return null;
}

/**
 * Reads every key of one held-out set (set A by default) with the curated schema; a key that fails it, or has no
 * page, becomes an issue.
 */
export function readHoldout(root: string, setDir: string = HOLDOUT_DIR): { pages: HoldoutPage[]; issues: IntegrityIssue[] } {
  const dir = join(root, setDir);
  const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : [];
  const pages: HoldoutPage[] = [];
  const issues: IntegrityIssue[] = [];
  for (const name of names) {
    const file = `${setDir}/${name}`;
    let text: ReturnType<typeof readEntryText>;
    try {
      text = readEntryText(readFileSync(join(root, file), 'utf8'));
    } catch (error) {
      issues.push({ file, field: '(frontmatter)', reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const parsed = curatedModelSchema.safeParse(text.data);
    if (!parsed.success) {
      for (const { field, message } of explainIssues(parsed.error.issues, text.data)) issues.push({ file, field, reason: message });
      continue;
    }
    const id = parsed.data.id;
    if (name !== `${id}.mdx`) issues.push({ file, field: 'id', reason: `the key is named ${name} but its id is ${id}` });
    const page = pageFor(root, setDir, id);
    if (page === null) {
      issues.push({ file, field: 'source.raw', reason: `no page ${setDir}/${id}.txt or .html beside the key` });
      continue;
    }
    pages.push({ file, data: parsed.data, paragraphs: text.paragraphs, page });
  }
  return { pages, issues };
}

/** The page's bytes must be the ones the key was curated from (source.sha256). */
export function checkHoldoutHashes(root: string, pages: readonly HoldoutPage[]): IntegrityIssue[] {
  return pages.flatMap((p) => {
    const sha = createHash('sha256').update(readFileSync(join(root, p.page))).digest('hex');
    return sha === p.data.source.sha256 ? [] : [{ file: p.file, field: 'source.sha256', reason: `${p.page} has sha256 ${sha}, not the key's ${p.data.source.sha256}` }];
  });
}

/**
 * The entries the held-out translation memory learns from: the curated entries in content/models only. The
 * held-out keys never feed it, nor does an entry in content/models that carries a held-out id (a held-out page
 * someone ingested), nor a draft.
 */
export function memoryEntries(root: string, holdoutIds: readonly string[]): CuratedModel[] {
  const leaveOut = new Set(holdoutIds);
  return readEntries(root)
    .entries.map((e) => e.data)
    .filter((data): data is CuratedModel => !data.draft && !leaveOut.has(data.id));
}

/** The proposer's context for the held-out pages: the taxonomy, and a translation memory of memoryEntries only. */
export function holdoutContext(root: string, holdoutIds: readonly string[]): ProposalContext {
  const { categories, glossary } = readTaxonomy(root);
  return { categories, glossary, memory: buildMemory(memoryEntries(root, holdoutIds), categories, glossary) };
}

/**
 * Proposes one held-out page from its bytes and scores the proposals against its key with the eval's scorer, through
 * evaluate() with the format the page's name gives (a saved .html page is read as `npm run ingest` reads it).
 */
export function evaluateHoldoutPage(root: string, page: HoldoutPage, context: ProposalContext): { after: Score; issues: IntegrityIssue[] } {
  const { after, issues } = evaluate(readFileSync(join(root, page.page)), page.data, context, { format: formatOf(page.page) ?? 'text' });
  return { after, issues };
}
