import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DecodeError } from './decode.ts';
import { proposalInput, rawPath, renderNewDraft, renderRegeneratedDraft, validateFrontmatter } from './draft.ts';
import { describeDuplicate, findDuplicate, fingerprint, readKnownBodies, type KnownBody } from './duplicates.ts';
import { IngestError } from './errors.ts';
import { formatOf } from './html.ts';
import { ContentError, ingestBytes, type IngestResult } from './index.ts';
import { manifestSchema, serialiseManifest, upsertManifest, type ManifestEntry } from './manifest.ts';
import { proposalContext } from './proposal-context.ts';
import { writeAll } from './write.ts';
import { proposeEntry, type ProposalContext } from '../propose/index.ts';

/**
 * One source file into a project: checks, the draft entry, the raw copy and its manifest record, written all
 * or nothing. A batch shares one IngestContext, so each file is checked against the files before it too.
 */

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The files a folder contributes: text files and saved pages directly in it (not a saved page's _files folder). */
const SOURCE_FILE = /\.(txt|html|htm)$/i;

/** A readable default id from the file name: 000_b6b269a15c5ff86a.txt → 000-b6b269a15c5ff86a. */
export function idFromFileName(name: string): string {
  return basename(name).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The files named on the command line, a folder standing for the source files directly in it (sorted). */
export function expandInputs(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    if (!existsSync(path) || !statSync(path).isDirectory()) return [path];
    return readdirSync(path)
      .filter((name) => SOURCE_FILE.test(name) && statSync(join(path, name)).isFile())
      .sort()
      .map((name) => join(path, name));
  });
}

export interface IngestContext {
  root: string;
  force: boolean;
  maxBytes: number;
  /** content/sources/manifest.json as it stands, kept up to date as files are written. */
  manifest: ManifestEntry[];
  /** Every entry's body, for the duplicate check, kept up to date as files are written. */
  known: KnownBody[];
  /** The taxonomy and the translation memory the proposals draw on, read once per run. */
  proposals: ProposalContext;
}

export function openContext(root: string, options: { force: boolean; maxBytes: number }): IngestContext {
  const manifestPath = join(root, 'content', 'sources', 'manifest.json');
  const manifest = existsSync(manifestPath) ? manifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8'))) : [];
  return { root, ...options, manifest, known: readKnownBodies(root), proposals: proposalContext(root) };
}

export interface IngestOutcome {
  input: string;
  id: string;
  action: 'created' | 'regenerated';
  /** The entry file, relative to the root. */
  entry: string;
  result: IngestResult;
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Ingests one file; throws IngestError naming the file and the reason, having written nothing. */
export function ingestFile(input: string, requestedId: string | undefined, ctx: IngestContext): IngestOutcome {
  const fail = (reason: string): never => {
    throw new IngestError(input, reason);
  };
  if (!existsSync(input)) fail('file not found');
  if (!statSync(input).isFile()) fail('not a regular file');
  const bytes = readFileSync(input);
  const id = requestedId ?? idFromFileName(input);
  if (!ID_PATTERN.test(id)) fail(`id "${id}" is not a slug (lowercase letters, digits and single hyphens)`);

  let result: IngestResult;
  try {
    // Any name but .html/.htm is read as text, as a .txt is; its raw copy is kept as <id>.txt.
    result = ingestBytes(bytes, { format: formatOf(input) ?? 'text', maxBytes: ctx.maxBytes });
  } catch (error) {
    if (error instanceof DecodeError || error instanceof ContentError) fail(error.message);
    throw error;
  }

  const raw = rawPath(id, basename(input));
  const entry = `content/models/${id}.mdx`;
  const sha256 = sha256Of(bytes);
  const record = ctx.manifest.find((e) => e.id === id);
  const sameBytes = ctx.manifest.find((e) => e.sha256 === sha256 && e.id !== id);
  if (sameBytes) fail(`already ingested as "${sameBytes.id}" (same sha256); use --id ${sameBytes.id} --force to regenerate it`);
  if (record && `content/sources/${record.file}` !== raw) fail(`entry "${id}" keeps its raw copy as content/sources/${record.file}; raw sources are never replaced — choose another --id`);
  if (existsSync(join(ctx.root, raw)) && sha256Of(readFileSync(join(ctx.root, raw))) !== sha256) {
    fail(`${raw} already holds a different file; raw sources are never replaced — choose another --id`);
  }
  const exists = existsSync(join(ctx.root, entry));
  if (exists && !ctx.force) fail(`entry "${id}" already exists (${entry}); use --force to regenerate only its body and candidates`);
  const body = fingerprint(result.paragraphs);
  const duplicate = findDuplicate(body, ctx.known, id);
  if (duplicate) fail(describeDuplicate(duplicate));

  // Proposals fill the curated fields of a new draft, and replace only what is still proposed in an existing one.
  const proposal = proposeEntry(proposalInput(result), ctx.proposals);
  const draft = exists
    ? renderRegeneratedDraft(readFileSync(join(ctx.root, entry), 'utf8'), result, proposal.fields)
    : renderNewDraft(result, { id, original: basename(input), sha256 }, proposal.fields);
  const invalid = validateFrontmatter(draft.data);
  if (invalid) throw new IngestError(entry, `frontmatter does not match the schema: ${invalid}`);

  const manifestEntry: ManifestEntry = {
    id,
    file: basename(raw),
    original: record?.original ?? basename(input),
    sha256,
    bytes: bytes.length,
    encoding: result.encoding,
    script: result.script.script,
    traditionalChars: result.script.traditional,
    simplifiedChars: result.script.simplified,
  };
  const manifest = upsertManifest(ctx.manifest, manifestEntry);
  mkdirSync(join(ctx.root, 'content', 'models'), { recursive: true });
  mkdirSync(join(ctx.root, 'content', 'sources'), { recursive: true });
  writeAll([
    { path: join(ctx.root, entry), content: draft.text },
    ...(existsSync(join(ctx.root, raw)) ? [] : [{ path: join(ctx.root, raw), content: bytes }]),
    { path: join(ctx.root, 'content', 'sources', 'manifest.json'), content: serialiseManifest(manifest) },
  ]);
  ctx.manifest = manifest;
  ctx.known = [...ctx.known.filter((k) => k.id !== id), { id, file: entry, fingerprint: body }];
  return { input, id, action: exists ? 'regenerated' : 'created', entry, result };
}
