import { load } from 'js-yaml';
import { mdxToParagraphs } from './body.ts';

/**
 * The one place an entry file's text is read: YAML frontmatter between `---` lines, then the MDX body. The
 * loader (the build), `npm run validate`, the review tools, the benchmark and the tests all read entries
 * through here, with one YAML library (js-yaml, which Astro itself uses for frontmatter and which is about ten
 * times faster than `yaml` on these long entries).
 */

/** An entry file split into its YAML frontmatter and its body. */
export interface EntryText {
  frontmatter: string;
  body: string;
}

/** Splits an .mdx file into its YAML frontmatter and body; throws when there is no frontmatter. */
export function splitEntry(text: string): EntryText {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no YAML frontmatter between --- lines');
  return { frontmatter: match[1] ?? '', body: (match[2] ?? '').replace(/^\n/, '') };
}

/**
 * Parses frontmatter as Astro does (js-yaml's default schema: an unquoted date-like value becomes a Date, so
 * ingest quotes such strings when it writes them).
 */
export function parseFrontmatter(yamlText: string): Record<string, unknown> {
  const data = load(yamlText);
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('frontmatter is not a YAML mapping');
  return data as Record<string, unknown>;
}

/** Parses a YAML file that holds a list (content/taxonomy/*.yaml), with the same library and schema as entries. */
export function parseYamlList(yamlText: string): unknown[] {
  const data = load(yamlText);
  if (!Array.isArray(data)) throw new Error('expected a YAML list');
  return data;
}

/** An entry file's frontmatter data (unvalidated) and its body's paragraphs (¶1 first). */
export function readEntryText(text: string): { data: Record<string, unknown>; body: string; paragraphs: string[] } {
  const { frontmatter, body } = splitEntry(text);
  return { data: parseFrontmatter(frontmatter), body, paragraphs: mdxToParagraphs(body) };
}
