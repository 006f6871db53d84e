/**
 * npm run ingest -- <file> [--id <slug>] [--force] [--root <dir>]
 *
 * Raw Chinese source in, draft entry out: content/models/<id>.mdx (draft: true), the raw bytes copied to
 * content/sources/<id>.txt and recorded in content/sources/manifest.json. All of it is written or none
 * of it: outputs are prepared in memory, written to temporary files, then renamed into place.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DecodeError } from '../src/lib/ingest/decode.ts';
import { proposalInput, renderNewDraft, renderRegeneratedDraft, validateFrontmatter } from '../src/lib/ingest/draft.ts';
import { ContentError, ingestBytes } from '../src/lib/ingest/index.ts';
import { manifestSchema, upsertManifest, type ManifestEntry } from '../src/lib/ingest/manifest.ts';
import { proposeEntry } from '../src/lib/propose/index.ts';
import { proposalContext } from './lib/proposal-context.ts';

class UsageError extends Error {}

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A readable default id from the file name: 000_b6b269a15c5ff86a.txt → 000-b6b269a15c5ff86a. */
export function idFromFileName(name: string): string {
  return basename(name).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function fail(file: string, reason: string): never {
  process.stderr.write(`ingest: ${file}: ${reason}\n`);
  process.exit(1);
}

/** Writes every file to a temporary name first, then renames them all; on failure removes the temporaries. */
function writeAll(files: ReadonlyArray<{ path: string; content: string | Uint8Array }>): void {
  const staged: Array<{ tmp: string; path: string }> = [];
  try {
    for (const { path, content } of files) {
      const tmp = `${path}.tmp-${process.pid}`;
      writeFileSync(tmp, content);
      staged.push({ tmp, path });
    }
    for (const { tmp, path } of staged) renameSync(tmp, path);
  } catch (error) {
    for (const { tmp } of staged) rmSync(tmp, { force: true });
    throw error;
  }
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      force: { type: 'boolean', default: false },
      root: { type: 'string', default: process.cwd() },
    },
  });
  if (positionals.length !== 1) throw new UsageError('usage: npm run ingest -- <file> [--id <slug>] [--force]');
  const input = positionals[0] ?? '';
  const root = values.root ?? process.cwd();

  if (!existsSync(input)) fail(input, 'file not found');
  if (!statSync(input).isFile()) fail(input, 'not a regular file');
  const bytes = readFileSync(input);

  const id = values.id ?? idFromFileName(input);
  if (!ID_PATTERN.test(id)) fail(input, `id "${id}" is not a slug (lowercase letters, digits and single hyphens)`);

  let result;
  try {
    result = ingestBytes(bytes);
  } catch (error) {
    if (error instanceof DecodeError || error instanceof ContentError) fail(input, error.message);
    throw error;
  }

  const modelsDir = join(root, 'content', 'models');
  const sourcesDir = join(root, 'content', 'sources');
  const entryPath = join(modelsDir, `${id}.mdx`);
  const rawPath = join(sourcesDir, `${id}.txt`);
  const manifestPath = join(sourcesDir, 'manifest.json');
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  const manifest: ManifestEntry[] = existsSync(manifestPath)
    ? manifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')))
    : [];
  const sameBytes = manifest.find((e) => e.sha256 === sha256 && e.id !== id);
  if (sameBytes) fail(input, `already ingested as "${sameBytes.id}" (same sha256); use --id ${sameBytes.id} --force to regenerate it`);
  if (existsSync(rawPath) && createHash('sha256').update(readFileSync(rawPath)).digest('hex') !== sha256) {
    fail(input, `content/sources/${id}.txt already holds a different file; raw sources are never replaced — choose another --id`);
  }

  const exists = existsSync(entryPath);
  if (exists && !values.force) {
    fail(input, `entry "${id}" already exists (${relative(root, entryPath)}); use --force to regenerate only its body and candidates`);
  }
  // Proposals fill the curated fields of a new draft, and replace only what is still proposed in an existing one.
  const proposal = proposeEntry(proposalInput(result), proposalContext(root));
  const draft = exists
    ? renderRegeneratedDraft(readFileSync(entryPath, 'utf8'), result, proposal.fields)
    : renderNewDraft(result, { id, original: basename(input), sha256 }, proposal.fields);
  const invalid = validateFrontmatter(draft.data);
  if (invalid) fail(relative(root, entryPath), `frontmatter does not match the schema: ${invalid}`);

  const entry: ManifestEntry = {
    id,
    file: `${id}.txt`,
    original: manifest.find((e) => e.id === id)?.original ?? basename(input),
    sha256,
    bytes: bytes.length,
    encoding: result.encoding,
    script: result.script.script,
    traditionalChars: result.script.traditional,
    simplifiedChars: result.script.simplified,
  };
  mkdirSync(modelsDir, { recursive: true });
  mkdirSync(sourcesDir, { recursive: true });
  writeAll([
    { path: entryPath, content: draft.text },
    ...(existsSync(rawPath) ? [] : [{ path: rawPath, content: bytes }]),
    { path: manifestPath, content: `${JSON.stringify(upsertManifest(manifest, entry), null, 2)}\n` },
  ]);

  const out = process.stdout;
  out.write(`${exists ? 'regenerated' : 'created'} ${relative(root, entryPath)} (${result.encoding}, ${result.script.script})\n`);
  out.write(`  ${result.paragraphs.length} paragraphs, ${result.headings.length} headings; candidates: `);
  out.write(`${result.candidates.numbers.length} numbers, ${result.candidates.formulas.length} formulas, ${result.candidates.slogans.length} slogans\n`);
  for (const { rule, count, examples } of result.report) {
    out.write(`  ${rule.padEnd(26)} ${String(count).padStart(4)}  e.g. ${examples[0] ?? ''}\n`);
  }
  const f = proposal.fields;
  out.write(`  proposed (review: proposed): ${f.metrics.length} metrics, ${f.excluded.length} exclusions, ${f.formulas.length} formulas, ${f.slogans.length} slogans, ${f.mechanisms.length} mechanisms; region ${f.region ? f.region.adcode : 'none'}; ${proposal.untranslated.length} fields untranslated\n`);
  for (const warning of proposal.warnings) out.write(`  check: ${warning}\n`);
}

try {
  main();
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`ingest: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`ingest: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
