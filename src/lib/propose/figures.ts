import type { Exclusion } from '../../schemas/metric.ts';
import { CHINESE_NUMERAL_CHARS, LIST_MARKER, scanNumbers, type ScannedNumber } from '../numerals.ts';
import { DAY_CODE, DURATION_AFTER, DURATION_BEFORE, FREQUENCY_BEFORE, PROGRAMME_AFTER, SERVICE_AFTER, SERVICE_UNITS, TIME_FRAME_AFTER } from './figure-data.ts';
import { buildMetric, type DraftMetric, type YearContext } from './metric.ts';
import { stageOf } from './schedule.ts';
import { nonFigureSpans, type Span } from './spans.ts';
import { maskNotes, titleSpans } from './text.ts';

/**
 * Every number in the body, either as a proposed metric or as a proposed exclusion with its reason. A number is a
 * figure unless something says otherwise: the span it sits in (a date, an ordinal, a formula's name, a quoted name,
 * a congress, an anniversary, a counter), or how it is written (一 as an article, N大 naming categories, no unit).
 */

export type DraftExclusion = Exclusion;

/** A stretch of a paragraph that names something: a formula, a component, a quoted phrase, a glossary term. */
export interface NamedSpan {
  paragraph: number;
  start: number;
  end: number;
  reason: 'formula-name' | 'other';
  /** The words listed as excluded when no number inside is scanned (五化: no unit, so no token). */
  text: string;
  note: string;
  /** List `text` once as excluded when no number inside is scanned (a formula's code, a glossary term). */
  listWhole?: boolean;
}

export interface FigureContext {
  paragraphs: readonly string[];
  named: readonly NamedSpan[];
  /** Quoted phrases by paragraph (day codes among them are dates). */
  quoted: ReadonlyArray<{ paragraph: number; start: number; end: number; text: string }>;
  plan: boolean;
  years: YearContext;
}

const inside = (start: number, end: number) => (s: { start: number; end: number }) => s.start <= start && end <= s.end;

interface Classified {
  kind: 'metric' | 'excluded';
  token: ScannedNumber;
  exclusion?: { reason: Exclusion['reason']; text: string; note: string | null; group?: Span['group'] };
  rank?: boolean;
}

/** Why a Chinese numeral with a measure word is not a count, or null when it is one. */
function wordNotCount(token: ScannedNumber, before: string, clause: string): string | null {
  if (!token.chinese) return null;
  if (/每$/u.test(before)) return '“每一…” means “every”, a distributive phrase, not a count.';
  // 每月开展一次: once a month, a frequency the text reports.
  const frequency = FREQUENCY_BEFORE.test(clause) && ['次', '场', '期', '轮'].includes(token.unit);
  if (token.value === 1 && !frequency && !token.approx && !token.bound && !/(?:仅|只|共|累计|达|增加|新增|减少|连续)$/u.test(before)) {
    return '一 with a measure word used as an article (“a”, “an”), not a count.';
  }
  if (token.unit === '大' && !token.approx && !token.bound) return '“N大” names N kinds of things (两大主题), not a reported quantity.';
  return null;
}

function classify(paragraph: string, p: number, token: ScannedNumber, spans: readonly Span[], ctx: FigureContext): Classified {
  const start = token.index;
  const end = token.index + token.text.length;
  const within = inside(start, end);
  const excluded = (reason: Exclusion['reason'], text: string, note: string | null, group?: Span['group']): Classified => ({ kind: 'excluded', token, exclusion: { reason, text, note, group } });
  const bySpan = (reasons: ReadonlyArray<Exclusion['reason']>) => spans.find((s) => reasons.includes(s.reason) && within(s));

  const counter = bySpan(['site-id', 'view-counter', 'word-count']);
  if (counter) return excluded(counter.reason, counter.text, counter.note);
  const quotedHere = ctx.quoted.filter((q) => q.paragraph === p);
  const dayCode = quotedHere.find((q) => within({ start: q.start + 1, end: q.end - 1 }) && DAY_CODE.test(q.text));
  if (dayCode) return excluded('date', dayCode.text, `“${dayCode.text}” names a day, not a quantity.`);
  const named = ctx.named.find((n) => n.paragraph === p && within(n));
  if (named) return excluded(named.reason, token.text, named.note);
  const other = bySpan(['congress', 'anniversary', 'date', 'schedule', 'ordinal']);
  if (other) return excluded(other.reason, other.text, other.note, other.group);
  const quoted = quotedHere.find((q) => within(q));
  if (quoted) return excluded('formula-name', token.text, `Part of the quoted name “${quoted.text}”.`);
  const title = titleSpans(paragraph).find(([s, e]) => s <= start && end <= e);
  if (title) return excluded('other', token.text, `Part of the title ${paragraph.slice(title[0], title[1])}.`);
  const phrase = bySpan(['other']);
  if (phrase) return excluded('other', phrase.text, phrase.note);

  const before = paragraph.slice(Math.max(0, start - 4), start);
  // Digits inside a Latin name (PM2.5, SO2, G20) are part of the name.
  if (/[A-Za-z]$/u.test(before)) return excluded('other', token.text, `Part of the name ${/[A-Za-z.]*$/u.exec(before)?.[0] ?? ''}${token.text}, not a figure.`);
  const clauseBefore = paragraph.slice(0, start).split(/[，,。；;！？!?：:]/u).at(-1) ?? '';
  const word = wordNotCount(token, before, clauseBefore);
  if (word) return excluded('other', token.text, word);
  if (SERVICE_UNITS.includes(token.unit) && !token.bound && SERVICE_AFTER.test(paragraph.slice(end))) {
    return excluded('other', token.text, `${token.text}${SERVICE_AFTER.exec(paragraph.slice(end))?.[0] ?? ''}: a service standard or routine (how the work is promised or kept), not a reported duration.`);
  }
  if (token.unit === '年' && (token.chinese || token.value < 100)) {
    const after = paragraph.slice(end);
    if (PROGRAMME_AFTER.test(after)) return excluded('formula-name', token.text, `Part of the name of a ${token.value}-year programme, not a reported duration.`);
    if (/^近/u.test(token.text) || TIME_FRAME_AFTER.test(after)) return excluded('other', token.text, 'A time frame (近三年, 三年来), not a reported figure.');
    if (!DURATION_BEFORE.test(before) && !DURATION_AFTER.test(after)) return excluded('other', token.text, 'A number of years without 连续, 历时 or 时间 to make it a reported duration; check it.');
  }
  if (!token.unit) {
    const why = token.text.includes('分之')
      ? 'A fraction written in words (百分之…, 千分之…): the numeral reader gives it no unit, so it cannot be checked as a metric.'
      : token.magnitude
        ? `Written with ${token.magnitude} before a unit the numeral reader (src/lib/numerals.ts) does not know (${paragraph.slice(end, end + 4)}…): it cannot be checked as a metric until the reader knows that unit.`
        : 'A number written without a unit: check whether it is a figure.';
    return excluded('other', token.text, why);
  }
  const rank = /第$/u.test(paragraph.slice(Math.max(0, start - 1), start));
  return { kind: 'metric', token, rank };
}

/** Characters the two clauses share, as a share of the shorter: how alike two statements of a figure are. */
function overlap(a: string, b: string): number {
  const bigrams = (s: string) => new Set([...s.replace(/[^\p{Script=Han}]/gu, '')].map((c, i, all) => c + (all[i + 1] ?? '')).slice(0, -1));
  const x = bigrams(a);
  const y = bigrams(b);
  const common = [...x].filter((g) => y.has(g)).length;
  return common / Math.max(1, Math.min(x.size, y.size));
}

/**
 * The earlier statement of the same figure, if this one repeats it: another paragraph, the same value and unit, no
 * contrary hedge, and clauses that share most of their words (a timetable restating the plan's body).
 */
function isDuplicate(metric: DraftMetric, earlier: readonly DraftMetric[]): DraftMetric | undefined {
  const same = earlier.filter((m) => m.paragraph !== metric.paragraph && m.value === metric.value && m.unit === metric.unit && (m.bound === metric.bound || m.bound === null || metric.bound === null));
  const [best] = same.map((m) => ({ m, score: overlap(m.quote, metric.quote) })).sort((a, b) => b.score - a.score);
  return best && best.score >= 0.4 ? best.m : undefined;
}

/** The words an exclusion lists for a number in a span: the whole date or counter; the number itself otherwise. */
function listedText(span: Span | undefined, token: ScannedNumber, paragraph: string): string {
  if (!span) return token.text;
  if (span.reason === 'date' || span.reason === 'schedule') {
    // A timetable cell that is only a date (1月底前) is listed whole.
    return /^(?:前|以前|之前|后|以后)?$/u.test(paragraph.slice(span.end).trim()) && span.start === 0 ? paragraph : span.text;
  }
  // List markers are listed as written ((2), 3.), like a counter or a congress number; other spans by their number.
  const marker = span.reason === 'ordinal' && /^[(（①-⑳]|[.、．]$/u.test(span.text);
  return marker || ['site-id', 'view-counter', 'word-count', 'congress', 'anniversary'].includes(span.reason) ? span.text : token.text;
}

/** Metrics and exclusions for every number in the paragraphs, in reading order. */
export function proposeFigures(ctx: FigureContext): { metrics: DraftMetric[]; excluded: DraftExclusion[] } {
  const metrics: DraftMetric[] = [];
  const excluded: DraftExclusion[] = [];
  const codesListed = new Set<string>();
  const position = new Map<DraftExclusion, number>();
  ctx.paragraphs.forEach((raw, i) => {
    const p = i + 1;
    const masked = maskNotes(raw);
    const spans = nonFigureSpans(masked, { plan: ctx.plan, stage: ctx.plan && stageOf(masked) !== null });
    const marker = LIST_MARKER.exec(masked)?.[0] ?? '';
    // A bare Chinese numeral (一, 两) with no unit is a word (一系列, 两手抓), not a number ingest lists; a fraction in
    // words (千分之三) is a figure without a unit.
    const scanned = (/^[0-9]+$/.test(masked) ? [] : scanNumbers(' '.repeat(marker.length) + masked.slice(marker.length))).filter((t) => !(t.chinese && !t.unit) || t.text.includes('分之'));
    const listed = new Set<string>();
    const groups = new Map<string, string[]>();
    const exclude = (reason: Exclusion['reason'], text: string, note: string | null, once: boolean, at = masked.indexOf(text)) => {
      const key = `${reason}:${text}`;
      if (once && listed.has(key)) return;
      listed.add(key);
      const exclusion: DraftExclusion = { text, paragraph: p, reason, note, review: 'proposed' };
      position.set(exclusion, at < 0 ? masked.length : at);
      excluded.push(exclusion);
    };
    const covered = (span: { start: number; end: number }) => scanned.some((t) => inside(t.index, t.index + t.text.length)(span));
    const alreadyListed = (text: string) => excluded.some((e) => e.paragraph === p && e.text.includes(text));

    for (const token of scanned) {
      const result = classify(raw, p, token, spans, ctx);
      if (result.kind === 'excluded' && result.exclusion) {
        const { reason, note, group } = result.exclusion;
        const span = spans.find((s) => s.reason === reason && inside(token.index, token.index + token.text.length)(s));
        const text = (reason === 'date' || reason === 'schedule') && !span ? result.exclusion.text : listedText(span, token, masked);
        if (group) {
          const members = groups.get(group) ?? [];
          if (!members.includes(text)) members.push(text);
          groups.set(group, members);
        } else exclude(reason, text, note, text !== token.text, span?.start ?? token.index);
        continue;
      }
      const metric = buildMetric(raw, p, token, ctx.years, Boolean(result.rank));
      if (!metric) {
        exclude('other', token.text, 'The checker cannot read this figure back from its clause; curate it by hand.', false, token.index);
        continue;
      }
      const first = isDuplicate(metric, metrics);
      if (first) exclude('duplicate', token.text, `Same figure as ¶${first.paragraph} (“${first.quote}”).`, false, token.index);
      else metrics.push(metric);
    }

    // What has no scanned number but is still a number a curator accounts for: ordinals (一是, 第三代), list markers,
    // set phrases (两手抓), day codes (“五一”), and formula codes and terms written without a unit (五化, 两委).
    for (const span of spans) {
      if (covered(span) || !['ordinal', 'other', 'congress', 'anniversary'].includes(span.reason)) continue;
      // 一体, 一致, 一流 hold no number a reader would take for a figure; 两手抓 and 第一线 might be.
      if (span.reason === 'other' && !/^(?:第|[二两三四五六七八九十百千万])/u.test(span.text)) continue;
      if (span.group === 'ordinal') {
        const members = groups.get('ordinal') ?? [];
        if (!members.includes(span.text)) members.push(span.text);
        groups.set('ordinal', members);
        continue;
      }
      const quote = ctx.quoted.find((q) => q.paragraph === p && q.start < span.start && span.end < q.end);
      const text = span.reason === 'ordinal' && quote && /^第/u.test(span.text) ? quote.text : span.text;
      const note = text !== span.text ? `${span.text} is part of the term “${text}”, not a count.` : span.note;
      if (!alreadyListed(text)) exclude(span.reason, text, note, true, span.start);
    }
    for (const q of ctx.quoted.filter((x) => x.paragraph === p && DAY_CODE.test(x.text))) {
      if (!alreadyListed(q.text)) exclude('date', q.text, `“${q.text}” names a day, not a quantity.`, true, q.start);
    }
    for (const [group, members] of groups) exclude(group === 'ordinal' ? 'ordinal' : 'schedule', members.join('、'), null, true, masked.indexOf(members[0] ?? ''));
    for (const named of ctx.named.filter((n) => n.paragraph === p && n.listWhole)) {
      const key = `${named.reason}:${named.text}`;
      if (covered(named) || codesListed.has(key) || !new RegExp(`[${CHINESE_NUMERAL_CHARS}0-9]`, 'u').test(named.text) || alreadyListed(named.text)) continue;
      codesListed.add(key);
      exclude(named.reason, named.text, named.note, true, named.start);
    }
  });
  // Reading order within a paragraph is the order a curator checks them in.
  excluded.sort((a, b) => a.paragraph - b.paragraph || (position.get(a) ?? 0) - (position.get(b) ?? 0));
  return { metrics, excluded };
}
