/**
 * npm run paragraphs -- <id> — prints an entry's cleaned body as numbered paragraphs (¶N), the text that
 * quotes must be copied from verbatim.
 */
import { readParagraphs } from '../src/lib/entries/read.ts';

// Piped into head or sed -n, the reader may stop early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));

const id = process.argv[2];
if (!id) {
  process.stderr.write('usage: npm run paragraphs -- <id>\n');
  process.exit(2);
}
try {
  readParagraphs(process.cwd(), id).forEach((text, i) => process.stdout.write(`¶${i + 1}\t${text}\n`));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
