import { z } from 'astro/zod';
import { candidatesSchema } from './candidates.ts';
import { draftSourceSchema } from './source.ts';

/** A paragraph that acts as a heading, or opens with a lead sentence that does. */
export const headingSchema = z.object({
  /** Paragraph number (¶N). */
  paragraph: z.number().int().positive(),
  /** The heading text, verbatim. */
  text: z.string().min(1),
  /** 'standalone': the whole paragraph is the heading; 'lead': its first sentence is. */
  kind: z.enum(['standalone', 'lead']),
});

/** One line of the cleaning report: what a rule removed or changed, and how often. */
export const cleaningSchema = z.object({
  /** Rule id (see src/lib/ingest/rules.ts and boilerplate.yaml). */
  rule: z.string(),
  /** How many times it fired. */
  count: z.number().int().positive(),
  /** Up to three examples of what it removed or changed, as in the raw text. */
  examples: z.array(z.string()),
});

/** A model entry. Issue 3 completes this; for now it holds what ingest produces. */
export const modelSchema = z.object({
  /** Stable slug; also the URL segment /models/<id>/. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** True until a person has curated the entry; drafts are left out of production builds. */
  draft: z.boolean(),
  /** Title in Chinese (from the source's headline, or written by a curator) and English. */
  title: z.object({ zh: z.string().min(1), en: z.string() }),
  /** The raw file and what ingest learned about it. */
  source: draftSourceSchema,
  /** Number of paragraphs in the cleaned body; the ¶ anchors run from 1 to this. */
  paragraphs: z.number().int().positive(),
  /** Paragraphs that act as headings. */
  headings: z.array(headingSchema),
  /** What cleaning removed or changed, rule by rule. */
  cleaning: z.array(cleaningSchema),
  /** Facts ingest proposes for curation. */
  candidates: candidatesSchema,
});
export type Model = z.infer<typeof modelSchema>;
