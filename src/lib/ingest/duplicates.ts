import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryFileNames } from '../entries/read.ts';
import { readEntryText } from '../entries/entry-text.ts';
import { fnv1a as hash } from '../text/hash.ts';
import { EDITORIAL_NOTE } from './characters.ts';

/**
 * The same text under another encoding, file or id is one source, not two. Two cleaned bodies are compared by
 * their text alone: editorial notes and □ out, NFKC (full-width and half-width forms alike), punctuation and
 * white space out, so that ASCII and Chinese commas or an indent do not make a copy new.
 *
 * The rule: a body is a copy of an entry when the two share at least NEAR_DUPLICATE (80%) of their five-character
 * runs (Jaccard similarity of 5-shingles). A differing character spoils at most five runs on each side, so
 * 80% tolerates about one differing character in 45 — what a Big5 copy shows after OpenCC (a variant such as
 * 着/著, characters Big5 could not hold) — while two different articles, even from one bureau with the same
 * stock phrases, share well under a quarter of their runs (the five sources share at most a few percent). A
 * reissued article with a paragraph added or cut falls below the line and may be ingested as its own source.
 */

export const NEAR_DUPLICATE = 0.8;
const SHINGLE = 5;

export interface Fingerprint {
  /** The compared text, as normalised. */
  text: string;
  /** Hashes of every five-character run. */
  shingles: Set<number>;
}

/** The text two bodies are compared by. */
export function comparableText(paragraphs: readonly string[]): string {
  return paragraphs
    .join('')
    .replace(EDITORIAL_NOTE, '')
    .replace(/□/g, '')
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
}

export function fingerprint(paragraphs: readonly string[]): Fingerprint {
  const text = comparableText(paragraphs);
  const chars = [...text];
  const shingles = new Set<number>();
  if (chars.length < SHINGLE) shingles.add(hash(text));
  for (let i = 0; i + SHINGLE <= chars.length; i++) shingles.add(hash(chars.slice(i, i + SHINGLE).join('')));
  return { text, shingles };
}

/** Jaccard similarity of two fingerprints' shingles (1 for identical text). */
export function similarity(a: Fingerprint, b: Fingerprint): number {
  if (a.text === b.text) return 1;
  let shared = 0;
  for (const s of a.shingles) if (b.shingles.has(s)) shared++;
  const union = a.shingles.size + b.shingles.size - shared;
  return union === 0 ? 0 : shared / union;
}

export interface KnownBody {
  id: string;
  file: string;
  fingerprint: Fingerprint;
}

export interface Duplicate {
  id: string;
  file: string;
  similarity: number;
}

/** The entry (other than `exceptId`, the one being regenerated) whose body this one copies, most similar first. */
export function findDuplicate(body: Fingerprint, known: readonly KnownBody[], exceptId: string): Duplicate | null {
  let best: Duplicate | null = null;
  for (const entry of known) {
    if (entry.id === exceptId) continue;
    const score = similarity(body, entry.fingerprint);
    if (score >= NEAR_DUPLICATE && (best === null || score > best.similarity)) best = { id: entry.id, file: entry.file, similarity: score };
  }
  return best;
}

/** Every entry's body under root, read through the entries module (ingest writes entries; it reads them there). */
export function readKnownBodies(root: string): KnownBody[] {
  return entryFileNames(root).flatMap((name) => {
    const file = `content/models/${name}`;
    try {
      const { data, paragraphs } = readEntryText(readFileSync(join(root, file), 'utf8'));
      const id = typeof data['id'] === 'string' ? data['id'] : name.replace(/\.mdx$/, '');
      return [{ id, file, fingerprint: fingerprint(paragraphs) }];
    } catch {
      // An entry that cannot be read is validate's to report; it cannot be compared.
      return [];
    }
  });
}

/** How a duplicate is described to the user. */
export function describeDuplicate(duplicate: Duplicate): string {
  const how = duplicate.similarity === 1 ? 'the same text' : `a near-identical copy (${(duplicate.similarity * 100).toFixed(1)}% of its text in common)`;
  return `${how} is already entry "${duplicate.id}" (${duplicate.file}); remove that entry first (npm run remove -- ${duplicate.id}) to ingest this copy instead`;
}
