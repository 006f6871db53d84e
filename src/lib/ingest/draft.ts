import { modelSchema } from '../../schemas/model.ts';
import { parseFrontmatter, splitEntry } from '../entries/entry-text.ts';
import type { ProposalInput, ProposedFields } from '../propose/index.ts';
import { mergeProposals } from '../propose/regenerate.ts';
import { dumpYaml, replaceTopLevelKeys } from './frontmatter.ts';
import type { IngestResult } from './index.ts';

/** Fields ingest owns: derived from the body, so `--force` may rewrite them. Everything else is curated. */
export const GENERATED_FIELDS = ['paragraphs', 'headings', 'cleaning', 'candidates'] as const;

export interface DraftSourceInfo {
  id: string;
  original: string;
  sha256: string;
}

function generatedFields(result: IngestResult) {
  return {
    paragraphs: result.paragraphs.length,
    headings: result.headings,
    cleaning: result.report,
    candidates: result.candidates,
  };
}

/** The raw copy's path: the entry id with the extension the file arrived with (.txt, .html, .htm). */
export function rawPath(id: string, original: string): string {
  const extension = /\.(txt|html|htm)$/i.exec(original)?.[1]?.toLowerCase() ?? 'txt';
  return `content/sources/${id}.${extension}`;
}

/** The source block: what the file is, and what ingest read about its publication (proposed until checked). */
function sourceFields(result: IngestResult, info: DraftSourceInfo) {
  const { publisher, published, author, url, abstract } = result.meta;
  const read = [publisher, published, author, url, abstract].some((value) => value !== null);
  return {
    file: info.original,
    raw: rawPath(info.id, info.original),
    sha256: info.sha256,
    encoding: result.encoding,
    script: result.script.script,
    publisher,
    published,
    author,
    url,
    abstract,
    ...(read ? { review: 'proposed' } : {}),
  };
}

/** Frontmatter for a new draft entry. */
export function newFrontmatter(result: IngestResult, info: DraftSourceInfo): Record<string, unknown> {
  return {
    id: info.id,
    draft: true,
    title: { zh: result.title ?? `未命名草稿（${info.original}）`, en: '' },
    source: sourceFields(result, info),
    ...generatedFields(result),
  };
}

/** What the proposer reads from an ingest result: the cleaned text and what ingest learnt about the page. */
export function proposalInput(result: IngestResult): ProposalInput {
  return {
    paragraphs: result.paragraphs,
    headings: result.headings,
    title: result.title,
    published: result.meta.published,
    publisher: result.meta.publisher,
  };
}

/** Where each curated field sits in a draft, so a new draft reads in the order a curated entry does. */
const CURATED_ORDER = ['id', 'draft', 'title', 'short', 'summary', 'org', 'level', 'sector', 'region', 'source', 'slogans', 'formulas', 'mechanisms', 'metrics', 'excluded', 'schedule', 'review'];

/** A new draft's frontmatter with the proposals in the curated fields (a headline ingest found stays the title). */
export function withProposals(frontmatter: Record<string, unknown>, proposals: ProposedFields): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...frontmatter, summary: null, ...proposals };
  if (!proposals.title.zh) merged.title = { ...(frontmatter.title as object), review: 'proposed' };
  const ordered = CURATED_ORDER.filter((key) => key in merged).map((key) => [key, merged[key]] as const);
  const rest = Object.entries(merged).filter(([key]) => !CURATED_ORDER.includes(key));
  return Object.fromEntries([...ordered, ...rest]);
}

function assemble(frontmatterYaml: string, body: string): string {
  return `---\n${frontmatterYaml.trimEnd()}\n---\n\n${body}`;
}

/** Checks frontmatter against the model schema; the message names each failing field. */
export function validateFrontmatter(data: unknown): string | null {
  const parsed = modelSchema.safeParse(data);
  if (parsed.success) return null;
  return parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

/** A new draft entry file; with proposals, its curated fields are filled with them (each marked `review: proposed`). */
export function renderNewDraft(result: IngestResult, info: DraftSourceInfo, proposals?: ProposedFields): { text: string; data: unknown } {
  const bare = newFrontmatter(result, info);
  const data = proposals ? withProposals(bare, proposals) : bare;
  const text = assemble(dumpYaml(data), result.body);
  // What is validated is what the loader will read back, not the object before it was written.
  return { text, data: parseFrontmatter(splitEntry(text).frontmatter) };
}

/**
 * Regenerates an existing entry: the body and the generated fields change and, in a draft given fresh proposals,
 * the items still marked `review: proposed` are replaced by them (confirmed items are kept and never repeated).
 * Every other top-level key keeps its text, order and comments byte for byte.
 */
export function renderRegeneratedDraft(existing: string, result: IngestResult, proposals?: ProposedFields): { text: string; data: unknown } {
  const { frontmatter } = splitEntry(existing);
  const current = parseFrontmatter(frontmatter);
  const changed = proposals ? mergeProposals(current, proposals) : {};
  const text = assemble(replaceTopLevelKeys(frontmatter, { ...changed, ...generatedFields(result) }), result.body);
  return { text, data: parseFrontmatter(splitEntry(text).frontmatter) };
}
