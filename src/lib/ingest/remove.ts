import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEntryText } from '../entries/entry-text.ts';
import { IngestError } from './errors.ts';
import { manifestSchema, RAW_FILE, removeFromManifest, serialiseManifest } from './manifest.ts';
import { removeAll } from './write.ts';

/**
 * Taking a source out again: its entry, its raw copy and its manifest record go together, or nothing goes. A
 * curated entry (draft: false) is a person's work and is refused unless the caller insists (--force).
 */

export interface Removal {
  /** What was removed, relative to the root. */
  removed: string[];
  /** What the id should have had but did not (an entry whose raw copy was already gone, say). */
  missing: string[];
}

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether an entry file is curated, reading it as every tool does; unreadable counts as "cannot tell". */
function curation(text: string): 'draft' | 'curated' | 'unreadable' {
  try {
    return readEntryText(text).data['draft'] === true ? 'draft' : 'curated';
  } catch {
    return 'unreadable';
  }
}

export function removeSource(root: string, id: string, options: { force: boolean }): Removal {
  const fail = (reason: string): never => {
    throw new IngestError(id, reason);
  };
  if (!ID_PATTERN.test(id)) fail('not an entry id (lowercase letters, digits and single hyphens)');
  const entry = `content/models/${id}.mdx`;
  const manifestPath = join(root, 'content', 'sources', 'manifest.json');
  const manifest = existsSync(manifestPath) ? manifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8'))) : [];
  const record = manifest.find((e) => e.id === id);

  const hasEntry = existsSync(join(root, entry));
  const text = hasEntry ? readFileSync(join(root, entry), 'utf8') : null;
  const kind = text === null ? null : curation(text);
  if (kind === 'curated' && !options.force) fail(`${entry} is a curated entry (draft: false); pass --force to remove it all the same`);
  if (kind === 'unreadable' && !options.force) fail(`${entry} cannot be read, so whether it is curated is unknown; pass --force to remove it all the same`);

  // The raw copy the manifest records, and the one the entry names, when that is this id's own file.
  const named = text !== null && kind !== 'unreadable' ? readEntryText(text).data['source'] : undefined;
  const entryRaw = typeof named === 'object' && named !== null ? (named as Record<string, unknown>)['raw'] : undefined;
  const rawCandidates = new Set<string>();
  if (record) rawCandidates.add(`content/sources/${record.file}`);
  if (typeof entryRaw === 'string' && RAW_FILE.exec(entryRaw.replace(/^content\/sources\//, ''))?.[1] === id) rawCandidates.add(entryRaw);

  const wanted = [entry, ...rawCandidates];
  const present = wanted.filter((path) => existsSync(join(root, path)));
  const missing = wanted.filter((path) => !present.includes(path));
  if (present.length === 0 && !record) fail('no entry, raw copy or manifest record has this id');
  if (!record) missing.push('its manifest record');

  removeAll(
    present.map((path) => join(root, path)),
    record ? [{ path: manifestPath, content: serialiseManifest(removeFromManifest(manifest, id)) }] : [],
  );
  return { removed: [...present, ...(record ? ['its manifest record'] : [])], missing };
}
