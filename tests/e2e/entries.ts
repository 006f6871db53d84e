import { readEntries } from '../../src/lib/entries/read.ts';
import type { CuratedModel } from '../../src/schemas/model.ts';

/**
 * The curated entries as written in content/models (what the built pages must show), in id order, read and
 * checked against the schema by the one module that reads entries, as validate reads them.
 */
export function curatedEntries(): Array<{ data: CuratedModel; paragraphs: string[] }> {
  const { entries, issues } = readEntries(process.cwd());
  if (issues.length > 0) throw new Error(`content/models does not read: ${issues.map((i) => `${i.file}: ${i.field}: ${i.reason}`).join('; ')}`);
  return entries
    .flatMap(({ data, paragraphs }) => (data.draft ? [] : [{ data, paragraphs: [...paragraphs] }]))
    .sort((a, b) => a.data.id.localeCompare(b.data.id));
}
