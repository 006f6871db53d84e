import type { Boilerplate, RuleForm, Zone } from './boilerplate.ts';
import { abstractOf, keyPattern, leadingDateLength, resolveMeta, SEPARATORS, splitFields, trimValue, type Field, type SourceMeta } from './metadata.ts';
import type { Change } from './report.ts';

/**
 * Separates an article from the page around it. Design:
 *
 * - Two zones, the head and the foot. The head runs from the top down to the first line of PROSE — a line with
 *   sentence punctuation (。；;) or longer than a headline — which is where the article begins; the headline,
 *   the 来源/发布时间 lines, toolbars and an abstract all sit above it. The foot runs from the bottom up to the
 *   last line of prose (or the head's end). Each zone scans at most `max_lines` non-blank lines.
 * - Inside a zone only whole lines go: a line a rule matches, a line made entirely of toolbar segments and
 *   metadata fields, an abstract line, a repeated or chosen headline. A line nothing knows is KEPT and scanning
 *   goes on past it, so a menu the rules miss or a notice's signature block (松阳县林业局 / 2024年3月1日) stays
 *   in the body while the chrome around it still goes. Prose ends the zone, so the article's running text is never
 *   scanned: chrome words inside its sentences (版权所有, 分享到, 编辑) are never even looked at.
 * - Weak patterns (a bare number, a 联系电话 line) have `reach: edge`: they fire only in the unbroken run of
 *   chrome at the page's very edge, before any kept line, where the page's own text hardly ever is.
 * - The headline is chosen after the head is scanned (see chooseHeadline); every other short line stays.
 */

const PROSE_PUNCTUATION = /[。；;]/;
const MAX_HEADLINE_LENGTH = 80;
const HAN = /\p{Script=Han}/u;
const ONLY_SEPARATORS = new RegExp(`^[${SEPARATORS}:：,，;；、]*$`, 'u');
/** Three or more short items separated by spaces or bars: a menu, never a headline (首页 新闻 政务 服务). */
const MENU = /^(?:[^\s|｜丨]{1,6}[\s|｜丨·]+){2,}[^\s|｜丨]{1,6}$/u;
const SUBTITLE = /^[—–-]{1,2}/;
/** The article's own numbered headings (一、 （一） 1. 第一章), never the page's headline. */
const ENUMERATED = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十\d]+[章节条部分])/u;

/** Prose: sentence punctuation, or longer than any headline (but a long menu bar is not prose). */
export function isProse(line: string): boolean {
  return PROSE_PUNCTUATION.test(line) || ([...line].length > MAX_HEADLINE_LENGTH && !MENU.test(line));
}

function isHeadlineLike(line: string): boolean {
  return HAN.test(line) && !/[。；;：:，,、]$/.test(line) && !isProse(line) && !MENU.test(line) && !ENUMERATED.test(line);
}

const normalise = (text: string) => text.replace(/[\s\u3000]+/g, '');

type Verdict =
  | { kind: 'chrome'; changes: Change[] }
  | { kind: 'metadata'; fields: Field[]; changes: Change[] }
  | { kind: 'abstract'; text: string; changes: Change[] }
  | { kind: 'kept' };

export interface Scanned {
  index: number;
  text: string;
  verdict: Verdict;
}

/** Reads one line in a zone. Pure: what it would remove is returned, not yet recorded. */
class LineReader {
  private readonly boilerplate: Boilerplate;
  private readonly keys: RegExp;
  constructor(boilerplate: Boilerplate) {
    this.boilerplate = boilerplate;
    this.keys = keyPattern(boilerplate.metadata);
  }

  private forms(zone: Zone, atEdge: boolean, kind: RuleForm['kind']) {
    return this.boilerplate.rules.flatMap((rule) =>
      rule.forms.filter((f) => f.kind === kind && f.zones.includes(zone) && (atEdge || f.reach === 'zone')).map((form) => ({ id: rule.id, form })),
    );
  }

  /** Removes toolbar segments from a piece of a line, recording each; returns what is left. */
  private stripSegments(text: string, zone: Zone, atEdge: boolean, changes: Change[]): string {
    return this.forms(zone, atEdge, 'segment').reduce(
      (rest, { id, form }) =>
        rest.replace(form.pattern, (match) => {
          changes.push({ rule: id, text: match.trim() });
          return ' ';
        }),
      text,
    );
  }

  read(line: string, zone: Zone, atEdge: boolean): Verdict {
    const abstract = zone === 'head' ? abstractOf(line) : null;
    if (abstract) return { kind: 'abstract', text: abstract, changes: [{ rule: 'abstract-to-source', text: line }] };
    // The head's chrome is short (bars, crumbs, 来源 lines): a line of prose there is the article's first, whatever
    // words it holds. The foot's chrome may be long (a 版权声明 paragraph), so there rules come first.
    if (zone === 'head' && isProse(line)) return { kind: 'kept' };
    const rule = this.forms(zone, atEdge, 'line').find(({ form }) => form.pattern.test(line));
    if (rule) return { kind: 'chrome', changes: [{ rule: rule.id, text: line }] };
    return this.readFields(line, zone, atEdge) ?? this.readToolbar(line, zone, atEdge) ?? { kind: 'kept' };
  }

  /** A line of `key：value` fields, perhaps opened by a bare date (head only) and mixed with toolbar segments. */
  private readFields(line: string, zone: Zone, atEdge: boolean): Verdict | null {
    const segments: Change[] = [];
    const split = splitFields(line, this.boilerplate.metadata, this.keys);
    let fields: Field[] = [];
    let lead = line;
    if (split) {
      lead = this.stripSegments(split.lead, zone, atEdge, segments).trim();
      fields = split.fields.map((f) => ({ ...f, value: trimValue(this.stripSegments(f.value, zone, atEdge, segments)) }));
    } else if (zone === 'head') {
      lead = this.stripSegments(line, zone, atEdge, segments).trim();
    } else {
      return null;
    }
    const dateLength = zone === 'head' ? leadingDateLength(lead) : 0;
    if (!ONLY_SEPARATORS.test(lead.slice(dateLength))) return null;
    if (dateLength > 0) fields.unshift({ field: 'published', key: '', value: lead.slice(0, dateLength).trim(), rank: 99, text: lead.slice(0, dateLength).trim() });
    if (fields.length === 0) return null;
    // A counter is reported as it reads once its trailing toolbar is gone (浏览次数：88, not 浏览次数：88 打印).
    const counters = fields
      .filter((f) => f.field === 'counter')
      .map((f) => ({ rule: 'view-counter', text: trimValue(this.stripSegments(f.text, zone, atEdge, [])) }));
    if (counters.length === fields.length) return { kind: 'chrome', changes: [...counters, ...segments] };
    return { kind: 'metadata', fields, changes: [{ rule: 'metadata-line', text: line }, ...counters, ...segments] };
  }

  /** A line made only of toolbar segments (打印 收藏 关闭, 手机版 | 无障碍). */
  private readToolbar(line: string, zone: Zone, atEdge: boolean): Verdict | null {
    const segments: Change[] = [];
    const rest = this.stripSegments(line, zone, atEdge, segments);
    return segments.length > 0 && ONLY_SEPARATORS.test(rest) ? { kind: 'chrome', changes: segments } : null;
  }
}

/** Scans a zone from its edge inward (lines in `order`); stops at prose or after maxLines non-blank lines. */
function scanZone(lines: readonly string[], order: readonly number[], zone: Zone, reader: LineReader, maxLines: number): Scanned[] {
  const scanned: Scanned[] = [];
  let atEdge = true;
  let seen = 0;
  for (const index of order) {
    const text = (lines[index] ?? '').trim();
    if (text === '') continue;
    if (seen++ >= maxLines) break;
    const verdict = reader.read(text, zone, atEdge);
    if (verdict.kind === 'kept' && isProse(text)) break;
    if (verdict.kind === 'kept') atEdge = false;
    scanned.push({ index, text, verdict });
  }
  return scanned;
}

export interface Headline {
  /** Indices of the lines that form the headline (a headline and its —— subtitle). */
  lines: number[];
  /** Indices of later copies of it. */
  copies: number[];
}

/**
 * The headline among the head's kept lines, strongest evidence first: the title the page's own metadata gives;
 * a line the page repeats (a headline printed twice); a catalogue record's title (below); the line right above
 * the first 来源/发布时间 line; else, when the head held any chrome, its last headline-like line (a site name or a
 * kicker sits above the headline, the body below it). A —— subtitle under the headline is joined on. A short line
 * with no chrome around it is the article's own first paragraph and stays; so do the article's numbered headings
 * (一、总体要求) and every other line after the first metadata line.
 *
 * A catalogue record (rows holding `recordKeys`: 索引号, 主题分类, 文号 …) describes the document below it, as a
 * government disclosure page lays it out: the title is the first line after the record, when that line reads as a
 * headline; the line above the record is the site's.
 */
export function chooseHeadline(scanned: readonly Scanned[], knownTitle: string | null, recordKeys: ReadonlySet<string> = new Set()): Headline | null {
  const firstMeta = scanned.findIndex((s) => s.verdict.kind === 'metadata');
  const before = firstMeta < 0 ? scanned : scanned.slice(0, firstMeta);
  const candidates = before.filter((s) => s.verdict.kind === 'kept' && isHeadlineLike(s.text));
  const copiesOf = (text: string) => scanned.filter((s) => s.verdict.kind === 'kept' && normalise(s.text) === normalise(text)).map((s) => s.index);

  const known = knownTitle ? scanned.find((c) => c.verdict.kind === 'kept' && isHeadlineLike(c.text) && normalise(c.text) === normalise(knownTitle)) : undefined;
  const repeated = candidates.find((c) => copiesOf(c.text).length > 1);
  const chosen = known ?? repeated ?? recordTitle(scanned, recordKeys);
  if (chosen) return { lines: [chosen.index], copies: copiesOf(chosen.text).filter((i) => i !== chosen.index) };

  const kept = before.filter((s) => s.verdict.kind === 'kept');
  // Above a metadata line the headline is the line right there; with no metadata, the last candidate.
  const last = firstMeta >= 0 ? kept.at(-1) : candidates.at(-1);
  const chromeSeen = scanned.some((s) => s.verdict.kind !== 'kept');
  if (!last || !candidates.includes(last) || !chromeSeen) return null;
  const above = candidates[candidates.indexOf(last) - 1];
  const subtitle = SUBTITLE.test(last.text) && above !== undefined && kept.indexOf(above) === kept.indexOf(last) - 1;
  return { lines: subtitle ? [above.index, last.index] : [last.index], copies: [] };
}

const isRecordRow = (s: Scanned, recordKeys: ReadonlySet<string>) => s.verdict.kind === 'metadata' && s.verdict.fields.some((f) => recordKeys.has(f.key));

/** The first kept line after a catalogue record, when it reads as a headline (not a numbered heading, not prose). */
function recordTitle(scanned: readonly Scanned[], recordKeys: ReadonlySet<string>): Scanned | undefined {
  const lastRow = scanned.findLastIndex((s) => isRecordRow(s, recordKeys));
  if (lastRow < 0) return undefined;
  const next = scanned.slice(lastRow + 1).find((s) => s.verdict.kind === 'kept' || s.verdict.kind === 'abstract');
  return next?.verdict.kind === 'kept' && isHeadlineLike(next.text) ? next : undefined;
}

export interface FramedText {
  /** Lines of the article itself (blank lines included; paragraphs are split later). */
  lines: string[];
  /** The headline, when the page header showed one. */
  title: string | null;
  meta: SourceMeta;
  /** The page's abstract (摘要), when it has one. */
  abstract: string | null;
}

export interface FrameOptions {
  /** The title the page's own metadata gives (a saved page's ArticleTitle or og:title), if any. */
  knownTitle?: string | null;
  /**
   * Lines of the page's header that are already out of the text (a saved page's lines above the article, which
   * the extractor left out): only what they state is read — metadata fields, an abstract — nothing is removed.
   */
  header?: readonly string[];
}

/** Removes the page's chrome at its head and foot, reading the headline, metadata and abstract on the way. */
export function separateFrame(text: string, boilerplate: Boilerplate, changes: Change[], options: FrameOptions = {}): FramedText {
  const lines = text.split('\n');
  const reader = new LineReader(boilerplate);
  const removed = new Set<number>();
  const record = (s: Scanned) => {
    if (s.verdict.kind === 'kept') return;
    changes.push(...s.verdict.changes);
    removed.add(s.index);
  };

  // The foot first, from the bottom up (its report comes first, as the page is read from its end).
  const bottomUp = lines.map((_, i) => lines.length - 1 - i);
  const foot = scanZone(lines, bottomUp, 'foot', reader, boilerplate.zones.foot.maxLines);
  foot.forEach(record);

  const footTop = foot.length > 0 ? Math.min(...foot.map((s) => s.index)) : lines.length;
  const topDown = lines.map((_, i) => i).filter((i) => i < footTop);
  const head = scanZone(lines, topDown, 'head', reader, boilerplate.zones.head.maxLines);
  // A record's 标题/名称 row names the document: its line below is a copy of it.
  const headFields = head.flatMap((s) => (s.verdict.kind === 'metadata' ? s.verdict.fields : []));
  const titleRow = headFields.find((f) => f.field === 'title' && f.value !== '')?.value ?? null;
  const headline = chooseHeadline(head, options.knownTitle ?? titleRow, boilerplate.recordKeys);
  for (const s of head) {
    if (headline?.copies.includes(s.index)) {
      changes.push({ rule: 'duplicate-headline', text: s.text });
      removed.add(s.index);
    } else record(s);
  }
  let title: string | null = headline ? null : titleRow;
  if (headline) {
    const parts = headline.lines.map((i) => (lines[i] ?? '').trim());
    parts.forEach((part, i) => {
      changes.push({ rule: 'headline-to-title', text: part });
      removed.add(headline.lines[i] ?? -1);
    });
    title = parts.join('');
  }

  const header = (options.header ?? []).map((text, index) => ({ index, text, verdict: reader.read(text.trim(), 'head', false) }));
  const scanned = [...head, ...foot, ...header];
  const fields = scanned.flatMap((s) => (s.verdict.kind === 'metadata' ? s.verdict.fields : []));
  const abstract = scanned.find((s) => s.verdict.kind === 'abstract');
  return {
    lines: lines.filter((_, i) => !removed.has(i)),
    title,
    meta: resolveMeta(fields),
    abstract: abstract?.verdict.kind === 'abstract' ? abstract.verdict.text : null,
  };
}
