/**
 * npm run remove -- <id> [--force] [--root <dir>]
 *
 * Takes a source out of the project: content/models/<id>.mdx, its raw copy content/sources/<id>.<ext> and its
 * record in content/sources/manifest.json, together or not at all. A curated entry (draft: false) is refused
 * without --force.
 */
import { parseArgs } from 'node:util';
import { IngestError } from '../src/lib/ingest/errors.ts';
import { removeSource } from '../src/lib/ingest/remove.ts';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false }, root: { type: 'string', default: process.cwd() } },
  });
  if (positionals.length !== 1) {
    process.stderr.write('usage: npm run remove -- <id> [--force]\n');
    process.exitCode = 2;
  } else {
    const id = positionals[0] ?? '';
    const { removed, missing } = removeSource(values.root ?? process.cwd(), id, { force: values.force ?? false });
    process.stdout.write(`removed ${id}: ${removed.join(', ')}\n`);
    if (missing.length > 0) process.stdout.write(`  already absent: ${missing.join(', ')}\n`);
  }
} catch (error) {
  const message = error instanceof IngestError ? `${error.file}: ${error.message}` : error instanceof Error ? error.message : String(error);
  process.stderr.write(`remove: ${message}\n`);
  process.exitCode = 1;
}
