import { z } from 'astro/zod';

/** Text in Chinese and English; the English is written for a reader who does not read Chinese. */
export const bilingualSchema = z.object({
  /** Chinese (Simplified). */
  zh: z.string().min(1),
  /** English. */
  en: z.string().min(1),
});
export type Bilingual = z.infer<typeof bilingualSchema>;

/** A paragraph number (¶N) in the entry's cleaned body. */
export const paragraphSchema = z.number().int().positive();

/** A verbatim sentence or clause from the entry's cleaned body. */
export const quoteSchema = z.string().min(2);

/** A stable slug: lowercase letters, digits and single hyphens. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug (a-z, 0-9, single hyphens)');
