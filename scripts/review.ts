/**
 * npm run review -- <id> [--check] — lists, in paragraph order, what is left on an entry: items still
 * `review: proposed`, English left empty, curated fields still missing, candidates no fact uses; each with its
 * field path and ¶. Says "nothing left" when there is none. An entry set to `draft: false` too early (it does not
 * pass the curated schema yet) is listed as the draft it still is. Exits 0 after listing (1 with --check when
 * anything is left, for scripts); 2 when the entry cannot be read.
 */
import { parseArgs } from 'node:util';
import { readEntryForReview } from '../src/lib/entries/read.ts';
import { formatReview, reviewEntry } from '../src/lib/review/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { check: { type: 'boolean', default: false }, root: { type: 'string', default: process.cwd() } },
});
const id = positionals[0];
if (!id || positionals.length > 1) {
  process.stderr.write('usage: npm run review -- <id> [--check]\n');
  process.exit(2);
}
let read: ReturnType<typeof readEntryForReview>;
try {
  read = readEntryForReview(values.root, id);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
const { entry, curatedIssues } = read;
if (curatedIssues.length > 0) {
  process.stdout.write(`${id} says draft: false but does not pass the curated schema yet (${curatedIssues.length} problem(s); npm run validate -- --only ${id}); listed as a draft:\n`);
}
const lines = reviewEntry(entry.data);
process.stdout.write(formatReview(id, entry.data, lines));
if (values.check && (lines.length > 0 || curatedIssues.length > 0)) process.exit(1);
