/**
 * npm run validate [-- --only <id>] — checks every entry in content/models without building the site: the schema, the
 * integrity rules (quotes verbatim in their paragraph, figures readable from their quotes, references
 * that resolve, places in GB/T 2260, summaries' numbers from the text, no proposal left in a curated entry) and
 * the raw files' hashes. Prints one line per problem and exits 1 if there is any; warnings (a draft's candidates
 * no fact uses yet) are printed too but do not fail.
 */
import { parseArgs } from 'node:util';
import { checkRawHashes, readEntries, readTaxonomyIds } from '../src/lib/entries/read.ts';
import { checkCollection, entryWarnings, formatIssues } from '../src/lib/integrity.ts';

const root = process.cwd();
const { values } = parseArgs({ options: { only: { type: 'string' } } });
const { entries, issues } = readEntries(root);
const found = [...issues, ...checkCollection(entries, readTaxonomyIds(root)), ...checkRawHashes(root, entries)];
const warnings = entries.flatMap(entryWarnings);
// --only narrows the report to one entry (the checks still see the whole collection).
const mine = (issue: { file: string }) => !values.only || issue.file === `content/models/${values.only}.mdx`;
const errors = found.filter(mine);
const warned = warnings.filter(mine);
if (warned.length > 0) {
  process.stderr.write(`${formatIssues(warned)}\n${warned.length} warning(s): candidates no fact uses yet (npm run review -- <id> lists what is left)\n`);
}
if (errors.length > 0) {
  process.stderr.write(`${formatIssues(errors)}\n${errors.length} problem(s) in content/models\n`);
  process.exit(1);
}
const curated = entries.filter((e) => !e.data.draft).length;
process.stdout.write(`validate: ${entries.length} entries (${curated} curated, ${entries.length - curated} drafts) pass\n`);
