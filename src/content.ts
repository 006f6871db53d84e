import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { isPublished } from './lib/drafts.ts';
import { mdxToParagraphs } from './lib/entries/body.ts';
import { checkCollection, formatIssues, type EntryToCheck } from './lib/integrity.ts';
import { digestOf } from './lib/digest.ts';
import type { CuratedModel } from './schemas/model.ts';
import type { GlossaryTerm, MechanismCategory } from './schemas/taxonomy.ts';

/**
 * The one place pages get content from. Collections are read once per build; the integrity rules run
 * once over every entry (drafts included), and any problem fails the build naming file, field and reason.
 * A production build also refuses a curated entry that still holds a proposal (`review: proposed`); `npm run
 * dev` and `--drafts` builds allow it, and its page marks each proposed item.
 */

// MODE, not DEV: DEV follows NODE_ENV, which test runners set, while MODE follows the Astro command.
const includeDrafts = import.meta.env.MODE === 'development' || import.meta.env.ATLAS_DRAFTS;

export type ModelEntry = CollectionEntry<'models'>;

interface Content {
  /** Entries shown in this build, in id order. */
  models: ModelEntry[];
  /** The same entries by id, for the pages and parts that show one (a lookup each, not a scan of the collection). */
  byId: ReadonlyMap<string, ModelEntry>;
  /** Cleaned paragraphs of each shown entry, by id. */
  paragraphs: Map<string, string[]>;
  /** The curated entries' data, in id order: one array for the whole build (see getCuratedModels). */
  curated: readonly CuratedModel[];
  categories: CollectionEntry<'mechanisms'>[];
  /** The categories' data, one array for the whole build. */
  categoryData: readonly MechanismCategory[];
  glossary: CollectionEntry<'glossary'>[];
  /** What a page's cache key is made of (src/lib/page-keys.ts): each shown entry's digest, by id, and the taxonomy's. */
  digests: EntryDigests;
}

export interface EntryDigests {
  /** Each shown model entry's digest (of its whole file: frontmatter and body), by id. */
  models: ReadonlyMap<string, string>;
  /** One digest of both taxonomy files' entries (categories and glossary), which many pages show in part. */
  taxonomy: string;
  /** The ids shown, in order, with each one's draft flag: what positions, counts and colours on every page follow. */
  shape: string;
}

let loaded: Promise<Content> | null = null;

async function load(): Promise<Content> {
  const [all, categories, glossary] = await Promise.all([
    getCollection('models'),
    getCollection('mechanisms'),
    getCollection('glossary'),
  ]);
  const checked: EntryToCheck[] = all.map((entry) => ({
    file: `content/models/${entry.id}.mdx`,
    data: entry.data,
    paragraphs: mdxToParagraphs(entry.body ?? ''),
  }));
  const taxonomy = { categories: new Set(categories.map((c) => c.data.id)), terms: new Set(glossary.map((g) => g.data.id)) };
  const issues = checkCollection(checked, taxonomy, { proposedInCurated: includeDrafts ? 'allowed' : 'error' });
  if (issues.length > 0) {
    throw new Error(`Content integrity: ${issues.length} problem(s)\n${formatIssues(issues)}`);
  }
  const models = all.filter((entry) => isPublished(entry, includeDrafts)).sort((a, b) => a.data.id.localeCompare(b.data.id));
  const paragraphs = new Map(checked.map((c) => [c.data.id, [...c.paragraphs]]));
  const curated = models.flatMap((entry) => (entry.data.draft ? [] : [entry.data]));
  const digests: EntryDigests = {
    // Of what was parsed (frontmatter and body), not of the file: whatever the loader, the key follows what a page shows.
    models: new Map(models.map((entry) => [entry.data.id, digestOf([entry.data, entry.body ?? ''])])),
    taxonomy: digestOf([categories.map((c) => c.data), glossary.map((g) => g.data)]),
    shape: digestOf(models.map((entry) => [entry.data.id, entry.data.draft === true])),
  };
  return { models, byId: new Map(models.map((entry) => [entry.data.id, entry])), paragraphs, curated, categories, categoryData: categories.map((c) => c.data), glossary, digests };
}

/** Everything pages render from, loaded and checked once. */
export function getContent(): Promise<Content> {
  loaded ??= load();
  return loaded;
}

/** Every model entry the current build shows, in id order (stable across builds). */
export async function getModels(): Promise<ModelEntry[]> {
  return (await getContent()).models;
}

/** The entry the current build shows under an id, if any. */
export async function getModel(id: string): Promise<ModelEntry | undefined> {
  return (await getContent()).byId.get(id);
}

/** Every shown entry by id. */
export async function getModelsById(): Promise<ReadonlyMap<string, ModelEntry>> {
  return (await getContent()).byId;
}

/** Curated (non-draft) entries' data, in id order: what comparisons and open data are built from. */
export async function getCuratedModels(): Promise<readonly CuratedModel[]> {
  // The same array on every call: figures and comparisons memoise per model list (positions, site-wide
  // charts), and a fresh copy per call made each model page rebuild an index of the whole collection.
  return (await getContent()).curated;
}

/** Mechanism categories, in the order of content/taxonomy/mechanisms.yaml. */
export async function getCategories(): Promise<readonly MechanismCategory[]> {
  return (await getContent()).categoryData;
}

/** Glossary terms, in the order of content/taxonomy/glossary.yaml. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  return (await getContent()).glossary.map((g) => g.data);
}

/** The cleaned paragraphs of an entry's body (¶1 first). */
export async function getParagraphs(id: string): Promise<string[]> {
  return (await getContent()).paragraphs.get(id) ?? [];
}

/** The digests pages key their cached output on (src/lib/page-keys.ts). */
export async function getDigests(): Promise<EntryDigests> {
  return (await getContent()).digests;
}

/** A prose page (content/pages/<name>.<locale>.mdx) in an edition, ready for `render()`. */
export async function getProse(name: string, locale: string): Promise<CollectionEntry<'pages'>> {
  const entry = await getEntry('pages', `${name}.${locale}`);
  if (!entry) throw new Error(`content/pages/${name}.${locale}.mdx is missing`);
  return entry;
}
