import type { DraftModel } from '../../schemas/model.ts';
import type { GlossaryTerm, MechanismCategory } from '../../schemas/taxonomy.ts';
import { CATEGORY_CUES, CHIEF_RESOURCES, MECHANISM_HEADS, NAMED_PRACTICES, PARTICLES_BEFORE_NAME, VERB_AFTER_HEAD, VERBS_BEFORE_NAME, WORDS_WITH_PARTICLES } from './mechanism-cues.ts';
import { clauseAt, maskNotes, type QuotedPhrase } from './text.ts';

/**
 * Named mechanisms: phrases that end in an institution's noun (…机制, …制度, …小分队), the taxonomy's longer aliases
 * (双向移送, 党员协理长) and mechanisms the collection already names, each mapped to a category by the aliases and
 * cue phrases its name (or else its clause) holds, with its clause as the quote.
 */

export type DraftMechanism = DraftModel['mechanisms'][number];

export interface KnownMechanism {
  name: string;
  category: string;
}

export interface MechanismContext {
  paragraphs: readonly string[];
  quoted: readonly QuotedPhrase[];
  categories: readonly MechanismCategory[];
  glossary: readonly GlossaryTerm[];
  known: readonly KnownMechanism[];
  /** Formula codes: a mechanism named by one needs a cue in its own name, not just in its clause. */
  codes?: ReadonlySet<string>;
  /**
   * The parts of formulas that count mechanisms (五项机制, “四联四促”工作机制, 五支队伍): each part is a named
   * mechanism of its own, filed by the cue its own name holds.
   */
  parts?: ReadonlyArray<{ name: string; paragraph: number; index: number }>;
}

interface Cue {
  phrase: string;
  category: string;
  /** Taxonomy aliases of four characters or more name a mechanism by themselves; shorter ones and cues only classify. */
  names: boolean;
  /** From the taxonomy (an alias), not a cue: a quoted phrase holding it is a mechanism's name. */
  alias: boolean;
  /** A set phrase naming a practice (NAMED_PRACTICES): a whole name, never widened by the words before it. */
  practice?: boolean;
}

function cuesOf(categories: readonly MechanismCategory[]): Cue[] {
  const cues: Cue[] = [];
  for (const category of categories) {
    for (const alias of category.aliases.zh) cues.push({ phrase: alias, category: category.id, names: [...alias].length >= 4, alias: true });
    for (const cue of CATEGORY_CUES[category.id] ?? []) cues.push({ phrase: cue, category: category.id, names: false, alias: false });
    for (const phrase of NAMED_PRACTICES[category.id] ?? []) cues.push({ phrase, category: category.id, names: true, alias: false, practice: true });
  }
  return cues.sort((a, b) => b.phrase.length - a.phrase.length);
}

/** The category of a name: the cue in it that ends last (the head of the phrase), the longest on a tie. */
function categoryIn(text: string, cues: readonly Cue[]): string | null {
  let best: { end: number; length: number; category: string } | null = null;
  for (const cue of cues) {
    const at = text.lastIndexOf(cue.phrase);
    if (at < 0) continue;
    const end = at + cue.phrase.length;
    if (!best || end > best.end || (end === best.end && cue.phrase.length > best.length)) best = { end, length: cue.phrase.length, category: cue.category };
  }
  return best?.category ?? null;
}

const CUT = /[，,。；;！？!?：:、“”"《》的0-9]/u;
const OPENERS = /^(?:[一二三四五六七八九十]+是)?(?:积极|深入|全面|不断|切实|持续|大力|着力|扎实|认真|进一步|同时|并|还|要|已|均)*/u;

/**
 * Where a name ending at `end` starts: reading leftwards, at the first punctuation, 的, particle or verb (建立…,
 * 争当…), at most `max` characters back; adverbs and 一是 at its start are dropped.
 */
function nameStart(text: string, end: number, max = 12): number {
  let start = end;
  while (start > 0 && end - start < max) {
    const before = text.slice(0, start);
    // 以 opens a phrase (以…为), but 以上 is part of a rank in a name (处级以上干部读书班), 在线 a word (在线监控平台).
    const particle = PARTICLES_BEFORE_NAME.includes(before.at(-1) ?? '') && !WORDS_WITH_PARTICLES.some((w) => text.startsWith(w, start - 1));
    if (CUT.test(before.at(-1) ?? '') || particle) break;
    if (VERBS_BEFORE_NAME.some((verb) => before.endsWith(verb))) break;
    start--;
  }
  // After a number the name starts past its measure word (召开1次工作推进会 → 工作推进会); a name never opens with a
  // count in words either (召开一次专题推进会 → 专题推进会).
  const counted = /^[一二两三四五六七八九十]+[个次项名位家支条场批届期轮]/u.exec(text.slice(start, end))?.[0];
  if (counted && end - start - counted.length >= 2) start += counted.length;
  if (/[0-9]$/u.test(text.slice(0, start))) while (start < end && /[个次项名位家支条场批届年月]/u.test(text[start] ?? '')) start++;
  const opener = OPENERS.exec(text.slice(start, end))?.[0] ?? '';
  return start + opener.length;
}

interface Candidate {
  name: string;
  paragraph: number;
  index: number;
  category: string | null;
  /** The collection already files this name under `category`. */
  known?: boolean;
  /** Found by a taxonomy alias outside quotation marks: dropped when a longer name holds it (森林防火 in 森林防火应急小分队). */
  bare?: boolean;
  /** Its category must come from its own name, never from the clause around it (a 河湖长制 beside a 林长制). */
  nameOnly?: boolean;
  /** Found as a quoted phrase holding an alias: part of a longer name around it (“智慧林长”信息平台). */
  quotedPart?: boolean;
}

function headCandidates(text: string, paragraph: number, quoted: readonly QuotedPhrase[]): Candidate[] {
  const found: Candidate[] = [];
  for (const head of MECHANISM_HEADS) {
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length)) {
      // A longer head ending here wins (工作机制 over 机制); a head followed by a verb is a verb itself (计划完成).
      if (found.some((f) => f.paragraph === paragraph && f.index <= at && at + head.length <= f.index + f.name.length)) continue;
      if (VERB_AFTER_HEAD.test(text.slice(at + head.length))) continue;
      const start = nameStart(text, at);
      let name = text.slice(start, at + head.length);
      // A name may open with a quoted phrase: “党建引领”工作模式, “林长+检察长+法院院长”协作机制.
      const before = quoted.find((q) => q.paragraph === paragraph && q.end === start && q.text.length <= 14);
      if (before) name = text.slice(before.start, at + head.length);
      if (name.length < head.length + 2 || /等$/u.test(name.slice(0, -head.length))) continue;
      found.push({ name, paragraph, index: at + head.length - name.length, category: null });
    }
  }
  return found;
}

/** “双向移送”机制: a quoted name and a bare head after it; the name is the quoted phrase (not so “智慧林长”信息平台). */
const quotedThenHead = (name: string) => {
  const m = /^“([^”]+)”(.+)$/u.exec(name);
  return m && MECHANISM_HEADS.includes(m[2] ?? '') ? (m[1] ?? null) : null;
};

/** The resources chief systems are named for; the longest first, so 河湖长制 is not read as 湖长制. */
const CHIEF_SYSTEM = new RegExp(`(?:${CHIEF_RESOURCES.join('|')})长制`, 'gu');

/**
 * A chief system (林长制, 河湖长制, 田长制): officials named 长 for a resource, each answerable for it. It is a
 * named mechanism however short, so it is read as one wherever it is written, quoted or not.
 */
function chiefSystemCandidates(text: string, paragraph: number): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(CHIEF_SYSTEM)) {
    found.push({ name: match[0], paragraph, index: match.index ?? 0, category: null, bare: true, nameOnly: true });
  }
  return found;
}

function aliasCandidates(text: string, paragraph: number, cues: readonly Cue[], quoted: readonly QuotedPhrase[]): Candidate[] {
  const found: Candidate[] = [];
  for (const cue of cues.filter((c) => c.names || (c.alias && quoted.some((q) => q.paragraph === paragraph && q.text.includes(c.phrase))))) {
    for (let at = text.indexOf(cue.phrase); at >= 0; at = text.indexOf(cue.phrase, at + cue.phrase.length)) {
      const q = quoted.find((x) => x.paragraph === paragraph && x.start < at && at + cue.phrase.length < x.end);
      let name: string;
      let index: number;
      if (q) {
        name = q.text;
        index = q.start + 1;
      } else {
        if (!cue.names) continue;
        index = cue.practice ? at : nameStart(text, at, 6);
        name = text.slice(index, at + cue.phrase.length);
      }
      found.push({ name, paragraph, index, category: cue.category, bare: !q, quotedPart: Boolean(q) });
    }
  }
  return found;
}

const termsIn = (text: string, glossary: readonly GlossaryTerm[]) =>
  glossary.filter((g) => [g.term, ...g.aliases.zh].some((t) => t.length >= 2 && text.includes(t))).map((g) => g.id);

const holds = (outer: Candidate, inner: Candidate) =>
  outer !== inner && outer.paragraph === inner.paragraph && outer.index <= inner.index && inner.index + inner.name.length <= outer.index + outer.name.length && outer.name.length > inner.name.length;

export function proposeMechanisms(ctx: MechanismContext): DraftMechanism[] {
  const cues = cuesOf(ctx.categories);
  const ids = new Set(ctx.categories.map((c) => c.id));
  const candidates: Candidate[] = [];
  ctx.paragraphs.forEach((raw, i) => {
    const text = maskNotes(raw);
    candidates.push(...headCandidates(text, i + 1, ctx.quoted), ...chiefSystemCandidates(text, i + 1), ...aliasCandidates(text, i + 1, cues, ctx.quoted));
    for (const known of ctx.known) {
      if (known.name.length < 3 || !ids.has(known.category)) continue;
      const at = text.indexOf(known.name);
      // Another entry's name is a name here where the text writes it as one: quoted, or holding an institution's noun
      // or a category's cue. A plain phrase (深度融合) is the text's own wording, not that mechanism.
      const named = ctx.quoted.some((q) => q.paragraph === i + 1 && q.start < at && at < q.end) || MECHANISM_HEADS.some((h) => known.name.endsWith(h)) || cues.some((c) => known.name.includes(c.phrase));
      if (at >= 0 && named) candidates.push({ name: known.name, paragraph: i + 1, index: at, category: known.category, known: true });
    }
  });
  for (const part of ctx.parts ?? []) candidates.push({ name: part.name, paragraph: part.paragraph, index: part.index, category: null, nameOnly: true });
  // “双向移送”机制 beside the alias 双向移送 quoted in it: the quoted phrase is the name. A quoted phrase with more words
  // before the head (“智慧林长”信息平台) is only the start of a longer name, which stands.
  const quotedAlias = (c: Candidate) => {
    const inner = quotedThenHead(c.name);
    return inner !== null && candidates.some((o) => o !== c && !o.bare && o.name === inner && o.paragraph === c.paragraph);
  };
  const mechanisms: DraftMechanism[] = [];
  const seen = new Set<string>();
  for (const c of candidates.sort((a, b) => a.paragraph - b.paragraph || a.index - b.index)) {
    if (seen.has(c.name) || c.name.length < 2) continue;
    // An alias or a name the collection knows, inside a longer name found at the same place, is part of that name.
    if ((c.bare || c.known || c.quotedPart) && candidates.some((other) => holds(other, c) && !quotedAlias(other))) continue;
    if (quotedAlias(c)) continue;
    // 考核问责三项制度 names the formula whose parts are the mechanisms, not a mechanism of its own.
    if (!c.known && [...(ctx.codes ?? [])].some((code) => c.name.endsWith(code) && c.name.length > code.length && !/[”"]$/u.test(c.name.slice(0, -code.length)))) continue;
    const paragraph = ctx.paragraphs[c.paragraph - 1] ?? '';
    const quote = clauseAt(paragraph, c.index, c.index + c.name.length);
    const isCode = ctx.codes?.has(c.name.replace(/^“|”$/gu, '').replace(/”.*$/u, '')) ?? false;
    const category = (c.known ? c.category : null) ?? categoryIn(c.name, cues) ?? c.category ?? (isCode || c.nameOnly ? null : categoryIn(quote, cues));
    if (!category || !ids.has(category) || !quote.includes(c.name)) continue;
    seen.add(c.name);
    mechanisms.push({ name: c.name, category, summary_en: '', terms: termsIn(quote, ctx.glossary), quote, paragraph: c.paragraph, review: 'proposed' });
  }
  return mechanisms;
}
