import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { modelSchema, type CuratedModel } from '../schemas/model.ts';
import { glossaryTermSchema, mechanismCategorySchema } from '../schemas/taxonomy.ts';
import { splitMdx } from './ingest/draft.ts';
import { mdxToParagraphs } from './ingest/mdx.ts';
import type { EntryToCheck, IntegrityIssue, TaxonomyIds } from './integrity.ts';

/**
 * Reading content straight from disk, for the CLIs that check it without a build (npm run validate).
 * The build reads the same files through Astro's content layer; both feed src/lib/integrity.ts.
 */

/** Parses YAML frontmatter the way Astro does for .mdx (YAML 1.1: unquoted dates become Date objects). */
function frontmatterOf(text: string): unknown {
  return parse(splitMdx(text).frontmatter, { version: '1.1' });
}

/** Reads every entry under content/models; schema failures become issues naming the file and field. */
export function readEntries(root: string): { entries: EntryToCheck[]; issues: IntegrityIssue[] } {
  const dir = join(root, 'content', 'models');
  const entries: EntryToCheck[] = [];
  const issues: IntegrityIssue[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
    const file = `content/models/${name}`;
    const text = readFileSync(join(dir, name), 'utf8');
    const parsed = modelSchema.safeParse(frontmatterOf(text));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ file, field: issue.path.join('.') || '(frontmatter)', reason: issue.message });
      continue;
    }
    entries.push({ file, data: parsed.data, paragraphs: mdxToParagraphs(splitMdx(text).body) });
  }
  return { entries, issues };
}

/** The raw file an entry names must still hash to the sha256 it records. */
export function checkRawHashes(root: string, entries: readonly EntryToCheck[]): IntegrityIssue[] {
  return entries.flatMap(({ file, data }) => {
    const bytes = readFileSync(join(root, data.source.raw));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return sha256 === data.source.sha256 ? [] : [{ file, field: 'source.sha256', reason: `${data.source.raw} hashes to ${sha256}` }];
  });
}

/** Category and glossary ids from content/taxonomy, each file checked against its schema. */
export function readTaxonomyIds(root: string): TaxonomyIds {
  const load = (name: string) => parse(readFileSync(join(root, 'content', 'taxonomy', name), 'utf8')) as unknown[];
  const categories = load('mechanisms.yaml').map((item) => mechanismCategorySchema.parse(item).id);
  const terms = load('glossary.yaml').map((item) => glossaryTermSchema.parse(item).id);
  return { categories: new Set(categories), terms: new Set(terms) };
}

/** The curated entries under content/models as data plus MDX body: the templates synthetic benchmarks copy. */
export function readCuratedTemplates(root: string): Array<{ data: CuratedModel; body: string }> {
  const dir = join(root, 'content', 'models');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const data = modelSchema.parse(frontmatterOf(text));
      return data.draft ? [] : [{ data, body: splitMdx(text).body }];
    });
}
