import { Document, parseDocument } from 'yaml';
import { modelSchema } from '../../schemas/model.ts';
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

/** Frontmatter for a new draft entry. */
export function newFrontmatter(result: IngestResult, info: DraftSourceInfo): Record<string, unknown> {
  return {
    id: info.id,
    draft: true,
    title: { zh: result.title ?? `未命名草稿（${info.original}）`, en: '' },
    source: {
      file: info.original,
      raw: `content/sources/${info.id}.txt`,
      sha256: info.sha256,
      encoding: result.encoding,
      script: result.script.script,
      publisher: result.meta.publisher,
      published: result.meta.published,
      author: result.meta.author,
    },
    ...generatedFields(result),
  };
}

/** Splits an .mdx file into its YAML frontmatter and body. */
export function splitMdx(text: string): { frontmatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no YAML frontmatter between --- lines');
  return { frontmatter: match[1] ?? '', body: (match[2] ?? '').replace(/^\n/, '') };
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

/** A new draft entry file. */
export function renderNewDraft(result: IngestResult, info: DraftSourceInfo): { text: string; data: unknown } {
  const data = newFrontmatter(result, info);
  // YAML 1.1 rules quote strings that look like timestamps (2022-09-26 09:26:10), which Astro's loader
  // would otherwise turn into Date objects.
  const doc = new Document(data, { version: '1.1' });
  return { text: assemble(doc.toString({ lineWidth: 0 }), result.body), data };
}

/**
 * Regenerates an existing entry: only the body and the generated fields change. The YAML document is
 * edited in place, so curated fields, their order and their comments survive byte for byte.
 */
export function renderRegeneratedDraft(existing: string, result: IngestResult): { text: string; data: unknown } {
  const { frontmatter } = splitMdx(existing);
  const doc = parseDocument(frontmatter, { version: '1.1' });
  if (doc.errors.length > 0) throw new Error(`frontmatter is not valid YAML: ${doc.errors[0]?.message}`);
  for (const [key, value] of Object.entries(generatedFields(result))) doc.set(key, doc.createNode(value));
  return { text: assemble(doc.toString({ lineWidth: 0 }), result.body), data: doc.toJS() };
}
