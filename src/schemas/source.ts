import { z } from 'astro/zod';
import { bilingualSchema, draftBilingualSchema, reviewSchema } from './common.ts';

/** How the raw file's characters were written. */
export const scriptSchema = z.enum(['traditional', 'simplified']);
export type Script = z.infer<typeof scriptSchema>;

/** The encodings ingest reads. GBK and GB2312 are subsets of GB18030 and are recorded as GB18030. */
export const sourceEncodingSchema = z.enum(['UTF-8', 'UTF-16LE', 'UTF-16BE', 'GB18030', 'Big5']);
export type SourceEncoding = z.infer<typeof sourceEncodingSchema>;

/** An ISO date (YYYY-MM-DD). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** Where an entry's text came from: the raw file as received and what is known about its publication. */
export const sourceSchema = z.object({
  /** The file name as it was received (before it was renamed to a slug). */
  file: z.string().min(1),
  /** Path of the byte-for-byte copy inside the project, relative to the repo root: a text file or a saved web page. */
  raw: z.string().regex(/^content\/sources\/[a-z0-9-]+\.(txt|html|htm)$/, 'must be content/sources/<id>.txt, .html or .htm'),
  /** sha256 of the raw bytes, lowercase hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Encoding the detector chose and the decoder used. */
  encoding: sourceEncodingSchema,
  /** Script of the raw text before conversion to Simplified. */
  script: scriptSchema,
  /** Publisher or issuing body (from a 来源 line or the page's metadata), or null. */
  publisher: z.string().nullable(),
  /** Publication date as stated (YYYY-MM-DD, optionally followed by a time), or null when the source gives none. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$/, 'must be YYYY-MM-DD[ HH:MM[:SS]]').nullable(),
  /** Author or editor named by the source (作者, 责任编辑), or null. */
  author: z.string().nullable(),
  /** Web address of the original (a saved page's canonical URL), or null when it was not recorded. */
  url: z.url().nullable().default(null),
  /** Date the page was saved or received, or null when unknown. */
  retrieved: isoDate.nullable().default(null),
  /** The source's own abstract (摘要), kept as metadata rather than as ¶1; null when it has none. */
  abstract: z.string().nullable().default(null),
  /** What a reader should know about the source (its status, redactions, gaps), in Chinese and English. */
  note: bilingualSchema.nullable().default(null),
  /** `proposed` while what ingest read from the page (publisher, date, author, URL) awaits a person's check. */
  review: reviewSchema,
});
export type Source = z.infer<typeof sourceSchema>;

/** A draft's source: its note's English may still be ''. */
export const draftSourceSchema = sourceSchema.extend({ note: draftBilingualSchema.nullable().default(null) });
export type DraftSource = z.infer<typeof draftSourceSchema>;
