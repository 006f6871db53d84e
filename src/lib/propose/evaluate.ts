import { modelSchema, type CuratedModel } from '../../schemas/model.ts';
import { readEntryText } from '../entries/entry-text.ts';
import { proposalInput, renderNewDraft } from '../ingest/draft.ts';
import { formatOf } from '../ingest/html.ts';
import { ingestBytes, type IngestResult, type SourceFormat } from '../ingest/index.ts';
import { checkEntry, type IntegrityIssue } from '../integrity.ts';
import { proposeEntry, type ProposalContext } from './index.ts';
import { scoreDraft, type DraftData, type Score } from './score.ts';

/**
 * The eval's pipeline for one source: the raw bytes through the real ingest (decode, clean, paragraphs), the
 * proposer with the memory it is given, the draft written and read back exactly as `npm run ingest` writes it, and
 * the result scored against the curated entry. The bare candidates of the same run give the "before" figures.
 */

export interface Evaluation {
  /** The draft as ingest wrote it before proposals: candidates only in the generated `candidates` field. */
  bare: Score;
  /** The bare candidates read as if they were proposals (numbers as found, codes, quoted phrases). */
  before: Score;
  after: Score;
  /** Integrity problems of the proposed draft (there should be none: proposals must validate). */
  issues: IntegrityIssue[];
  untranslated: number;
}

export interface EvaluateOptions {
  /**
   * How to read the bytes: `text` or `html` (a saved web page: article extraction and the page's own metadata).
   * When not given, the format the curated entry's raw copy is named for (content/sources/<id>.txt|.html|.htm),
   * as `npm run ingest` reads a file by its name.
   */
  format?: SourceFormat;
}

const formatFor = (curated: CuratedModel, options: EvaluateOptions): SourceFormat => options.format ?? formatOf(curated.source.raw) ?? 'text';

/** The draft `npm run ingest` would write for these bytes, read back from its text. */
export function proposedDraft(
  bytes: Uint8Array,
  curated: CuratedModel,
  context: ProposalContext,
  options: EvaluateOptions = {},
): { data: DraftData; paragraphs: string[]; untranslated: number; result: IngestResult } {
  const result = ingestBytes(bytes, { format: formatFor(curated, options) });
  const proposal = proposeEntry(proposalInput(result), context);
  const { text } = renderNewDraft(result, { id: curated.id, original: curated.source.file, sha256: curated.source.sha256 }, proposal.fields);
  const read = readEntryText(text);
  return { data: read.data, paragraphs: read.paragraphs, untranslated: proposal.untranslated.length, result };
}

/** What the bare candidates offered before proposals: numbers as found (万 applied), codes and quoted phrases. */
export function baselineDraft(result: IngestResult, curated: CuratedModel): DraftData {
  const { text } = renderNewDraft(result, { id: curated.id, original: curated.source.file, sha256: curated.source.sha256 });
  const data = readEntryText(text).data;
  const { numbers, formulas, slogans } = result.candidates;
  return {
    ...data,
    metrics: numbers.map((n) => ({
      value: n.value,
      unit: n.unit,
      approx: n.flags.includes('approx'),
      bound: n.flags.includes('at_least') ? 'at_least' : n.flags.includes('at_most') ? 'at_most' : null,
      quote: n.fragment,
      paragraph: n.paragraph,
    })),
    formulas: formulas.map((f) => ({ code: f.code, quote: f.fragment, paragraph: f.paragraph, components: [] })),
    slogans: slogans.map((s) => ({ text: s.text, ...(s.brand ? { kind: 'brand' } : {}), quote: s.fragment, paragraph: s.paragraph })),
  };
}

export function evaluate(bytes: Uint8Array, curated: CuratedModel, context: ProposalContext, options: EvaluateOptions = {}): Evaluation {
  const draft = proposedDraft(bytes, curated, context, options);
  const parsed = modelSchema.safeParse(draft.data);
  const issues: IntegrityIssue[] = parsed.success
    ? checkEntry(
        { file: `content/models/${curated.id}.mdx`, data: parsed.data, paragraphs: draft.paragraphs },
        { categories: new Set(context.categories.map((c) => c.id)), terms: new Set(context.glossary.map((g) => g.id)) },
      )
    : parsed.error.issues.map((i) => ({ file: `content/models/${curated.id}.mdx`, field: i.path.join('.'), reason: i.message }));
  const bare = readEntryText(renderNewDraft(draft.result, { id: curated.id, original: curated.source.file, sha256: curated.source.sha256 }).text).data;
  return {
    bare: scoreDraft(curated, bare),
    before: scoreDraft(curated, baselineDraft(draft.result, curated)),
    after: scoreDraft(curated, draft.data),
    issues,
    untranslated: draft.untranslated,
  };
}
