/**
 * npm run paragraphs -- <id> — prints an entry's cleaned body as numbered paragraphs (¶N), the text that
 * quotes must be copied from verbatim.
 */
import { readFileSync } from 'node:fs';
import { splitMdx } from '../src/lib/ingest/draft.ts';
import { mdxToParagraphs } from '../src/lib/ingest/mdx.ts';

const id = process.argv[2];
if (!id) {
  process.stderr.write('usage: npm run paragraphs -- <id>\n');
  process.exit(2);
}
const { body } = splitMdx(readFileSync(`content/models/${id}.mdx`, 'utf8'));
mdxToParagraphs(body).forEach((text, i) => process.stdout.write(`¶${i + 1}\t${text}\n`));
