import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';

/**
 * Parses an MDX body back to the visible text of each top-level paragraph: the numbered paragraphs (¶N) that
 * pages show and quotes are checked against. Ingest writes bodies so that this gives back the cleaned text.
 */
export function mdxToParagraphs(body: string): string[] {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body);
  return tree.children.map((node) => (node.type === 'paragraph' ? toString(node) : `«${node.type}»`));
}
