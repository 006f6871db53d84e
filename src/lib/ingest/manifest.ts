import { z } from 'astro/zod';

/** One raw source as received, recorded in content/sources/manifest.json. */
export const manifestEntrySchema = z.object({
  /** Entry id; the raw copy is content/sources/<id>.txt. */
  id: z.string(),
  /** File name of the copy inside content/sources/. */
  file: z.string(),
  /** The file name as received. */
  original: z.string(),
  /** sha256 of the bytes, lowercase hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Size in bytes. */
  bytes: z.number().int().positive(),
  /** Encoding detected and used to decode. */
  encoding: z.enum(['UTF-8', 'GB18030', 'Big5']),
  /** Script of the raw text. */
  script: z.enum(['traditional', 'simplified']),
  /** Characters found only in Traditional form. */
  traditionalChars: z.number().int().nonnegative(),
  /** Characters found only in Simplified form. */
  simplifiedChars: z.number().int().nonnegative(),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export const manifestSchema = z.array(manifestEntrySchema);

/** Adds or replaces one entry, keeping the manifest sorted by id so diffs stay small. */
export function upsertManifest(manifest: readonly ManifestEntry[], entry: ManifestEntry): ManifestEntry[] {
  return [...manifest.filter((e) => e.id !== entry.id), entry].sort((a, b) => a.id.localeCompare(b.id));
}
