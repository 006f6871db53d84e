import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEntries, readTaxonomy } from '../entries/read.ts';
import { buildMemory, type ProposalContext } from '../propose/index.ts';

/** The project's own folder, whose taxonomy applies when a --root holds none (a fresh folder in tests). */
const PROJECT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * What the proposer needs to know about the collection under `root`: the taxonomy and the memory of every valid
 * entry's zh→en pairs, slogans and mechanisms. `leaveOut` names an entry the memory must not learn from (the eval
 * scores each entry against a memory built without it).
 */
export function proposalContext(root: string, leaveOut?: string): ProposalContext {
  const taxonomyRoot = existsSync(join(root, 'content', 'taxonomy', 'mechanisms.yaml')) ? root : PROJECT;
  const { categories, glossary } = readTaxonomy(taxonomyRoot);
  const { entries } = readEntries(root);
  const memory = buildMemory(entries.filter((e) => e.data.id !== leaveOut).map((e) => e.data), categories, glossary);
  return { categories, glossary, memory };
}
