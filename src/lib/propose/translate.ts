import type { CollectionMemory } from './memory.ts';
import type { ProposedFields } from './index.ts';

/**
 * Fills the English of proposed fields from the collection's memory, only where exactly the same Chinese was
 * translated before, and lists every field left empty so the review tool can show what is still to translate.
 * Mutates `fields` (they are being built) and returns the untranslated paths.
 */
export function translate(fields: ProposedFields, memory: CollectionMemory): string[] {
  const untranslated: string[] = [];
  const fill = (path: string, kind: Parameters<CollectionMemory['translate']>[0], zh: string, set: (en: string) => void, ...fallbacks: string[]) => {
    const en = [zh, ...fallbacks].map((z) => memory.translate(kind, z)).find((e): e is string => Boolean(e));
    if (en) set(en);
    else untranslated.push(path);
  };
  if (fields.title.zh) fill('title.en', 'title', fields.title.zh, (en) => (fields.title.en = en));
  if (fields.short) {
    const short = fields.short;
    fill('short.en', 'short', short.zh, (en) => {
      if (en.length <= 40) short.en = en;
    });
  }
  if (fields.org) {
    const org = fields.org;
    fill('org.en', 'org', org.zh, (en) => (org.en = en));
  }
  fields.slogans.forEach((s, i) => fill(`slogans[${i}].en`, 'slogan', s.text, (en) => (s.en = en)));
  fields.formulas.forEach((f, i) => {
    fill(`formulas[${i}].name.en`, 'formula', f.name.zh, (en) => (f.name.en = en), f.code);
    f.components.forEach((c, j) => fill(`formulas[${i}].components[${j}].en`, 'component', c.label, (en) => (c.en = en)));
  });
  fields.metrics.forEach((m, i) => fill(`metrics[${i}].label.en`, 'metric', m.label.zh, (en) => (m.label.en = en)));
  fields.mechanisms.forEach((m, i) =>
    fill(`mechanisms[${i}].summary_en`, 'mechanism', m.name, (en) => {
      if (en.length >= 10) m.summary_en = en;
    }),
  );
  return untranslated;
}
