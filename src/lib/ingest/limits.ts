/** Why a decoded file cannot become an entry; shown to the user as is (after the file's name). */
export class ContentError extends Error {}

/** The most decoded text ingest takes by default: 1 MB. A county page is 5–30 KB; `--max-bytes` raises it. */
export const DEFAULT_MAX_BYTES = 1_048_576;

const HAN = /\p{Script=Han}/u;

function size(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB (${bytes.toLocaleString('en-US')} bytes)`;
}

/**
 * Refuses a source over the limit, before anything is written. Checked twice: on the raw bytes, where more
 * than twice the limit means the text is surely over it (no encoding here takes more than two bytes for what
 * UTF-8 writes in one), so a huge file is refused without decoding it; then on the decoded text itself.
 */
export function checkSize(bytes: number, maxBytes: number, stage: 'raw' | 'decoded'): void {
  if (stage === 'raw' && bytes > 2 * maxBytes) {
    throw new ContentError(`the file is ${size(bytes)}, so its text is over the ${size(maxBytes)} limit; raise the limit with --max-bytes N if it is really one source`);
  }
  if (stage === 'decoded' && bytes > maxBytes) {
    throw new ContentError(`its text is ${size(bytes)} decoded, over the ${size(maxBytes)} limit; raise the limit with --max-bytes ${bytes} if it is really one source`);
  }
}

export function requireChinese(text: string): void {
  if (!HAN.test(text)) throw new ContentError('the file holds no Chinese text');
}

/** The paragraphs, when any Chinese is left once the page around the article is gone. */
export function requireBody(paragraphs: string[]): string[] {
  if (paragraphs.length === 0 || !paragraphs.some((p) => HAN.test(p))) throw new ContentError('nothing but boilerplate is left after cleaning');
  return paragraphs;
}
