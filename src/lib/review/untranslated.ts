import type { Model } from '../../schemas/model.ts';
import type { EntryItem } from './proposed.ts';

/**
 * What a draft still lacks before it can be curated: English left '' (ingest fills English only where the same
 * Chinese was translated before) and curated fields still null or empty.
 */

/** Every English field left empty, with the Chinese it should translate. */
export function untranslatedFields(data: Model): EntryItem[] {
  const items: EntryItem[] = [];
  const check = (field: string, paragraph: number | null, text: { zh: string; en: string } | null | undefined) => {
    if (text && text.en.trim() === '') items.push({ field: `${field}.en`, paragraph, text: text.zh });
  };
  check('title', null, data.title);
  check('short', null, data.short);
  check('summary', null, data.summary);
  check('org', null, data.org);
  check('region.note', null, data.region?.note);
  check('source.note', null, data.source.note);
  data.slogans.forEach((s, i) => check(`slogans[${i}]`, s.paragraph, { zh: s.text, en: s.en }));
  data.formulas.forEach((f, i) => {
    check(`formulas[${i}].name`, f.paragraph, f.name);
    check(`formulas[${i}].expansion_note`, f.paragraph, f.expansion_note);
    f.components.forEach((c, j) => check(`formulas[${i}].components[${j}]`, c.paragraph, { zh: c.label, en: c.en }));
  });
  data.mechanisms.forEach((m, i) => {
    if (m.summary_en.trim() === '') items.push({ field: `mechanisms[${i}].summary_en`, paragraph: m.paragraph, text: m.name });
  });
  data.metrics.forEach((m, i) => check(`metrics[${i}].label`, m.paragraph, m.label));
  data.notes.forEach((n, i) => check(`notes[${i}].note`, n.paragraph, n.note));
  data.schedule.forEach((s, i) => check(`schedule[${i}].label`, s.paragraph, s.label));
  return items;
}

/** Curated fields a draft still leaves null or empty (a curated entry must have them). */
export function missingFields(data: Model): EntryItem[] {
  if (!data.draft) return [];
  const missing: EntryItem[] = [];
  for (const field of ['short', 'summary', 'org', 'level', 'sector', 'region'] as const) {
    if (data[field] === null) missing.push({ field, paragraph: null, text: 'null' });
  }
  if (data.mechanisms.length === 0) missing.push({ field: 'mechanisms', paragraph: null, text: 'none listed (a curated entry needs at least one)' });
  return missing;
}
