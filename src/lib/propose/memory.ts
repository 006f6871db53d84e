import type { Model } from '../../schemas/model.ts';
import type { GlossaryTerm, MechanismCategory } from '../../schemas/taxonomy.ts';
import type { KnownMechanism } from './mechanisms.ts';
import type { KnownSlogan } from './slogans.ts';

/**
 * What the collection already knows, for proposals: a translation memory of every zh→en pair a person has written
 * (taxonomy, glossary, and each entry's title, org, slogans, formulas, components, metric labels, mechanisms), and
 * the slogans and mechanisms already filed. English is reused only where exactly the same Chinese was translated
 * before; proposed items (`review: proposed`) and drafts' empty English are never learnt from.
 */

/** The kinds of text the memory keeps apart: the same Chinese may be rendered differently as a title and a label. */
export type MemoryKind = 'title' | 'short' | 'org' | 'slogan' | 'formula' | 'component' | 'metric' | 'mechanism';

export interface CollectionMemory {
  /** English for this Chinese as `kind` (or as a glossary or taxonomy term), or null when it was never translated. */
  translate(kind: MemoryKind, zh: string): string | null;
  slogans: KnownSlogan[];
  mechanisms: KnownMechanism[];
}

type Counts = Map<string, Map<string, number>>;

function remember(counts: Counts, key: string, en: string | undefined | null): void {
  if (!en || !key) return;
  const ens = counts.get(key) ?? new Map<string, number>();
  ens.set(en, (ens.get(en) ?? 0) + 1);
  counts.set(key, ens);
}

/** The English most often written for the Chinese; the first written on a tie, so the answer is deterministic. */
function mostUsed(ens: Map<string, number> | undefined): string | null {
  if (!ens) return null;
  let best: [string, number] | null = null;
  for (const entry of ens) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0] ?? null;
}

const confirmed = (item: { review?: string | undefined }) => item.review !== 'proposed';

/**
 * Builds the memory from the taxonomy and the entries given. The eval passes every entry but the one it scores
 * (leave-one-out), so a proposal never reads its own answer.
 */
export function buildMemory(entries: readonly Model[], categories: readonly MechanismCategory[], glossary: readonly GlossaryTerm[]): CollectionMemory {
  const counts: Counts = new Map();
  const terms: Counts = new Map();
  const key = (kind: MemoryKind, zh: string) => `${kind}\u0000${zh}`;
  for (const category of categories) remember(terms, category.name.zh, category.name.en);
  for (const term of glossary) remember(terms, term.term, term.en);

  const slogans = new Map<string, KnownSlogan>();
  const mechanisms = new Map<string, KnownMechanism>();
  for (const data of entries) {
    if (confirmed(data.title)) remember(counts, key('title', data.title.zh), data.title.en);
    if (data.short && confirmed(data.short)) remember(counts, key('short', data.short.zh), data.short.en);
    if (data.org && confirmed(data.org)) remember(counts, key('org', data.org.zh), data.org.en);
    for (const slogan of data.slogans.filter(confirmed)) {
      remember(counts, key('slogan', slogan.text), slogan.en);
      if (!slogans.has(slogan.text)) slogans.set(slogan.text, { text: slogan.text, kind: slogan.kind });
    }
    for (const formula of data.formulas.filter(confirmed)) {
      remember(counts, key('formula', formula.name.zh), formula.name.en);
      remember(counts, key('formula', formula.code), formula.name.en);
      for (const component of formula.components.filter(confirmed)) remember(counts, key('component', component.label), component.en);
    }
    for (const metric of data.metrics.filter(confirmed)) remember(counts, key('metric', metric.label.zh), metric.label.en);
    for (const mechanism of data.mechanisms.filter(confirmed)) {
      remember(counts, key('mechanism', mechanism.name), mechanism.summary_en);
      if (!mechanisms.has(mechanism.name)) mechanisms.set(mechanism.name, { name: mechanism.name, category: mechanism.category });
    }
  }
  return {
    translate: (kind, zh) => mostUsed(counts.get(key(kind, zh))) ?? (kind === 'mechanism' ? null : mostUsed(terms.get(zh))),
    slogans: [...slogans.values()],
    mechanisms: [...mechanisms.values()],
  };
}

/** A memory that knows nothing: what a first entry gets. */
export const EMPTY_MEMORY: CollectionMemory = { translate: () => null, slogans: [], mechanisms: [] };
