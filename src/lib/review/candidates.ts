import type { Model } from '../../schemas/model.ts';
import type { EntryItem } from './proposed.ts';

/**
 * Candidates ingest listed (the generated `candidates` field) that no fact of the entry uses yet. A number is
 * used when a metric quote in its paragraph holds it or `excluded` lists it for that paragraph: nothing in the
 * body is silently dropped. A formula or quoted phrase is used when a fact names it (a formula's code or name, a
 * component, a slogan, a mechanism), when `excluded` lists it, or when a quote in its paragraph holds it (the
 * curator has quoted the sentence and decided what it is).
 */

type NumberCandidate = Model['candidates']['numbers'][number];

/** Number candidates neither in a metric quote nor in `excluded` for their paragraph, with their field paths. */
export function unusedNumberCandidates(data: Model): Array<{ field: string; candidate: NumberCandidate }> {
  return data.candidates.numbers.flatMap((candidate, i) => {
    const inMetric = data.metrics.some((m) => m.paragraph === candidate.paragraph && m.quote.includes(candidate.text));
    const inExcluded = data.excluded.some((e) => e.paragraph === candidate.paragraph && e.text.includes(candidate.text));
    return inMetric || inExcluded ? [] : [{ field: `candidates.numbers[${i}]`, candidate }];
  });
}

/** The same, as review lines. */
export function unusedNumbers(data: Model): EntryItem[] {
  return unusedNumberCandidates(data).map(({ field, candidate }) => ({ field, paragraph: candidate.paragraph, text: `${candidate.text} — ${candidate.fragment}` }));
}

/** The names the entry's facts give, and its quotes by paragraph. */
function curatedText(data: Model): { names: Set<string>; quotes: Map<number, string[]>; excluded: string[] } {
  const names = new Set<string>([
    ...data.slogans.map((s) => s.text),
    ...data.formulas.flatMap((f) => [f.code, f.name.zh, ...f.components.map((c) => c.label)]),
    ...data.mechanisms.map((m) => m.name),
  ]);
  const quotes = new Map<number, string[]>();
  const quoted = [...data.slogans, ...data.formulas, ...data.formulas.flatMap((f) => f.components), ...data.mechanisms, ...data.metrics, ...data.notes, ...data.schedule];
  for (const { paragraph, quote } of quoted) quotes.set(paragraph, [...(quotes.get(paragraph) ?? []), quote]);
  return { names, quotes, excluded: data.excluded.map((e) => e.text) };
}

/** Formula and slogan candidates no fact of the entry uses. */
export function unusedPhrases(data: Model): EntryItem[] {
  const { names, quotes, excluded } = curatedText(data);
  const used = (text: string, paragraph: number) =>
    names.has(text) || excluded.some((e) => e.includes(text)) || (quotes.get(paragraph) ?? []).some((q) => q.includes(text));
  return [
    ...data.candidates.formulas.flatMap((c, i) => (used(c.code, c.paragraph) ? [] : [{ field: `candidates.formulas[${i}]`, paragraph: c.paragraph, text: `${c.code} — ${c.fragment}` }])),
    ...data.candidates.slogans.flatMap((c, i) => (used(c.text, c.paragraph) ? [] : [{ field: `candidates.slogans[${i}]`, paragraph: c.paragraph, text: `“${c.text}”${c.brand ? ' (品牌)' : ''} — ${c.fragment}` }])),
  ];
}
