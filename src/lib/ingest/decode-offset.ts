import iconv from 'iconv-lite';
import type { SourceEncoding } from '../../schemas/source.ts';

/**
 * Where strict decoding fails: the byte offset at which the first invalid sequence starts (bytes.length when
 * the whole input is valid). Only used to explain a refusal, so clarity beats speed here.
 */
export function firstBadByte(bytes: Uint8Array, encoding: SourceEncoding): number {
  if (encoding === 'UTF-8') return firstBadUtf8(bytes);
  if (encoding === 'UTF-16LE' || encoding === 'UTF-16BE') return firstBadUtf16(bytes, encoding === 'UTF-16LE');
  return firstBadLegacy(bytes, encoding === 'Big5' ? 'big5hkscs' : 'gb18030');
}

/** UTF-8 as RFC 3629 defines it: no overlong forms, no surrogates, nothing above U+10FFFF. */
function firstBadUtf8(bytes: Uint8Array): number {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) { i++; continue; }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range depends on the lead (this is what excludes overlongs, surrogates and > U+10FFFF).
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** UTF-16: an odd trailing byte, or a surrogate without its partner. */
function firstBadUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (i: number) => (littleEndian ? (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) : ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  let i = 0;
  while (i + 1 < bytes.length) {
    const code = unit(i);
    if (code >= 0xdc00 && code <= 0xdfff) return i;
    if (code >= 0xd800 && code <= 0xdbff) {
      if (i + 3 >= bytes.length) return i;
      const low = unit(i + 2);
      if (low < 0xdc00 || low > 0xdfff) return i;
      i += 4;
      continue;
    }
    i += 2;
  }
  return i < bytes.length ? i : bytes.length;
}

/**
 * GB18030 and Big5 through iconv-lite's streaming decoder, a byte at a time: a character is complete when the
 * decoder emits it, so the first U+FFFD belongs to the sequence that began after the last complete character.
 */
function firstBadLegacy(bytes: Uint8Array, codec: string): number {
  const decoder = iconv.getDecoder(codec);
  let sequenceStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    const out = decoder.write(Buffer.from([bytes[i] ?? 0]));
    if (out.includes('\uFFFD')) return sequenceStart;
    if (out.length > 0) sequenceStart = i + 1;
  }
  return (decoder.end() ?? '').includes('\uFFFD') ? sequenceStart : bytes.length;
}
