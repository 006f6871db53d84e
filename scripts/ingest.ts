/**
 * npm run ingest -- <file|folder> [more …] [--id <slug>] [--force] [--max-bytes N] [--root <dir>]
 *
 * Raw Chinese sources in (text files, saved web pages .html/.htm, or a folder of them), draft entries out:
 * content/models/<id>.mdx (draft: true), the raw bytes copied to content/sources/<id>.<ext> and recorded in
 * content/sources/manifest.json. Each file is written all or nothing (src/lib/ingest/write.ts); one file's
 * failure does not stop the others. A progress line per file, a summary table when there are several; the exit
 * code is 1 when any file failed.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { IngestError } from '../src/lib/ingest/errors.ts';
import { DEFAULT_MAX_BYTES } from '../src/lib/ingest/index.ts';
import { expandInputs, ingestFile, openContext, type IngestOutcome } from '../src/lib/ingest/ingest-file.ts';

class UsageError extends Error {}

const USAGE = 'usage: npm run ingest -- <file|folder> [more …] [--id <slug>] [--force] [--max-bytes N]';
/** Report rules that rewrite rather than remove; the summary's "removed" column leaves them out. */
const NOT_REMOVALS = new Set(['newline-normalised', 'edge-whitespace', 'traditional-to-simplified', 'question-mark-kept', 'lost-character']);

interface Row {
  file: string;
  id: string;
  result: string;
  encoding: string;
  paragraphs: string;
  removed: string;
}

function parse() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      force: { type: 'boolean', default: false },
      'max-bytes': { type: 'string' },
      root: { type: 'string', default: process.cwd() },
    },
  });
  if (positionals.length === 0) throw new UsageError(USAGE);
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes']);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes must be a positive whole number of bytes, not "${values['max-bytes']}"`);
  const inputs = expandInputs(positionals);
  if (values.id !== undefined && inputs.length !== 1) throw new UsageError(`--id names one entry, but ${inputs.length} files were given`);
  if (inputs.length === 0) throw new UsageError(`no .txt, .html or .htm files in ${positionals.join(', ')}`);
  return { inputs, id: values.id, force: values.force ?? false, maxBytes, root: values.root ?? process.cwd() };
}

function details(outcome: IngestOutcome): string {
  const { result } = outcome;
  const lines = [
    `  ${result.paragraphs.length} paragraphs, ${result.headings.length} headings; candidates: ${result.candidates.numbers.length} numbers, ${result.candidates.formulas.length} formulas, ${result.candidates.slogans.length} slogans`,
    ...result.report.map(({ rule, count, examples }) => `  ${rule.padEnd(26)} ${String(count).padStart(4)}  e.g. ${examples[0] ?? ''}`),
  ];
  return `${lines.join('\n')}\n`;
}

function removedSummary(outcome: IngestOutcome): string {
  return outcome.result.report.filter((r) => !NOT_REMOVALS.has(r.rule)).map((r) => `${r.rule} ${r.count}`).join(', ') || '—';
}

/** A plain table; widths count characters, which is right for the ASCII file names and ids it mostly holds. */
function table(rows: readonly Row[]): string {
  const columns: Array<keyof Row> = ['file', 'id', 'result', 'encoding', 'paragraphs', 'removed'];
  const header: Row = { file: 'file', id: 'id', result: 'result', encoding: 'encoding', paragraphs: '¶', removed: 'removed by cleaning' };
  const width = (c: keyof Row) => Math.max(...[header, ...rows].map((r) => [...r[c]].length));
  const line = (r: Row) => columns.map((c, i) => (i === columns.length - 1 ? r[c] : r[c] + ' '.repeat(width(c) - [...r[c]].length))).join('  ');
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

function main(): number {
  const { inputs, id, force, maxBytes, root } = parse();
  const ctx = openContext(root, { force, maxBytes });
  const batch = inputs.length > 1;
  const rows: Row[] = [];
  inputs.forEach((input, index) => {
    const shown = relative(process.cwd(), input) || input;
    const prefix = batch ? `[${index + 1}/${inputs.length}] ${shown} → ` : '';
    try {
      const outcome = ingestFile(input, id, ctx);
      const { result } = outcome;
      process.stdout.write(`${prefix}${outcome.action} ${outcome.entry} (${result.encoding}, ${result.script.script})\n`);
      if (!batch) process.stdout.write(details(outcome));
      rows.push({ file: shown, id: outcome.id, result: outcome.action, encoding: result.encoding, paragraphs: String(result.paragraphs.length), removed: removedSummary(outcome) });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      if (batch) process.stdout.write(`${prefix}failed\n`);
      process.stderr.write(`ingest: ${error.file}: ${error.message}\n`);
      rows.push({ file: shown, id: '', result: 'failed', encoding: '', paragraphs: '', removed: error.message });
    }
  });
  if (batch) {
    const failed = rows.filter((r) => r.result === 'failed').length;
    process.stdout.write(`\n${table(rows)}${rows.length - failed} of ${rows.length} ingested, ${failed} failed\n`);
  }
  return rows.some((r) => r.result === 'failed') ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`ingest: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
