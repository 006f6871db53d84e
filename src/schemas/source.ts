import { z } from 'astro/zod';

/** How the raw file's characters were written. */
export const scriptSchema = z.enum(['traditional', 'simplified']);
export type Script = z.infer<typeof scriptSchema>;

/** An ISO date (YYYY-MM-DD). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** Where an entry's text came from: the raw file as received and what is known about its publication. */
export const sourceSchema = z.object({
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
  /** Publisher or issuing body (from a 来源 line, or the site the page came from), or null. */
  publisher: z.string().nullable(),
  /** Publication date as stated (YYYY-MM-DD, optionally followed by a time), or null when the source gives none. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$/, 'must be YYYY-MM-DD[ HH:MM[:SS]]').nullable(),
  /** Author or editor named by the source, or null. */
  author: z.string().nullable(),
  /** Web address of the original, or null when it was not recorded. */
  url: z.url().nullable(),
  /** Date the page was saved or received, or null when unknown. */
  retrieved: isoDate.nullable(),
  /** What a reader should know about the source: its status, redactions, gaps. */
  note: z.string().nullable(),
});
export type Source = z.infer<typeof sourceSchema>;

/** What ingest records about the source of a draft; curation completes it to `sourceSchema`. */
export const draftSourceSchema = sourceSchema.pick({ file: true, raw: true, sha256: true, encoding: true, script: true, publisher: true, author: true }).extend({
  /** Date (and time, if given) from a leading 日期/时间 line, as written, or null. */
  published: z.string().nullable(),
});
export type DraftSource = z.infer<typeof draftSourceSchema>;
