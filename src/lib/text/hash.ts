/**
 * FNV-1a (32 bit) over a string's UTF-16 units: a small, fast, stable hash, not for security. Used to tell
 * shingles apart (ingest's duplicate check) and to place dictionary keys in shards (search). The brief's pin
 * ids hash code points instead (src/lib/brief/ids.ts textKey) and must keep doing so: they are published.
 * The browser loads this file: it imports nothing.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}
