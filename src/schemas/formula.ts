import { z } from 'astro/zod';
import { bilingualSchema, draftBilingualSchema, paragraphSchema, quoteSchema, reviewSchema } from './common.ts';

/** One part of a numbered formula (三项机制 in 336), with the text that names it. */
export const formulaComponentSchema = z.object({
  /** The component's name as written (三项机制, 一个党日 …). */
  label: z.string().min(1),
  /** English rendering. */
  en: z.string().min(1),
  /** The sentence that names it, verbatim. */
  quote: quoteSchema,
  /** Paragraph the quote is in. */
  paragraph: paragraphSchema,
  /** `proposed` while a machine's proposal awaits a person's check. */
  review: reviewSchema,
});

/** A numbered formula such as 336, 1+1+4 or 十个一, decoded into its parts. */
export const formulaSchema = z.object({
  /** The code as written (336, 1+1+4, 十个一). */
  code: z.string().min(1),
  /** What it names: Chinese and English. */
  name: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  /** Its parts, in order; empty when the source never spells them out. */
  components: z.array(formulaComponentSchema),
  /**
   * explicit: the text lists the parts as the formula's expansion; implicit: the parts appear (e.g. as section
   * headings) but the text never says they make up the code; partial: some parts are given; none: none are.
   */
  expansion: z.enum(['explicit', 'implicit', 'partial', 'none']),
  /** Why the expansion is marked as it is, when not explicit, in Chinese and English. */
  expansion_note: bilingualSchema.nullable(),
  /** The sentence where the code appears, verbatim. */
  quote: quoteSchema,
  /** Paragraph the quote is in. */
  paragraph: paragraphSchema,
  /** `proposed` while a machine's proposal awaits a person's check. */
  review: reviewSchema,
});
export type Formula = z.infer<typeof formulaSchema>;

/** A formula component in a draft: the English may still be ''. */
export const draftFormulaComponentSchema = formulaComponentSchema.extend({ en: z.string() });
/** A formula in a draft: English name and components' English may still be ''. */
export const draftFormulaSchema = formulaSchema.extend({
  name: draftBilingualSchema,
  components: z.array(draftFormulaComponentSchema),
  expansion_note: draftBilingualSchema.nullable(),
});
