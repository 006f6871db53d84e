/**
 * npm run validate [-- --only <id>] — checks every entry in content/models without building the site: the schema, the
 * integrity rules (quotes verbatim in their paragraph, figures readable from their quotes, references
 * that resolve) and the raw files' hashes. Prints one line per problem and exits 1 if there is any.
 */
import { parseArgs } from 'node:util';
import { checkRawHashes, readEntries, readTaxonomyIds } from '../src/lib/entries/read.ts';
import { checkCollection, formatIssues } from '../src/lib/integrity.ts';

const root = process.cwd();
const { values } = parseArgs({ options: { only: { type: 'string' } } });
const { entries, issues } = readEntries(root);
const found = [...issues, ...checkCollection(entries, readTaxonomyIds(root)), ...checkRawHashes(root, entries)];
// --only narrows the report to one entry (the checks still see the whole collection).
const all = values.only ? found.filter((issue) => issue.file === `content/models/${values.only}.mdx`) : found;
if (all.length > 0) {
  process.stderr.write(`${formatIssues(all)}\n${all.length} problem(s) in content/models\n`);
  process.exit(1);
}
const curated = entries.filter((e) => !e.data.draft).length;
process.stdout.write(`validate: ${entries.length} entries (${curated} curated, ${entries.length - curated} drafts) pass\n`);
