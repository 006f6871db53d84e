import { readFileSync } from 'node:fs';
import { readEntryText } from '../../src/lib/entries/entry-text.ts';
import type { CuratedModel } from '../../src/schemas/model.ts';

/** The curated entries as written in content/models (what the built pages must show), in id order. */
export function curatedEntries(): Array<{ data: CuratedModel; paragraphs: string[] }> {
  const manifest = JSON.parse(readFileSync('content/sources/manifest.json', 'utf8')) as Array<{ id: string }>;
  return manifest
    .map(({ id }) => {
      const { data, paragraphs } = readEntryText(readFileSync(`content/models/${id}.mdx`, 'utf8'));
      return { data: data as unknown as CuratedModel, paragraphs };
    })
    .filter((entry) => entry.data.draft === false)
    .sort((a, b) => a.data.id.localeCompare(b.data.id));
}
