import { z } from 'astro/zod';
import { paragraphSchema, quoteSchema, reviewSchema, slugSchema } from './common.ts';

/** A named working mechanism the source describes, mapped to a taxonomy category. */
export const mechanismSchema = z.object({
  /** The mechanism's name as the source gives it (or the shortest verbatim phrase naming it). */
  name: z.string().min(2),
  /** Taxonomy category id (content/taxonomy/mechanisms.yaml). */
  category: slugSchema,
  /** One or two English sentences saying what it is and does. */
  summary_en: z.string().min(10),
  /** Glossary term ids this mechanism relies on (content/taxonomy/glossary.yaml). */
  terms: z.array(slugSchema).default([]),
  /** The sentence that describes it, verbatim. */
  quote: quoteSchema,
  /** Paragraph the quote is in. */
  paragraph: paragraphSchema,
  /** `proposed` while a machine's proposal awaits a person's check. */
  review: reviewSchema,
});
export type Mechanism = z.infer<typeof mechanismSchema>;

/** A mechanism in a draft: the English summary may still be ''. */
export const draftMechanismSchema = mechanismSchema.extend({ summary_en: z.union([z.literal(''), z.string().min(10)]) });
