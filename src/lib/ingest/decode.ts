import { analyse } from 'chardet';
import iconv from 'iconv-lite';

/** The encodings ingest accepts. GBK and GB2312 are subsets of GB18030, so they decode as GB18030. */
export type SourceEncoding = 'UTF-8' | 'GB18030' | 'Big5';

export interface Decoded {
  text: string;
  encoding: SourceEncoding;
  /** Line breaks rewritten from CRLF or CR to LF. */
  newlinesNormalised: number;
}

/** Why bytes could not be read as a source; the message is shown to the user as is. */
export class DecodeError extends Error {}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Maps a detector's name onto the decoder that reads it, or null for encodings we do not take. */
function toSourceEncoding(name: string): SourceEncoding | null {
  const upper = name.toUpperCase();
  if (upper === 'UTF-8') return 'UTF-8';
  if (upper === 'GB18030' || upper === 'GBK' || upper === 'GB2312' || upper === 'EUC-CN') return 'GB18030';
  if (upper === 'BIG5' || upper === 'BIG5-HKSCS') return 'Big5';
  return null;
}

/**
 * Decodes strictly: null when any byte sequence is invalid. UTF-8 uses the platform decoder in fatal
 * mode. GB18030 and Big5 use iconv-lite, whose Big5 table includes the HKSCS pinyin letters (è, ǐ …)
 * that scraped pages print after characters; Node's ICU decoder maps those to Private Use code points.
 */
function tryDecode(bytes: Uint8Array, encoding: SourceEncoding): string | null {
  if (encoding === 'UTF-8') {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return null;
    }
  }
  const text = iconv.decode(Buffer.from(bytes), encoding === 'Big5' ? 'big5hkscs' : 'gb18030', { stripBOM: false });
  return text.includes('\uFFFD') ? null : text;
}

/** Control characters other than tab, LF and CR mark a file as binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length * 0.01;
}

/** UTF-8 first, then the legacy encodings in the order the detector ranks them. */
function detectionOrder(bytes: Uint8Array): SourceEncoding[] {
  const order: SourceEncoding[] = ['UTF-8'];
  const ranked = analyse(bytes).map((guess) => toSourceEncoding(guess.name));
  for (const encoding of [...ranked, 'GB18030', 'Big5'] as const) {
    if (encoding && !order.includes(encoding)) order.push(encoding);
  }
  return order;
}

/**
 * Decodes a raw source: UTF-8 (with or without BOM), GB18030/GBK or Big5, chosen by the chardet
 * detector, decoded strictly so a wrong guess fails instead of producing mojibake.
 */
export function decodeSource(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('the file is empty');
  if (looksBinary(bytes)) throw new DecodeError('the file is binary, not text');

  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  // Valid UTF-8 is so unlikely by accident in CJK legacy encodings that it is tried first.
  // A BOM settles it; otherwise the detector orders GB18030 and Big5, which both accept most byte pairs.
  const candidates: SourceEncoding[] = hasBom ? ['UTF-8'] : detectionOrder(bytes);

  for (const encoding of candidates) {
    const decoded = tryDecode(bytes, encoding);
    if (decoded === null) continue;
    let newlinesNormalised = 0;
    const text = decoded.replace(/\r\n?/g, () => {
      newlinesNormalised++;
      return '\n';
    });
    if (text.trim().length === 0) throw new DecodeError('the file holds only white space');
    return { text, encoding, newlinesNormalised };
  }
  throw new DecodeError('the file is not valid UTF-8, GB18030 or Big5 (undecodable)');
}
