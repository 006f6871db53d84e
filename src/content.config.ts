import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { explainParse } from './lib/entries/schema-issues.ts';
import { mdxDataLoader } from './loaders/mdx-data.ts';
import { modelSchema } from './schemas/model.ts';
import { proseSchema } from './schemas/page.ts';
import { glossaryTermSchema, mechanismCategorySchema } from './schemas/taxonomy.ts';

// The content root can be pointed elsewhere (tests that break an entry on purpose, benchmarks that
// generate thousands); by default it is the repo's own content/.
const root = process.env['ATLAS_CONTENT_DIR'] ?? './content';

// Astro keys its cache of parsed entries (node_modules/.astro/data-store.json) on this file's text alone, so a
// change to a schema in src/schemas/ is not seen until this file changes too (or a build runs with --force).
// Schema revision 4 (`review` marks on proposals, drafts with every curated field; the place check moved from the
// region schema to the integrity rules): change this line with any schema change that adds a field.

const models = defineCollection({
  loader: mdxDataLoader(`${root}/models`, { explain: (data) => explainParse(modelSchema, data) }),
  schema: modelSchema,
});

const mechanisms = defineCollection({
  loader: file(`${root}/taxonomy/mechanisms.yaml`),
  schema: mechanismCategorySchema,
});

const glossary = defineCollection({
  loader: file(`${root}/taxonomy/glossary.yaml`),
  schema: glossaryTermSchema,
});

// Prose pages (about …) in MDX, one file per edition: about.zh-CN.mdx, about.en.mdx.
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/pages`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: proseSchema,
});

export const collections = { models, mechanisms, glossary, pages };
