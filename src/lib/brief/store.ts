/**
 * The reader's brief as kept in localStorage: a title and an ordered list of blocks (pinned items, each with an
 * optional note, and headings). Pure functions over plain data; src/scripts/pins.ts and the /brief/ page do the
 * storing. The browser loads this file: it imports nothing.
 */

export type Block = { type: 'item'; id: string; note?: string } | { type: 'heading'; text: string };

export interface Brief {
  title: string;
  blocks: Block[];
}

/** The localStorage key. Versioned, so that a later shape can read this one rather than lose it. */
export const STORAGE_KEY = 'party-ecology-atlas.brief.v1';

export const emptyBrief = (): Brief => ({ title: '', blocks: [] });

/** Reads a stored brief; anything unreadable gives an empty brief rather than an error on every page. */
export function parseBrief(stored: string | null): Brief {
  if (!stored) return emptyBrief();
  try {
    const data = JSON.parse(stored) as Partial<Brief>;
    const blocks = Array.isArray(data.blocks) ? data.blocks.filter(isBlock) : [];
    return { title: typeof data.title === 'string' ? data.title : '', blocks };
  } catch {
    return emptyBrief();
  }
}

function isBlock(value: unknown): value is Block {
  if (!value || typeof value !== 'object') return false;
  const block = value as Record<string, unknown>;
  return (block['type'] === 'item' && typeof block['id'] === 'string') || (block['type'] === 'heading' && typeof block['text'] === 'string');
}

/** A brief made from a shared ?items= list (ids only: headings and notes stay with whoever shared it). */
export const briefFromIds = (ids: readonly string[], title = ''): Brief => ({ title, blocks: ids.map((id) => ({ type: 'item', id })) });

/** The pinned item ids, in order. */
export const pinnedIds = (brief: Brief): string[] => brief.blocks.flatMap((b) => (b.type === 'item' ? [b.id] : []));

export const isPinned = (brief: Brief, id: string): boolean => brief.blocks.some((b) => b.type === 'item' && b.id === id);

/** Pins an item at the end, or unpins it (with its note) when it is pinned already. */
export function togglePin(brief: Brief, id: string): Brief {
  return isPinned(brief, id)
    ? { ...brief, blocks: brief.blocks.filter((b) => !(b.type === 'item' && b.id === id)) }
    : { ...brief, blocks: [...brief.blocks, { type: 'item', id }] };
}

/** Moves the block at `index` by `by` places (−1 up, +1 down); out of range leaves the brief as it is. */
export function moveBlock(brief: Brief, index: number, by: number): Brief {
  const to = index + by;
  if (index < 0 || index >= brief.blocks.length || to < 0 || to >= brief.blocks.length) return brief;
  const blocks = [...brief.blocks];
  const [block] = blocks.splice(index, 1);
  blocks.splice(to, 0, block!);
  return { ...brief, blocks };
}

export const removeBlock = (brief: Brief, index: number): Brief => ({ ...brief, blocks: brief.blocks.filter((_, i) => i !== index) });

export const insertBlock = (brief: Brief, index: number, block: Block): Brief => ({
  ...brief,
  blocks: [...brief.blocks.slice(0, index), block, ...brief.blocks.slice(index)],
});

export const updateBlock = (brief: Brief, index: number, block: Block): Brief => ({ ...brief, blocks: brief.blocks.map((b, i) => (i === index ? block : b)) });
