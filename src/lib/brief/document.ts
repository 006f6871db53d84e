import { liveText, refreshFile, UNCONFIGURED_ORIGIN } from '../cite/live.ts';
import { parseId } from './ids.ts';
import { COMPARE_TOKEN, type BriefIndex, type BriefItem, type BriefReference } from './items.ts';
import type { Brief } from './store.ts';

/**
 * A brief as a document: what every export writes (Word, Markdown, the /brief/ page itself), worked out once
 * from the stored brief and the item index. Each pinned item cites its page as reference [n], numbered in the
 * order first cited (GB/T 7714's numeric system; the same numbering in the English edition's APA list), with
 * the reader's date and address put in as src/lib/cite/live.ts does for a copied citation. Pure.
 */

export interface DocItem {
  type: 'item';
  id: string;
  kind: BriefItem['kind'];
  label: string;
  quote: string | null;
  /** “来源：<page>，¶N” */
  source: string;
  url: string;
  table?: { head: string[]; rows: string[][] };
  note: string | null;
  /** Number of its reference in the list. */
  ref: number;
}

export type DocBlock = { type: 'heading'; text: string } | DocItem | { type: 'missing'; id: string };

export interface BriefDocument {
  title: string;
  blocks: DocBlock[];
  references: Array<{ n: number; text: string }>;
  /** The reference list as files for reference managers, with the same date and address. */
  files: { ris: string; bibtex: string; csl: string };
}

export interface DocumentWords {
  defaultTitle: string;
  source: (source: string, paragraph: string) => string;
  sourceOnly: (source: string) => string;
  compare: (names: string) => string;
  listSeparator: string;
}

/** The reader's side of a citation: their day (ISO) and the address the site is read from. */
export interface Reader {
  today: string;
  origin: string;
}

/** What an id resolves to in this build's index, or null when it names nothing (any more). */
export function resolveItem(index: BriefIndex, id: string, words: DocumentWords): { item: BriefItem; reference: BriefReference } | null {
  const item = index.items[id];
  if (item) {
    const reference = index.references[item.ref];
    return reference ? { item, reference } : null;
  }
  const parsed = parseId(id);
  if (parsed?.kind !== 'compare' || !parsed.models.every((m) => m in index.models)) return null;
  const selection = parsed.models.join(',');
  const fill = (text: string) => text.replaceAll(COMPARE_TOKEN, selection);
  const { url, ...files } = index.compare;
  const names = parsed.models.map((m) => index.models[m]!).join(words.listSeparator);
  return {
    item: { id, kind: 'compare', label: words.compare(names), quote: null, paragraph: null, url: fill(url), source: words.compare(names), ref: id },
    reference: { text: fill(files.text), accessed: files.accessed, ris: fill(files.ris), bibtex: fill(files.bibtex), csl: fill(files.csl) },
  };
}

export function briefDocument(brief: Brief, index: BriefIndex, reader: Reader, words: DocumentWords): BriefDocument {
  const numbers = new Map<string, number>();
  const cited: BriefReference[] = [];
  const blocks: DocBlock[] = brief.blocks.map((block) => {
    if (block.type === 'heading') return block;
    const found = resolveItem(index, block.id, words);
    if (!found) return { type: 'missing', id: block.id };
    const { item, reference } = found;
    if (!numbers.has(item.ref)) {
      cited.push(reference);
      numbers.set(item.ref, cited.length);
    }
    const doc: DocItem = {
      type: 'item',
      id: item.id,
      kind: item.kind,
      label: item.label,
      quote: item.quote,
      source: item.paragraph === null ? words.sourceOnly(item.source) : words.source(item.source, `¶${item.paragraph}`),
      url: item.url.replaceAll(UNCONFIGURED_ORIGIN, reader.origin),
      note: block.note?.trim() ? block.note.trim() : null,
      ref: numbers.get(item.ref)!,
    };
    if (item.table) doc.table = item.table;
    return doc;
  });
  const live = (ref: BriefReference, kind: 'ris' | 'bib' | 'json', text: string) => refreshFile(text, kind, ref.accessed, reader.today, reader.origin);
  return {
    title: brief.title.trim() || words.defaultTitle,
    blocks,
    references: cited.map((ref, i) => ({ n: i + 1, text: liveText(ref.text, ref.accessed, reader.today, reader.origin) })),
    files: {
      ris: `${cited.map((ref) => live(ref, 'ris', ref.ris).trim()).join('\n\n')}\n`,
      bibtex: `${cited.map((ref) => live(ref, 'bib', ref.bibtex).trim()).join('\n\n')}\n`,
      csl: `${JSON.stringify(cited.flatMap((ref) => JSON.parse(live(ref, 'json', ref.csl)) as unknown[]), null, 2)}\n`,
    },
  };
}

/** The document as Markdown: headings, each item as a block quote with its source line and reference marker. */
export function briefMarkdown(doc: BriefDocument, words: { references: string; missing: (id: string) => string; note: string }): string {
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  const lines: string[] = [`# ${doc.title}`, ''];
  for (const block of doc.blocks) {
    if (block.type === 'heading') lines.push(`## ${block.text}`, '');
    else if (block.type === 'missing') lines.push(`> ${words.missing(block.id)}`, '');
    else {
      lines.push(`**${block.label}**`, '');
      if (block.quote) lines.push(...block.quote.split('\n').map((l) => `> ${l}`), '');
      if (block.table) {
        lines.push(`| ${block.table.head.map(cell).join(' | ')} |`, `| ${block.table.head.map(() => '---').join(' | ')} |`);
        for (const row of block.table.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
        lines.push('');
      }
      lines.push(`${block.source} [${block.ref}] <${block.url}>`, '');
      if (block.note) lines.push(`${words.note}${block.note}`, '');
    }
  }
  lines.push(`## ${words.references}`, '', ...doc.references.map((r) => `[${r.n}] ${r.text}`), '');
  return lines.join('\n');
}
