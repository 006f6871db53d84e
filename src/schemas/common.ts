import { z } from 'astro/zod';

/** Text in Chinese and English; the English is written for a reader who does not read Chinese. */
export const bilingualSchema = z.object({
  /** Chinese (Simplified). */
  zh: z.string().min(1),
  /** English. */
  en: z.string().min(1),
});
export type Bilingual = z.infer<typeof bilingualSchema>;

/**
 * Marks an item a machine proposed (npm run ingest): it stays `proposed` until a person has checked it and
 * deleted the line. Absent: a person wrote or confirmed the item. A production build refuses a curated entry
 * (`draft: false`) that still holds a proposed item.
 */
export const reviewSchema = z.literal('proposed').optional();

/**
 * Text in Chinese and English where the English may still be missing (''): in drafts, where ingest fills the
 * English from the translation memory only when the same Chinese was translated before.
 */
export const draftBilingualSchema = z.object({
  /** Chinese (Simplified). */
  zh: z.string().min(1),
  /** English, or '' until translated. */
  en: z.string(),
});
export type DraftBilingual = z.infer<typeof draftBilingualSchema>;

/** A paragraph number (¶N) in the entry's cleaned body. */
export const paragraphSchema = z.number().int().positive();

/** A verbatim sentence or clause from the entry's cleaned body. */
export const quoteSchema = z.string().min(2);

/** A stable slug: lowercase letters, digits and single hyphens. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug (a-z, 0-9, single hyphens)');
