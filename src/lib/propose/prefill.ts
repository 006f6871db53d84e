/**
 * How much of a curated entry a draft already held: every leaf field of the curated frontmatter (generated fields,
 * `draft` and `review` aside) is looked up in the draft's matching item, and counts as prefilled when the draft holds
 * the same value there. Items are matched as a curator would recognise them: a metric by value, unit and
 * paragraph; a slogan by its text; a formula by its code, its components by label; a mechanism by name; an
 * exclusion by text and paragraph; a note or timetable step by paragraph and quote.
 */

type Json = unknown;
type Item = Record<string, Json>;

/** Fields that are not curated content. */
export const NOT_CURATED = new Set(['paragraphs', 'headings', 'cleaning', 'candidates', 'draft', 'review']);

/** How two items are recognised as the same, list by list. */
export const SAME_ITEM: Record<string, (a: Item, b: Item) => boolean> = {
  metrics: (a, b) => a.value === b.value && a.unit === b.unit && a.paragraph === b.paragraph,
  slogans: (a, b) => a.text === b.text,
  formulas: (a, b) => a.code === b.code,
  components: (a, b) => a.label === b.label,
  mechanisms: (a, b) => a.name === b.name,
  excluded: (a, b) => a.text === b.text && a.paragraph === b.paragraph,
  notes: (a, b) => a.paragraph === b.paragraph && a.quote === b.quote,
  schedule: (a, b) => a.paragraph === b.paragraph && a.quote === b.quote,
};

/**
 * Pairs each curated item with one draft item, greedily in order; an item with the same quote is preferred, so two
 * figures of the same value in one paragraph pair with the right ones.
 */
export function pairItems(list: string, curated: readonly Item[], draft: readonly Item[]): Array<Item | undefined> {
  const same = SAME_ITEM[list] ?? (() => false);
  const used = new Set<number>();
  return curated.map((c) => {
    const candidates = draft.map((d, i) => ({ d, i })).filter(({ d, i }) => !used.has(i) && same(c, d));
    const best = candidates.find(({ d }) => d.quote === c.quote) ?? candidates[0];
    if (!best) return undefined;
    used.add(best.i);
    return best.d;
  });
}

export interface PrefillCount {
  /** Leaf fields in the curated entry. */
  total: number;
  /** Leaves the draft holds with the same value. */
  same: number;
  /** Leaves the draft holds any value for (same or not). */
  filled: number;
}

const isObject = (v: Json): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasValue = (v: Json) => v !== undefined && v !== '';

/** Compares one curated value with the draft's, leaf by leaf, adding to `count`. */
function compare(list: string | null, curated: Json, draft: Json, count: PrefillCount): void {
  if (Array.isArray(curated)) {
    const items = Array.isArray(draft) ? (draft as Json[]) : [];
    if (curated.length === 0) {
      count.total++;
      if (Array.isArray(draft)) count.filled++;
      if (Array.isArray(draft) && draft.length === 0) count.same++;
      return;
    }
    if (list && SAME_ITEM[list]) {
      const pairs = pairItems(list, curated as Item[], items as Item[]);
      curated.forEach((item, i) => compare(null, item, pairs[i], count));
      return;
    }
    // A list of plain values (a mechanism's terms): each value is a leaf, prefilled when the draft lists it too.
    for (const value of curated) {
      count.total++;
      if (items.length > 0) count.filled++;
      if (items.some((d) => JSON.stringify(d) === JSON.stringify(value))) count.same++;
    }
    return;
  }
  if (isObject(curated)) {
    const other = isObject(draft) ? draft : {};
    for (const [key, value] of Object.entries(curated)) {
      if (key === 'review') continue;
      if (NOTE_FIELDS.has(key) && isObject(value)) compareNote(value, other[key], count);
      else compare(key in SAME_ITEM ? key : null, value, other[key], count);
    }
    return;
  }
  count.total++;
  if (hasValue(draft)) count.filled++;
  if (JSON.stringify(curated) === JSON.stringify(draft ?? null) && draft !== undefined) count.same++;
}

/**
 * A note (a region's, a source's, an expansion's, an editorial note's text) is one field, whatever languages it is
 * written in: the draft prefills it when it holds the same note in both languages. Counting its Chinese and English
 * as two fields would weigh a note twice against a title or a figure (and moved this measure when the region,
 * source and expansion notes went from one string to {zh, en}, with no proposal changed).
 */
const NOTE_FIELDS = new Set(['note', 'expansion_note']);
function compareNote(curated: Item, draft: Json, count: PrefillCount): void {
  count.total++;
  if (isObject(draft) && hasValue(draft.zh)) count.filled++;
  if (isObject(draft) && draft.zh === curated.zh && draft.en === curated.en) count.same++;
}

/** Leaf fields of `curated` that `draft` prefills. */
export function countPrefilled(curated: Record<string, Json>, draft: Record<string, Json>): PrefillCount {
  const count: PrefillCount = { total: 0, same: 0, filled: 0 };
  for (const [key, value] of Object.entries(curated)) {
    if (NOT_CURATED.has(key)) continue;
    compare(key in SAME_ITEM ? key : null, value, draft[key], count);
  }
  return count;
}
