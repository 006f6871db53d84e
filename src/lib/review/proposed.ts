import type { Model } from '../../schemas/model.ts';

/**
 * Where an entry still holds a machine's proposals: every item marked `review: proposed`, and the top-level
 * review map (level, sector). One walk over the entry, used by the integrity rule (a curated entry may hold
 * none), by `npm run review` and by the model page's marks.
 */

/** One item of an entry, located by field path and paragraph. */
export interface EntryItem {
  /** Field path inside the entry, as validate prints it (metrics[3], formulas[0].components[1], review.level). */
  field: string;
  /** The paragraph (¶N) the item quotes, or null for entry-wide fields (title, org, region …). */
  paragraph: number | null;
  /** What the item says, for a person to recognise it (the Chinese, or a value). */
  text: string;
}

const isProposed = (item: { review?: 'proposed' | undefined } | null | undefined) => item?.review === 'proposed';

/** Every proposed item of an entry, in field order. */
export function proposedItems(data: Model): EntryItem[] {
  const items: EntryItem[] = [];
  const add = (field: string, paragraph: number | null, text: string) => items.push({ field, paragraph, text });

  if (isProposed(data.title)) add('title', null, data.title.zh);
  if (isProposed(data.short)) add('short', null, data.short?.zh ?? '');
  if (isProposed(data.org)) add('org', null, data.org?.zh ?? '');
  if (data.review.level === 'proposed') add('review.level', null, `level: ${data.level ?? 'null'}`);
  if (data.review.sector === 'proposed') add('review.sector', null, `sector: ${data.sector ?? 'null'}`);
  if (data.region && isProposed(data.region)) {
    const { province, city, county, town, adcode } = data.region;
    add('region', null, `${[province, city, county, town].filter(Boolean).join(' ')} ${adcode}`);
  }
  if (isProposed(data.source)) {
    add('source', null, [data.source.publisher, data.source.published, data.source.author].filter(Boolean).join(' · ') || data.source.file);
  }
  data.slogans.forEach((s, i) => isProposed(s) && add(`slogans[${i}]`, s.paragraph, s.text));
  data.formulas.forEach((f, i) => {
    if (isProposed(f)) add(`formulas[${i}]`, f.paragraph, f.code);
    f.components.forEach((c, j) => isProposed(c) && add(`formulas[${i}].components[${j}]`, c.paragraph, c.label));
  });
  data.mechanisms.forEach((m, i) => isProposed(m) && add(`mechanisms[${i}]`, m.paragraph, `${m.name} → ${m.category}`));
  data.metrics.forEach((m, i) => isProposed(m) && add(`metrics[${i}]`, m.paragraph, `${m.value} ${m.unit} — ${m.quote}`));
  data.excluded.forEach((e, i) => isProposed(e) && add(`excluded[${i}]`, e.paragraph, `${e.text} (${e.reason})`));
  data.notes.forEach((n, i) => isProposed(n) && add(`notes[${i}]`, n.paragraph, n.note.zh));
  data.schedule.forEach((s, i) => isProposed(s) && add(`schedule[${i}]`, s.paragraph, `${s.label.zh} ${s.start}–${s.end}`));
  return items;
}

/** Whether a field path is marked proposed in this entry (for pages that mark each item). */
export function proposedFields(data: Model): ReadonlySet<string> {
  return new Set(proposedItems(data).map((item) => item.field));
}
