import type { Paragraph, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/**
 * Writes cleaned paragraphs as an MDX body. The text goes in as mdast text nodes and remark-stringify
 * (with the MDX and GFM extensions) does the escaping, so whatever the source holds — { } < > * _ ` | # —
 * compiles and reads exactly as written.
 */
export function paragraphsToMdx(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((text): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })),
  };
  const markdown = unified().use(remarkMdx).use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_' }).stringify(tree);
  return escapeEsmKeywords(markdown);
}

/**
 * remark-stringify does not escape a paragraph that opens with `import` or `export`, which MDX would
 * read as a JavaScript module line. Writing the first letter as a character reference keeps it text.
 * Paragraphs never span lines here (one source line each), so a line start is a paragraph start.
 */
function escapeEsmKeywords(markdown: string): string {
  return markdown.replace(/^(import|export)\b/gm, (keyword: string) => `&#x${keyword.charCodeAt(0).toString(16)};${keyword.slice(1)}`);
}
