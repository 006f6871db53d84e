import type { HastPluginDefinition } from 'satteri';

/**
 * Numbers the top-level paragraphs of an entry body `p-1`, `p-2` … and gives each a visible ¶N link.
 *
 * The numbering must match `splitParagraphs` in ingest: ingest writes one Markdown paragraph per source
 * paragraph, so the N-th top-level <p> is paragraph N. Readers cite these anchors, so nothing else may
 * add or reorder top-level paragraphs.
 */
export const paragraphAnchors: HastPluginDefinition = {
  name: 'paragraph-anchors',
  before(_root, ctx) {
    ctx.data['paragraphCount'] = 0;
  },
  element: {
    filter: ['p'],
    visit(node, ctx) {
      if (ctx.parent(node)?.type !== 'root') return;
      const n = (ctx.data['paragraphCount'] as number) + 1;
      ctx.data['paragraphCount'] = n;
      ctx.setProperty(node, 'id', `p-${n}`);
      ctx.setProperty(node, 'dataParagraph', String(n));
      ctx.prependChild(node, {
        type: 'element',
        tagName: 'a',
        properties: { href: `#p-${n}`, className: ['para-anchor'], ariaLabel: `¶${n}` },
        children: [{ type: 'text', value: `¶${n}` }],
      });
    },
  },
};
