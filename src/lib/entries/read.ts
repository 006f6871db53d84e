import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { draftModelSchema, modelSchema, type CuratedModel, type Model } from '../../schemas/model.ts';
import { glossaryTermSchema, mechanismCategorySchema, type GlossaryTerm, type MechanismCategory } from '../../schemas/taxonomy.ts';
import type { EntryToCheck, IntegrityIssue, TaxonomyIds } from '../integrity.ts';
import { parseFrontmatter, parseYamlList, readEntryText, splitEntry } from './entry-text.ts';
import { explainIssues } from './schema-issues.ts';

/**
 * Reading content straight from disk, for the CLIs and tests that work without a build (validate, review,
 * ingest's duplicate check and translation memory, the benchmark). The build reads the same files through
 * Astro's content layer (src/loaders/mdx-data.ts), with the same parser (./entry-text.ts).
 */

/** Entry files under content/models, sorted by name. */
export function entryFileNames(root: string): string[] {
  const dir = join(root, 'content', 'models');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : [];
}

/** Reads every entry under content/models; schema failures become issues naming the file and field. */
export function readEntries(root: string): { entries: EntryToCheck[]; issues: IntegrityIssue[] } {
  const entries: EntryToCheck[] = [];
  const issues: IntegrityIssue[] = [];
  for (const name of entryFileNames(root)) {
    const file = `content/models/${name}`;
    let text: ReturnType<typeof readEntryText>;
    try {
      text = readEntryText(readFileSync(join(root, file), 'utf8'));
    } catch (error) {
      issues.push({ file, field: '(frontmatter)', reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const parsed = modelSchema.safeParse(text.data);
    if (!parsed.success) {
      for (const { field, message } of explainIssues(parsed.error.issues, text.data)) issues.push({ file, field, reason: message });
      continue;
    }
    entries.push({ file, data: parsed.data, paragraphs: text.paragraphs });
  }
  return { entries, issues };
}

/** One entry by id, validated; throws naming the file when it is missing or invalid. */
export function readEntry(root: string, id: string): EntryToCheck & { body: string } {
  const file = `content/models/${id}.mdx`;
  const path = join(root, file);
  if (!existsSync(path)) throw new Error(`${file}: no such entry`);
  const text = readEntryText(readFileSync(path, 'utf8'));
  const parsed = modelSchema.safeParse(text.data);
  if (!parsed.success) {
    throw new Error(`${file}: ${explainIssues(parsed.error.issues, text.data).map((i) => `${i.field}: ${i.message}`).join('; ')}`);
  }
  return { file, data: parsed.data as Model, paragraphs: text.paragraphs, body: text.body };
}

/**
 * One entry for review: as readEntry, but an entry marked `draft: false` that does not yet pass the curated schema
 * (English still empty, a summary not written) is read as the draft it still is, with the curated schema's
 * complaints, so `npm run review` can list what is left instead of failing. Throws when it reads as neither.
 */
export function readEntryForReview(root: string, id: string): { entry: EntryToCheck; curatedIssues: string[] } {
  const file = `content/models/${id}.mdx`;
  const path = join(root, file);
  if (!existsSync(path)) throw new Error(`${file}: no such entry`);
  const text = readEntryText(readFileSync(path, 'utf8'));
  const parsed = modelSchema.safeParse(text.data);
  if (parsed.success) return { entry: { file, data: parsed.data, paragraphs: text.paragraphs }, curatedIssues: [] };
  const asDraft = text.data['draft'] === false ? draftModelSchema.safeParse({ ...text.data, draft: true }) : null;
  const issues = explainIssues(parsed.error.issues, text.data).map((i) => `${i.field}: ${i.message}`);
  if (!asDraft?.success) throw new Error(`${file}: ${issues.join('; ')}`);
  return { entry: { file, data: asDraft.data, paragraphs: text.paragraphs }, curatedIssues: issues };
}

/**
 * An entry's body as numbered paragraphs (¶1 first), without checking its frontmatter against the schema: a
 * curator quoting from the text, or mending a broken entry, needs the paragraphs either way.
 */
export function readParagraphs(root: string, id: string): string[] {
  const file = `content/models/${id}.mdx`;
  const path = join(root, file);
  if (!existsSync(path)) throw new Error(`${file}: no such entry`);
  return readEntryText(readFileSync(path, 'utf8')).paragraphs;
}

/** The raw file an entry names must still hash to the sha256 it records. */
export function checkRawHashes(root: string, entries: readonly EntryToCheck[]): IntegrityIssue[] {
  return entries.flatMap(({ file, data }) => {
    const path = join(root, data.source.raw);
    if (!existsSync(path)) return [{ file, field: 'source.raw', reason: `${data.source.raw} does not exist` }];
    const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
    return sha256 === data.source.sha256 ? [] : [{ file, field: 'source.sha256', reason: `${data.source.raw} hashes to ${sha256}` }];
  });
}

/** The taxonomy under content/taxonomy, each file checked against its schema. */
export function readTaxonomy(root: string): { categories: MechanismCategory[]; glossary: GlossaryTerm[] } {
  const loadList = (name: string) => parseYamlList(readFileSync(join(root, 'content', 'taxonomy', name), 'utf8'));
  return {
    categories: loadList('mechanisms.yaml').map((item) => mechanismCategorySchema.parse(item)),
    glossary: loadList('glossary.yaml').map((item) => glossaryTermSchema.parse(item)),
  };
}

/** Category and glossary ids from content/taxonomy. */
export function readTaxonomyIds(root: string): TaxonomyIds {
  const { categories, glossary } = readTaxonomy(root);
  return { categories: new Set(categories.map((c) => c.id)), terms: new Set(glossary.map((g) => g.id)) };
}

/** The curated entries under content/models as data plus MDX body: the templates synthetic benchmarks copy. */
export function readCuratedTemplates(root: string): Array<{ data: CuratedModel; body: string }> {
  return entryFileNames(root).flatMap((name) => {
    const { frontmatter, body } = splitEntry(readFileSync(join(root, 'content', 'models', name), 'utf8'));
    const data = modelSchema.parse(parseFrontmatter(frontmatter));
    return data.draft ? [] : [{ data, body }];
  });
}
