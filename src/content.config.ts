import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { modelSchema } from './schemas/model.ts';
import { glossaryTermSchema, mechanismCategorySchema } from './schemas/taxonomy.ts';

const models = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/models' }),
  schema: modelSchema,
});

const mechanisms = defineCollection({
  loader: file('content/taxonomy/mechanisms.yaml'),
  schema: mechanismCategorySchema,
});

const glossary = defineCollection({
  loader: file('content/taxonomy/glossary.yaml'),
  schema: glossaryTermSchema,
});

export const collections = { models, mechanisms, glossary };
