import { z } from 'astro/zod';
import { slugSchema } from './common.ts';

/** Other names a reader might search by: synonyms, Traditional forms, pinyin, English. */
export const aliasesSchema = z.object({
  /** Chinese synonyms and near-synonyms (Simplified). */
  zh: z.array(z.string().min(1)).default([]),
  /** Traditional-character forms. */
  traditional: z.array(z.string().min(1)).default([]),
  /** Pinyin, without tone marks, words joined (linzhangzhi) or spaced. */
  pinyin: z.array(z.string().min(1)).default([]),
  /** English names. */
  en: z.array(z.string().min(1)).default([]),
});

/** A mechanism category: one way Party organisations drive ecological work. */
export const mechanismCategorySchema = z.object({
  /** Stable id, used in URLs (/mechanisms/<id>/). */
  id: slugSchema,
  /** Name in Chinese and English. */
  name: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  /** What belongs in the category, in Chinese and English. */
  definition: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  /** Other names for search. */
  aliases: aliasesSchema,
});
export type MechanismCategory = z.infer<typeof mechanismCategorySchema>;

/** A term a reader may stumble on (林长制, 两新组织 …). */
export const glossaryTermSchema = z.object({
  /** Stable id, used in anchors (/glossary/#<id>). */
  id: slugSchema,
  /** The term as written in Simplified Chinese. */
  term: z.string().min(1),
  /** English name. */
  en: z.string().min(1),
  /** Definition in Chinese and English. */
  definition: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  /** Other names for search. */
  aliases: aliasesSchema,
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
