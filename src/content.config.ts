import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { modelSchema } from './schemas/model.ts';

const models = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/models' }),
  schema: modelSchema,
});

export const collections = { models };
