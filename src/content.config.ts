import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { modelSchema } from './schemas/model.ts';
import { glossaryTermSchema, mechanismCategorySchema } from './schemas/taxonomy.ts';

// The content root can be pointed elsewhere (tests that break an entry on purpose, benchmarks that
// generate thousands); by default it is the repo's own content/.
const root = process.env['ATLAS_CONTENT_DIR'] ?? './content';

const models = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${root}/models` }),
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

export const collections = { models, mechanisms, glossary };
