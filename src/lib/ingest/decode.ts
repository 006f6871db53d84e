import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import type { SourceEncoding } from '../../schemas/source.ts';
import { firstBadByte } from './decode-offset.ts';

export type { SourceEncoding };

export interface Decoded {
  text: string;
  encoding: SourceEncoding;
  /** Line breaks rewritten from CRLF or CR to LF. */
  newlinesNormalised: number;
}

/** Why bytes could not be read as a source; the message is shown to the user as is. */
export class DecodeError extends Error {}

/** Byte order marks, longest first. A BOM settles the encoding: nothing else is tried. */
const BYTE_ORDER_MARKS: ReadonlyArray<{ encoding: SourceEncoding; bytes: readonly number[] }> = [
  { encoding: 'UTF-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'UTF-16LE', bytes: [0xff, 0xfe] },
  { encoding: 'UTF-16BE', bytes: [0xfe, 0xff] },
];

/** The encoding a byte order mark at the start of the bytes names, or null. */
export function bomEncoding(bytes: Uint8Array): { encoding: SourceEncoding; length: number } | null {
  const mark = BYTE_ORDER_MARKS.find(({ bytes: bom }) => bom.every((b, i) => bytes[i] === b));
  return mark ? { encoding: mark.encoding, length: mark.bytes.length } : null;
}

/**
 * Maps an encoding's name (a detector's guess, a web page's charset label as the WHATWG sniffer names it) onto
 * the decoder that reads it, or null for encodings we do not take. GBK and GB2312 are subsets of GB18030.
 */
export function toSourceEncoding(name: string): SourceEncoding | null {
  const upper = name.toUpperCase().replace(/_/g, '-');
  if (upper === 'UTF-8' || upper === 'UTF8') return 'UTF-8';
  if (upper === 'UTF-16LE') return 'UTF-16LE';
  if (upper === 'UTF-16BE') return 'UTF-16BE';
  if (['GB18030', 'GBK', 'GB2312', 'EUC-CN', 'CP936', 'X-GBK'].includes(upper)) return 'GB18030';
  if (['BIG5', 'BIG5-HKSCS', 'CP950'].includes(upper)) return 'Big5';
  return null;
}

/**
 * Decodes strictly: null when any byte sequence is invalid. UTF-8 and UTF-16 use the platform decoder in
 * fatal mode. GB18030 and Big5 use iconv-lite, whose Big5 table includes the HKSCS pinyin letters (è, ǐ …)
 * that scraped pages print after characters; Node's ICU decoder maps those to Private Use code points.
 */
function tryDecode(bytes: Uint8Array, encoding: SourceEncoding): string | null {
  if (encoding === 'UTF-8' || encoding === 'UTF-16LE' || encoding === 'UTF-16BE') {
    try {
      // ignoreBOM: false drops a leading BOM of the decoder's own encoding.
      return new TextDecoder(encoding.toLowerCase(), { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return null;
    }
  }
  const text = iconv.decode(Buffer.from(bytes), encoding === 'Big5' ? 'big5hkscs' : 'gb18030', { stripBOM: false });
  return text.includes('\uFFFD') ? null : text;
}

/** Control characters other than tab, LF, FF and CR mark a file as binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length * 0.01;
}

/** The same test on decoded text, for UTF-16, whose bytes are full of zeros. */
function textLooksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  const control = [...sample].filter((c) => /[\u0000-\u0008\u000B\u000E-\u001F]/.test(c)).length;
  return sample.includes('\u0000') || control > sample.length * 0.01;
}

/**
 * Whether bytes read as UTF-16 text without a BOM, for a clearer refusal: strictly valid in one byte order, with
 * Chinese or Latin letters and almost no control characters. Never used to decode: without a BOM the byte
 * order is a guess, and such files are rare (editors write the BOM).
 */
function bomlessUtf16(bytes: Uint8Array): SourceEncoding | null {
  for (const encoding of ['UTF-16LE', 'UTF-16BE'] as const) {
    const text = tryDecode(bytes.subarray(0, bytes.length - (bytes.length % 2)), encoding);
    if (text && /[\p{Script=Han}A-Za-z]/u.test(text) && !textLooksBinary(text)) return encoding;
  }
  return null;
}

/** UTF-8 first, then a declared encoding (a web page's charset), then the legacy encodings as the detector ranks them. */
function detectionOrder(bytes: Uint8Array, declared: SourceEncoding | null): SourceEncoding[] {
  const order: SourceEncoding[] = ['UTF-8'];
  const ranked = analyse(bytes).map((guess) => toSourceEncoding(guess.name));
  for (const encoding of [declared, ...ranked, 'GB18030', 'Big5'] as const) {
    // Without a BOM, UTF-16 is never guessed: such bytes were already refused as binary.
    if (encoding && encoding !== 'UTF-16LE' && encoding !== 'UTF-16BE' && !order.includes(encoding)) order.push(encoding);
  }
  return order;
}

function normaliseNewlines(decoded: string, encoding: SourceEncoding): Decoded {
  let newlinesNormalised = 0;
  const text = decoded.replace(/\r\n?/g, () => {
    newlinesNormalised++;
    return '\n';
  });
  if (text.trim().length === 0) throw new DecodeError('the file holds only white space');
  return { text, encoding, newlinesNormalised };
}

function hex(bytes: Uint8Array, offset: number): string {
  return [...bytes.subarray(offset, offset + 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}

/** Names where decoding failed: the byte offset of the first bad sequence, for the encoding that read furthest. */
function undecodable(bytes: Uint8Array, tried: readonly SourceEncoding[], reason: string): DecodeError {
  const furthest = tried
    .map((encoding) => ({ encoding, offset: firstBadByte(bytes, encoding) }))
    .reduce((best, next) => (next.offset > best.offset ? next : best));
  const who = tried.length > 1 ? `${furthest.encoding}, which reads furthest, ` : 'it ';
  const where = `${who}fails at byte ${furthest.offset} (0x${furthest.offset.toString(16)}: ${hex(bytes, furthest.offset)})`;
  return new DecodeError(`the file is undecodable: ${reason}; ${where}`);
}

export interface DecodeOptions {
  /** An encoding the file declares for itself (a web page's <meta charset>); tried right after UTF-8. */
  declared?: SourceEncoding | null;
}

/**
 * Decodes a raw source: a BOM (UTF-8, UTF-16LE, UTF-16BE) settles the encoding; otherwise UTF-8, then a declared
 * charset, then GB18030/GBK and Big5 as the chardet detector ranks them, each decoded strictly so that a wrong
 * guess fails instead of producing mojibake.
 */
export function decodeSource(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new DecodeError('the file is empty');

  const bom = bomEncoding(bytes);
  if (bom) {
    const decoded = tryDecode(bytes, bom.encoding);
    if (decoded === null) throw undecodable(bytes, [bom.encoding], `its byte order mark says ${bom.encoding}, but it is not valid ${bom.encoding}`);
    if (textLooksBinary(decoded)) throw new DecodeError('the file is binary, not text');
    return normaliseNewlines(decoded.replace(/^\uFEFF/, ''), bom.encoding);
  }
  if (looksBinary(bytes)) {
    const utf16 = bomlessUtf16(bytes);
    throw new DecodeError(utf16 ? `the file is binary, not text (it reads as ${utf16} without a byte order mark; save it with a BOM or as UTF-8)` : 'the file is binary, not text');
  }

  // Valid UTF-8 is so unlikely by accident in CJK legacy encodings that it is tried first; GB18030 and Big5
  // both accept most byte pairs, so their order comes from the declaration and the detector.
  const candidates = detectionOrder(bytes, options.declared ?? null);
  for (const encoding of candidates) {
    const decoded = tryDecode(bytes, encoding);
    if (decoded !== null) return normaliseNewlines(decoded, encoding);
  }
  throw undecodable(bytes, candidates, `it is not valid ${candidates.slice(0, -1).join(', ')} or ${candidates.at(-1)}`);
}
