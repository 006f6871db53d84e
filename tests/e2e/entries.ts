import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitMdx } from '../../src/lib/ingest/draft.ts';
import { mdxToParagraphs } from '../../src/lib/ingest/mdx.ts';
import type { CuratedModel } from '../../src/schemas/model.ts';

/** The curated entries as written in content/models (what the built pages must show), in id order. */
export function curatedEntries(): Array<{ data: CuratedModel; paragraphs: string[] }> {
  const manifest = JSON.parse(readFileSync('content/sources/manifest.json', 'utf8')) as Array<{ id: string }>;
  return manifest
    .map(({ id }) => {
      const { frontmatter, body } = splitMdx(readFileSync(`content/models/${id}.mdx`, 'utf8'));
      return { data: parse(frontmatter, { version: '1.1' }) as CuratedModel, paragraphs: mdxToParagraphs(body) };
    })
    .filter((entry) => entry.data.draft === false)
    .sort((a, b) => a.data.id.localeCompare(b.data.id));
}
