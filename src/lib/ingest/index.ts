import type { Candidates } from '../../schemas/candidates.ts';
import { loadBoilerplateRules, separateFrame, type BoilerplateRule, type SourceMeta } from './boilerplate.ts';
import { cleanCharacters } from './characters.ts';
import { decodeSource, type SourceEncoding } from './decode.ts';
import { extractCandidates } from './extract.ts';
import { paragraphsToMdx } from './mdx.ts';
import { convertToSimplified, detectScript, type ScriptCount } from './opencc.ts';
import { detectHeadings, splitParagraphs, type Heading } from './paragraphs.ts';
import { summariseChanges, type Change, type RuleSummary } from './report.ts';

/** Everything ingest learns from one raw file. */
export interface IngestResult {
  encoding: SourceEncoding;
  script: ScriptCount;
  title: string | null;
  meta: SourceMeta;
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

/** Why a decoded file cannot become an entry; shown to the user as is. */
export class ContentError extends Error {}

const HAN = /\p{Script=Han}/u;

/** Raw bytes in, cleaned paragraphs and candidates out. Pure apart from reading the rules file. */
export function ingestBytes(bytes: Uint8Array, rules: readonly BoilerplateRule[] = loadBoilerplateRules()): IngestResult {
  const decoded = decodeSource(bytes);
  if (!HAN.test(decoded.text)) throw new ContentError('the file holds no Chinese text');
  const changes: Change[] = [];
  if (decoded.newlinesNormalised > 0) {
    changes.push(...Array.from({ length: decoded.newlinesNormalised }, () => ({ rule: 'newline-normalised', text: 'CRLF/CR → LF' })));
  }
  const script = detectScript(decoded.text);
  const characters = cleanCharacters(decoded.text, changes);
  const simplified = convertToSimplified(characters, changes);
  const frame = separateFrame(simplified, rules, changes);
  const paragraphs = splitParagraphs(frame.lines, changes);
  if (paragraphs.length === 0 || !paragraphs.some((p) => HAN.test(p))) {
    throw new ContentError('nothing but boilerplate is left after cleaning');
  }
  return {
    encoding: decoded.encoding,
    script,
    title: frame.title,
    meta: frame.meta,
    paragraphs,
    headings: detectHeadings(paragraphs),
    candidates: extractCandidates(paragraphs),
    changes,
    report: summariseChanges(changes),
    body: paragraphsToMdx(paragraphs),
  };
}
