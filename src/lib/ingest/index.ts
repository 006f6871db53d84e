import type { Candidates } from '../../schemas/candidates.ts';
import { loadBoilerplate, type Boilerplate } from './boilerplate.ts';
import { cleanCharacters } from './characters.ts';
import { decodeSource, type SourceEncoding } from './decode.ts';
import { extractCandidates } from './extract.ts';
import { separateFrame } from './frame.ts';
import { declaredCharset, readPage, type SourceFormat } from './html.ts';
import { checkSize, DEFAULT_MAX_BYTES, requireChinese, requireBody } from './limits.ts';
import { paragraphsToMdx } from './mdx.ts';
import { convertToSimplified, detectScript, type ScriptCount } from './opencc.ts';
import { detectHeadings, splitParagraphs, type Heading } from './paragraphs.ts';
import { newlineChanges, summariseChanges, type Change, type RuleSummary } from './report.ts';
import { combineMeta, type IngestMeta } from './source-meta.ts';

export { ContentError, DEFAULT_MAX_BYTES } from './limits.ts';
export type { SourceFormat } from './html.ts';
export type { IngestMeta } from './source-meta.ts';

/** Everything ingest learns from one raw file. */
export interface IngestResult {
  format: SourceFormat;
  encoding: SourceEncoding;
  script: ScriptCount;
  title: string | null;
  meta: IngestMeta;
  paragraphs: string[];
  headings: Heading[];
  candidates: Candidates;
  /** Every change cleaning made, in order. */
  changes: Change[];
  /** The same, grouped by rule. */
  report: RuleSummary[];
  /** The MDX body, one Markdown paragraph per cleaned paragraph. */
  body: string;
}

export interface IngestOptions {
  /** `text` (.txt) or `html` (a saved page, .html/.htm); text when not given. */
  format?: SourceFormat;
  /** The most decoded text accepted, in bytes of UTF-8 (DEFAULT_MAX_BYTES, 1 MB, when not given). */
  maxBytes?: number;
  boilerplate?: Boilerplate;
}

/** Raw bytes in, cleaned paragraphs and candidates out, one step a line. Pure apart from reading the rules file. */
export function ingestBytes(bytes: Uint8Array, options: IngestOptions = {}): IngestResult {
  const { format = 'text', maxBytes = DEFAULT_MAX_BYTES, boilerplate = loadBoilerplate() } = options;
  checkSize(bytes.length, maxBytes, 'raw');
  const decoded = decodeSource(bytes, { declared: format === 'html' ? declaredCharset(bytes) : null });
  checkSize(Buffer.byteLength(decoded.text), maxBytes, 'decoded');
  const changes: Change[] = newlineChanges(decoded.newlinesNormalised);
  const page = readPage(decoded.text, format, changes);
  requireChinese(page.text);
  const script = detectScript(page.text);
  const characters = cleanCharacters(page.text, changes);
  const simplified = convertToSimplified(characters, changes);
  const frame = separateFrame(simplified, boilerplate, changes, { knownTitle: page.meta.title ?? page.meta.documentTitle, header: page.header });
  const paragraphs = requireBody(splitParagraphs(frame.lines, changes));
  const { title, meta } = combineMeta(page.meta, frame);
  return {
    format,
    encoding: decoded.encoding,
    script,
    title,
    meta,
    paragraphs,
    headings: detectHeadings(paragraphs),
    candidates: extractCandidates(paragraphs),
    changes,
    report: summariseChanges(changes),
    body: paragraphsToMdx(paragraphs),
  };
}
