import type { DraftModel } from '../../schemas/model.ts';
import type { GlossaryTerm, MechanismCategory } from '../../schemas/taxonomy.ts';
import { expandFormula, type SectionLead } from './components.ts';
import { PLAN_TITLE } from './figure-data.ts';
import { proposeFigures, type NamedSpan } from './figures.ts';
import { findFormulas, formulaClause, type FoundFormula } from './formulas.ts';
import type { CollectionMemory } from './memory.ts';
import { COUNTS_MECHANISMS } from './mechanism-cues.ts';
import { proposeMechanisms } from './mechanisms.ts';
import { findOrg, sectorFromText } from './org.ts';
import { placeMentions, resolveRegion } from './region.ts';
import { proposeSchedule } from './schedule.ts';
import { proposeSlogans } from './slogans.ts';
import { maskNotes, quotedPhrases, withChineseQuotes } from './text.ts';
import { composeShort, composeTitle } from './title.ts';
import { translate } from './translate.ts';

/**
 * Proposals for a new entry: every curated field ingest can fill from the text, in exactly the form the validator
 * accepts and each marked `review: proposed`, so a curator corrects and confirms instead of typing. Pure: the text
 * and what the collection knows come in, proposals go out; the CLI reads and writes the files.
 */

export interface ProposalInput {
  /** The cleaned body, ¶1 first. */
  paragraphs: readonly string[];
  /** Headings and lead sentences ingest found. */
  headings: ReadonlyArray<{ paragraph: number; text: string; kind: 'standalone' | 'lead' }>;
  /** The page's headline, when ingest found one. */
  title: string | null;
  /** Publication date (YYYY-MM-DD…), for 今年. */
  published: string | null;
  publisher: string | null;
}

export interface ProposalContext {
  categories: readonly MechanismCategory[];
  glossary: readonly GlossaryTerm[];
  memory: CollectionMemory;
}

/** The curated fields a draft gets from proposals. */
export type ProposedFields = Pick<DraftModel, 'title' | 'short' | 'org' | 'level' | 'sector' | 'region' | 'slogans' | 'formulas' | 'mechanisms' | 'metrics' | 'excluded' | 'schedule' | 'review'>;

export interface Proposal {
  fields: ProposedFields;
  /** Field paths whose English is still '' (nothing in the memory had the same Chinese). */
  untranslated: string[];
  /** What the curator should look at first: an ambiguous place, no organisation found. */
  warnings: string[];
}

const DEPTH = { province: 'province', prefecture: 'city', county: 'county', town: 'town', street: 'town', 'forest-enterprise': 'town' } as const;

/** Where a formula's codes, names and parts sit, so the numbers in them are excluded as formula names. */
function formulaSpans(paragraphs: readonly string[], formulas: ReadonlyArray<FoundFormula & { components: DraftModel['formulas'][number]['components'] }>): NamedSpan[] {
  const spans: NamedSpan[] = [];
  for (const f of formulas) {
    const nameTail = f.name.replace(/^“?[^”]*”?/u, '');
    for (const o of f.occurrences) {
      const end = o.index + f.code.length;
      const text = paragraphs[o.paragraph - 1] ?? '';
      spans.push({ paragraph: o.paragraph, start: o.index, end, reason: 'formula-name', text: f.code, note: `Part of the formula “${f.code}”.`, listWhole: true });
      const tailAt = nameTail ? text.indexOf(nameTail, end) : -1;
      if (tailAt >= 0 && tailAt - end <= 2) spans.push({ paragraph: o.paragraph, start: tailAt, end: tailAt + nameTail.length, reason: 'formula-name', text: nameTail, note: `Part of the name “${f.name}”.` });
    }
    for (const c of f.components) {
      const text = paragraphs[c.paragraph - 1] ?? '';
      const at = text.indexOf(c.quote) + c.quote.indexOf(c.label);
      if (at >= 0) spans.push({ paragraph: c.paragraph, start: at, end: at + c.label.length, reason: 'formula-name', text: c.label, note: `Part of “${c.label}”, one of the parts of “${f.code}”, not a count.` });
    }
  }
  return spans;
}

/** Glossary terms led by a numeral that are not formulas here (两委, 两新组织): names, not counts. */
function termSpans(paragraphs: readonly string[], glossary: readonly GlossaryTerm[], formulas: readonly FoundFormula[]): NamedSpan[] {
  const spans: NamedSpan[] = [];
  const terms = glossary.flatMap((g) => [g.term, ...g.aliases.zh]).filter((t) => /^[一二两三四五六七八九十]/u.test(t));
  paragraphs.forEach((raw, i) => {
    const text = maskNotes(raw);
    for (const term of terms) {
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
        if (formulas.some((f) => f.occurrences.some((o) => o.paragraph === i + 1 && o.index <= at && at < o.index + f.code.length))) continue;
        spans.push({ paragraph: i + 1, start: at, end: at + term.length, reason: 'other', text: term, note: `Part of the term “${term}” (see the glossary), not a count.`, listWhole: true });
      }
    }
  });
  return spans;
}

export function proposeEntry(input: ProposalInput, context: ProposalContext): Proposal {
  const { paragraphs } = input;
  const warnings: string[] = [];
  const quoted = quotedPhrases(paragraphs);

  const org = findOrg(paragraphs, input.title, input.publisher);
  if (!org) warnings.push('No organisation name found (a place followed by 林业局, 生态环境厅, 镇党委 …): org, level and sector are empty.');
  const texts = [
    ...(input.title ? [{ text: input.title, paragraph: 0 }] : []),
    ...(input.publisher ? [{ text: input.publisher, paragraph: 0 }] : []),
    ...paragraphs.map((text, i) => ({ text: maskNotes(text), paragraph: i + 1 })),
  ];
  const placed = resolveRegion(placeMentions(texts), org?.places ?? [], org?.level ? DEPTH[org.level] : 'town', org?.zh ?? null);
  warnings.push(...placed.warnings);
  const region = placed.region ? { ...placed.region, review: 'proposed' as const } : null;
  // 省生态环境厅 names its province only by the word 省: the region supplies the name.
  const orgName = org && org.levelWord && !org.place && region ? qualify(org.zh, org.levelWord, region) : org?.zh;

  const leads: SectionLead[] = input.headings.map((h) => ({ paragraph: h.paragraph, text: h.text.replace(/〔编者注：[^〕]*〕.*$/u, '') }));
  const found = findFormulas(paragraphs, quoted, context.glossary, leads);
  const formulas = found.map((f) => {
    const expansion = expandFormula(f, { paragraphs, leads, formulas: found });
    const lead = leads.find((l) => l.paragraph === f.paragraph && (paragraphs[f.paragraph - 1] ?? '').indexOf(l.text) === 0 && f.index < l.text.length);
    return {
      ...f,
      components: expansion.components.map((c) => ({ ...c, en: '', review: 'proposed' as const })),
      expansion: expansion.expansion,
      expansion_note: expansion.note,
      quote: lead?.text ?? formulaClause(paragraphs, f),
    };
  });

  const componentLabels = new Set(formulas.flatMap((f) => f.components.map((c) => c.label)));
  const slogans = proposeSlogans({
    paragraphs,
    quoted: quoted.filter((q) => [...componentLabels].filter((l) => q.text.includes(l)).length < 2),
    formulas: found,
    notSlogans: componentLabels,
    known: context.memory.slogans,
  });
  const mechanisms = proposeMechanisms({
    paragraphs,
    quoted: quoted.filter((q) => [...componentLabels].filter((l) => q.text.includes(l)).length < 2),
    categories: context.categories,
    glossary: context.glossary,
    known: context.memory.mechanisms,
    codes: new Set(found.map((f) => f.code)),
    parts: formulas
      .filter((f) => COUNTS_MECHANISMS.test(f.name.replace(/[“”]/gu, '')))
      .flatMap((f) => f.components.map((c) => ({ name: c.label, paragraph: c.paragraph, index: (paragraphs[c.paragraph - 1] ?? '').indexOf(c.quote) + c.quote.indexOf(c.label) }))),
  });

  // A plan's title may have stayed in the body as ¶1 when the page had no header to confirm it.
  const heading = input.title ?? (paragraphs[0] && paragraphs[0].length <= 60 && !/[。！？]$/u.test(paragraphs[0]) ? paragraphs[0] : null);
  const plan = Boolean(heading && PLAN_TITLE.test(heading)) || paragraphs.some((p) => /时间安排表/u.test(p));
  const planYear = plan && heading ? Number(/([0-9]{4})年/u.exec(heading)?.[1] ?? NaN) : NaN;
  const publishedYear = input.published ? Number(input.published.slice(0, 4)) : NaN;
  const { metrics, excluded } = proposeFigures({
    paragraphs,
    named: [...formulaSpans(paragraphs, formulas), ...termSpans(paragraphs, context.glossary, found)],
    quoted,
    plan,
    years: { published: Number.isFinite(publishedYear) ? publishedYear : null, plan: Number.isFinite(planYear) ? planYear : null },
  });

  // No headline: the first paragraph when it reads as one (short, no closing stop), else one made from the findings.
  const titleZh = heading ?? composeTitle(orgName ?? null, found, slogans);
  const shortZh = composeShort(region, found, slogans);
  const level = org?.level ?? null;
  const sector = org?.sector ?? sectorFromText(paragraphs);
  const fields: ProposedFields = {
    title: { zh: titleZh ?? '', en: '', review: 'proposed' },
    short: shortZh ? { zh: shortZh, en: '', review: 'proposed' } : null,
    org: orgName ? { zh: orgName, en: '', review: 'proposed' } : null,
    level,
    sector,
    region,
    slogans,
    formulas: formulas.map((f) => ({
      code: f.code,
      name: { zh: withChineseQuotes(f.name), en: '' },
      components: f.components,
      expansion: f.expansion,
      expansion_note: f.expansion_note,
      quote: f.quote,
      paragraph: f.paragraph,
      review: 'proposed' as const,
    })),
    mechanisms,
    metrics,
    excluded,
    schedule: plan ? proposeSchedule(paragraphs, Number.isFinite(planYear) ? planYear : null) : [],
    review: { ...(level ? { level: 'proposed' as const } : {}), ...(sector ? { sector: 'proposed' as const } : {}) },
  };
  const untranslated = translate(fields, context.memory);
  return { fields, untranslated, warnings };
}

/** 省生态环境厅 → 黑龙江省生态环境厅: the level word replaced by the region's name at that level. */
function qualify(name: string, levelWord: string, region: NonNullable<ProposedFields['region']>): string {
  const place = levelWord === '省' ? region.province : levelWord === '市' || levelWord === '州' ? region.city : levelWord === '县' || levelWord === '区' ? region.county : levelWord === '镇' || levelWord === '乡' || levelWord === '街道' ? region.town : null;
  return place && name.startsWith(levelWord) ? `${place}${name.slice(levelWord.length)}` : name;
}

export type { CollectionMemory } from './memory.ts';
export { buildMemory, EMPTY_MEMORY } from './memory.ts';
