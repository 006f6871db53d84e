import { z } from 'astro/zod';

/** How the raw file's characters were written: Traditional, Simplified, or Simplified with Traditional left over. */
export const scriptSchema = z.enum(['traditional', 'simplified', 'mixed']);
export type Script = z.infer<typeof scriptSchema>;

/** Where an entry's text came from: the raw file as received and what ingest learned about it. */
export const draftSourceSchema = z.object({
  /** The file name as it was received (before it was renamed to a slug). */
  file: z.string().min(1),
  /** Path of the byte-for-byte copy inside the project, relative to the repo root. */
  raw: z.string().regex(/^content\/sources\/[a-z0-9-]+\.txt$/),
  /** sha256 of the raw bytes, lowercase hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Encoding the detector chose and the decoder used. */
  encoding: z.enum(['UTF-8', 'GB18030', 'Big5']),
  /** Script of the raw text before conversion to Simplified. */
  script: scriptSchema,
  /** Publisher or issuing body named in a leading 来源 line, or null. */
  publisher: z.string().nullable(),
  /** Date (and time, if given) from a leading 日期/时间 line, as written, or null. */
  published: z.string().nullable(),
  /** Author or editor from a leading 作者/责任编辑 line, or null. */
  author: z.string().nullable(),
});
export type DraftSource = z.infer<typeof draftSourceSchema>;
