import { paragraphOf } from '../../routes.ts';
import type { PagefindData, PagefindResult, PagefindSearch, PagefindSubResult } from './pagefind-client.ts';
import type { Clause, Segment } from '../shared/query.ts';
import { parseExcerpt, phrasePassages, type DirectHit, type ExcerptPiece, type Passage } from '../shared/results.ts';

/**
 * What the search page decides, without a DOM or a network: when full text is needed, how a plan's searches
 * combine, which passages a result shows. The controller (src/lib/search/browser/controller.ts) fetches and the view
 * (src/lib/search/browser/view.ts) draws; everything here is a pure function of what they hand in.
 */

/** Results shown per step ("show more" adds as many again), direct hits and full text alike. */
export const PAGE_SIZE = 10;
/** Passages (paragraphs, sections) shown per result. */
export const MAX_PASSAGES = 3;
/**
 * True when full text runs as soon as the dictionary has answered: the query holds words the dictionary does not
 * know, or the dictionary knows no page for it. Otherwise the direct hits are the answer — every one holds the
 * query (a term's own page, or a model at the paragraph that uses it), and a known term costs no index at all —
 * and the pages that merely mention the words wait until the reader asks for the full text.
 */
export function fullTextFirst(segments: readonly Segment[], directCount: number): boolean {
  return segments.length === 0 || segments.some((segment) => segment.kind === 'free') || directCount === 0;
}

/** One page matching the full text, with the Pagefind results (one per search) that found it. */
export interface FullTextHit {
  id: string;
  score: number;
  /** `free`: found by a free-text search, whose marked words are worth showing (a term's are not: 林|长|制). */
  results: Array<{ result: PagefindResult; free: boolean }>;
}

/** A Pagefind search as the plan needs it: a query string in, its results out. */
export type SearchFn = (query: string) => Promise<PagefindSearch | null>;

/**
 * Runs the searches of a plan: parts ANDed, alternatives ORed, clauses ANDed; ranked by Pagefind's score. A
 * quoted phrase matches the whole term but comes back unranked, so the same words unquoted give its ranking.
 */
export async function runPlan(search: SearchFn, clauses: readonly Clause[]): Promise<FullTextHit[]> {
  const single = (r: PagefindResult, free: boolean, score = r.score): FullTextHit => ({ id: r.id, score, results: [{ result: r, free }] });
  const searchPart = async (part: string, phrase: boolean, free: boolean, orLoose = false): Promise<Map<string, FullTextHit>> => {
    if (!phrase) return new Map(((await search(part))?.results ?? []).map((r) => [r.id, single(r, free)]));
    const [exact, loose] = await Promise.all([search(`"${part}"`), search(part)]);
    const scores = new Map((loose?.results ?? []).map((r) => [r.id, r.score]));
    const hits = new Map((exact?.results ?? []).map((r) => [r.id, single(r, free, scores.get(r.id) ?? 0)]));
    if (hits.size === 0 && orLoose) for (const r of loose?.results ?? []) hits.set(r.id, single(r, free));
    return hits;
  };
  const intersect = (a: Map<string, FullTextHit>, b: Map<string, FullTextHit>) => {
    const out = new Map<string, FullTextHit>();
    for (const [id, hit] of a) {
      const other = b.get(id);
      if (other) out.set(id, { id, score: hit.score + other.score, results: [...hit.results, ...other.results] });
    }
    return out;
  };
  let combined: Map<string, FullTextHit> | null = null;
  for (const clause of clauses) {
    const union = new Map<string, FullTextHit>();
    for (const alternative of clause.alternatives) {
      let matched: Map<string, FullTextHit> | null = null;
      for (const part of alternative.parts) {
        const hits = await searchPart(part, alternative.phrase, clause.free, alternative.orLoose);
        matched = matched ? intersect(matched, hits) : hits;
      }
      for (const [id, hit] of matched ?? []) {
        const known = union.get(id);
        union.set(id, known ? { id, score: Math.max(known.score, hit.score), results: [...known.results, ...hit.results] } : hit);
      }
    }
    combined = combined ? intersect(combined, union) : union;
  }
  return [...(combined ?? new Map<string, FullTextHit>()).values()].sort((a, b) => b.score - a.score);
}

/** What a full-text result shows from its page's data. */
export interface Loaded {
  data: PagefindData;
  /** Where the reader's terms occur, by paragraph or section. */
  passages: Passage[];
  /** Pagefind's own sub-results for free text. */
  subs: PagefindSubResult[];
}

/**
 * A page's data from the searches that found it: title and meta from the first, the reader's terms found in its
 * text (every occurrence, by paragraph), and the sub-results of free-text searches (the fullest per URL).
 */
export function loadedFrom(all: ReadonlyArray<{ data: PagefindData; free: boolean }>, words: readonly string[], sectionIds: readonly string[] = []): Loaded {
  const data = all[0]!.data;
  const subs = new Map<string, PagefindSubResult>();
  for (const { data: d } of all.filter((a) => a.free)) {
    for (const sub of d.sub_results) {
      const known = subs.get(sub.url);
      if (!known || sub.locations.length > known.locations.length) subs.set(sub.url, sub);
    }
  }
  const raw = data.raw_content ?? data.content ?? '';
  return { data, passages: words.length > 0 ? phrasePassages(raw, data.anchors ?? [], words, 24, sectionIds) : [], subs: [...subs.values()] };
}

/** A passage as a result lists it: the anchor it links to, its label (¶3, a heading) and the excerpt. */
export interface ShownPassage {
  id: string;
  label: string;
  pieces: ExcerptPiece[];
}

const isParagraph = (id: string | undefined) => Number(paragraphOf(id) !== null);

/**
 * The passages a result shows, at most MAX_PASSAGES: the one at the result's own anchor first, paragraphs (¶)
 * before other sections, then the most occurrences; Pagefind's own sub-results (free text) fill any room left.
 */
export function shownPassages(anchor: string, passages: readonly Passage[], subs: readonly PagefindSubResult[]): ShownPassage[] {
  const ours = passages
    .filter((p) => p.anchor)
    .sort((a, b) => Number(b.anchor?.id === anchor) - Number(a.anchor?.id === anchor) || isParagraph(b.anchor?.id) - isParagraph(a.anchor?.id) || b.count - a.count)
    .map((p) => ({ id: p.anchor!.id, label: p.anchor!.title || p.anchor!.text || p.anchor!.id, pieces: p.pieces }));
  const extra = subs
    .filter((sub) => sub.anchor)
    .sort((a, b) => isParagraph(b.anchor?.id) - isParagraph(a.anchor?.id) || b.locations.length - a.locations.length)
    .map((sub) => ({ id: sub.anchor!.id, label: sub.anchor!.title || sub.title || sub.anchor!.id, pieces: parseExcerpt(sub.excerpt) }))
    .filter((sub) => !ours.some((p) => p.id === sub.id));
  return [...ours, ...extra].slice(0, MAX_PASSAGES);
}

/** The direct hits of one step of the list: those after `shown`, PAGE_SIZE of them. */
export function nextPage<T>(items: readonly T[], shown: number): T[] {
  return items.slice(shown, shown + PAGE_SIZE);
}

/** The pages a list of direct hits leads to, once each. */
export const pagesOf = (hits: readonly DirectHit[]): number[] => [...new Set(hits.map((hit) => hit.page))];

