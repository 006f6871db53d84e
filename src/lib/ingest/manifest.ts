import { z } from 'astro/zod';
import { scriptSchema, sourceEncodingSchema } from '../../schemas/source.ts';

/** The raw copy's file name: the entry id and the extension it arrived with (a text file or a saved web page). */
export const RAW_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(txt|html|htm)$/;

/** One raw source as received, recorded in content/sources/manifest.json. */
export const manifestEntrySchema = z
  .object({
    /** Entry id; the raw copy is content/sources/<id>.<txt|html|htm>. */
    id: z.string(),
    /** File name of the copy inside content/sources/. */
    file: z.string().regex(RAW_FILE, 'must be <id>.txt, <id>.html or <id>.htm'),
    /** The file name as received. */
    original: z.string(),
    /** sha256 of the bytes, lowercase hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Size in bytes. */
    bytes: z.number().int().positive(),
    /** Encoding detected and used to decode. */
    encoding: sourceEncodingSchema,
    /** Script of the raw text. */
    script: scriptSchema,
    /** Characters found only in Traditional form. */
    traditionalChars: z.number().int().nonnegative(),
    /** Characters found only in Simplified form. */
    simplifiedChars: z.number().int().nonnegative(),
  })
  .refine((entry) => RAW_FILE.exec(entry.file)?.[1] === entry.id, { message: 'file must be named after the id', path: ['file'] });
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export const manifestSchema = z.array(manifestEntrySchema);

/** Adds or replaces one entry, keeping the manifest sorted by id so diffs stay small. */
export function upsertManifest(manifest: readonly ManifestEntry[], entry: ManifestEntry): ManifestEntry[] {
  return [...manifest.filter((e) => e.id !== entry.id), entry].sort((a, b) => a.id.localeCompare(b.id));
}

/** The manifest without one id's record. */
export function removeFromManifest(manifest: readonly ManifestEntry[], id: string): ManifestEntry[] {
  return manifest.filter((e) => e.id !== id);
}

/** The manifest as written to disk: pretty JSON with a final newline. */
export function serialiseManifest(manifest: readonly ManifestEntry[]): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
