import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { servedSite } from './harness.ts';

// axe-core in Chromium on every page type in both editions, against WCAG 2.0–2.2 A and AA. Pages are
// checked in the states readers reach them in: a quote highlighted, a comparison narrowed, a search run.
const PAGE_TYPES = [
  '', 'models/linxiang-forestry-336/', 'models/huizhou-street-party-forest/#q-m-0', 'mechanisms/', 'mechanisms/forest-chief/',
  'compare/', 'compare/?m=linxiang-forestry-336,xining-forestry-grassland', 'formulas/', 'glossary/', 'regions/', 'about/',
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const site = servedSite();

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it.each(PAGE_TYPES.flatMap((path) => [path, `en/${path}`]))('/%s has no violations', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${path}`);
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
    expect(summary).toEqual([]);
    await context.close();
  });
});
