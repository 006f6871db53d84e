import { z } from 'astro/zod';

/** A prose page written in MDX (content/pages/<name>.<locale>.mdx), one file per edition. */
export const proseSchema = z.object({
  /** The page's title, in the file's language. */
  title: z.string().min(1),
  /** Which edition the file is for. */
  locale: z.enum(['zh-CN', 'en']),
});
export type Prose = z.infer<typeof proseSchema>;
