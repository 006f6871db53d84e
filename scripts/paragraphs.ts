/**
 * npm run paragraphs -- <id> — prints an entry's cleaned body as numbered paragraphs (¶N), the text that
 * quotes must be copied from verbatim.
 */
import { readFileSync } from 'node:fs';
import { readEntryText } from '../src/lib/entries/entry-text.ts';

const id = process.argv[2];
if (!id) {
  process.stderr.write('usage: npm run paragraphs -- <id>\n');
  process.exit(2);
}
readEntryText(readFileSync(`content/models/${id}.mdx`, 'utf8')).paragraphs.forEach((text, i) => process.stdout.write(`¶${i + 1}\t${text}\n`));
