import { dump } from 'js-yaml';

/**
 * Writing frontmatter with js-yaml, the one YAML library the project reads it with. New drafts are dumped
 * whole; a regenerated entry keeps the person's text byte for byte and only replaces the top-level keys that a
 * tool owns, so curated fields, their order and their comments survive without a comment-keeping YAML model.
 */

/** YAML for a mapping, as ingest writes it: block style, no line folding, strings quoted only where needed. */
export function dumpYaml(data: Record<string, unknown>): string {
  // js-yaml quotes any string that would read back as another type (a date-like 2022-09-26 09:26:10, 336, null).
  return dump(data, { lineWidth: -1, noRefs: true, quotingType: "'", sortKeys: false });
}

/** A top-level key at the start of a line (`key:`), not indented and not a comment. */
const TOP_LEVEL_KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?:\s|$)/;

/** Splits frontmatter text into blocks, one per top-level key; lines before the first key form a block of their own. */
function topLevelBlocks(yamlText: string): Array<{ key: string | null; lines: string[] }> {
  const blocks: Array<{ key: string | null; lines: string[] }> = [{ key: null, lines: [] }];
  for (const line of yamlText.split('\n')) {
    const key = TOP_LEVEL_KEY.exec(line)?.[1];
    // A comment or blank line at column 0 ends the block above: it belongs to what follows.
    if (key) blocks.push({ key, lines: [line] });
    else if (/^(#|$)/.test(line)) blocks.push({ key: null, lines: [line] });
    else blocks.at(-1)!.lines.push(line);
  }
  return blocks;
}

/**
 * Replaces (or appends) the given top-level keys in frontmatter text, leaving every other line as it was.
 * Throws when a key to replace appears twice, which would make the result ambiguous.
 */
export function replaceTopLevelKeys(yamlText: string, values: Record<string, unknown>): string {
  const blocks = topLevelBlocks(yamlText.replace(/\n+$/, ''));
  for (const key of Object.keys(values)) {
    if (blocks.filter((b) => b.key === key).length > 1) throw new Error(`frontmatter holds “${key}:” twice`);
  }
  const written = new Set<string>();
  const lines = blocks.flatMap((block) => {
    if (block.key === null || !(block.key in values)) return block.lines;
    written.add(block.key);
    return dumpYaml({ [block.key]: values[block.key] }).replace(/\n$/, '').split('\n');
  });
  for (const [key, value] of Object.entries(values)) {
    if (!written.has(key)) lines.push(...dumpYaml({ [key]: value }).replace(/\n$/, '').split('\n'));
  }
  return `${lines.join('\n').replace(/^\n+/, '')}\n`;
}
