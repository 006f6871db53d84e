import { z } from 'astro/zod';
import { paragraphSchema, quoteSchema, reviewSchema } from './common.ts';

/** A brand, requirement or campaign slogan, as written. */
export const sloganSchema = z.object({
  /** The slogan exactly as written inside its quotation marks. */
  text: z.string().min(2),
  /** brand: the Party-building brand itself; requirement: a work requirement; campaign: an activity or drive. */
  kind: z.enum(['brand', 'requirement', 'campaign']),
  /** English rendering for readers who do not read Chinese. */
  en: z.string().min(1),
  /** The sentence it appears in, verbatim. */
  quote: quoteSchema,
  /** Paragraph the quote is in. */
  paragraph: paragraphSchema,
  /** `proposed` while a machine's proposal awaits a person's check. */
  review: reviewSchema,
});
export type Slogan = z.infer<typeof sloganSchema>;

/** A slogan in a draft: the English may still be ''. */
export const draftSloganSchema = sloganSchema.extend({ en: z.string() });
