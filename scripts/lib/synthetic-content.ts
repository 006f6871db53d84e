import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticEntries } from '../../src/lib/bench/synthetic.ts';
import { readCuratedTemplates } from '../../src/lib/entries/read.ts';
import { placesByProvince } from '../../src/lib/regions/index.ts';

/**
 * A content folder (for ATLAS_CONTENT_DIR) with n synthetic models made from the five curated ones, and the
 * site's own taxonomy, sources and pages: what the benchmark builds, and what tests of a large collection build.
 */
export function writeSyntheticContent(content: string, n: number, seed?: number): void {
  mkdirSync(join(content, 'models'), { recursive: true });
  for (const folder of ['taxonomy', 'sources', 'pages']) cpSync(join('content', folder), join(content, folder), { recursive: true });
  for (const { id, text } of syntheticEntries(readCuratedTemplates('.'), placesByProvince(), n, seed)) writeFileSync(join(content, 'models', `${id}.mdx`), text);
}
