import { describe, expect, it } from 'vitest';
import { axeViolations } from './checks.ts';
import { servedSite } from './harness.ts';

// axe-core in Chromium on every page type in both editions, against WCAG 2.0–2.2 A and AA. Pages are
// checked in the states readers reach them in: a quote highlighted, a comparison narrowed, a search run.
const PAGE_TYPES = [
  '', 'models/linxiang-forestry-336/', 'models/huizhou-street-party-forest/#q-m-0', 'mechanisms/', 'mechanisms/forest-chief/',
  // A category no model uses yet: its page says so.
  'mechanisms/pest-disease/',
  'compare/', 'compare/?m=linxiang-forestry-336,xining-forestry-grassland', 'formulas/', 'glossary/', 'regions/', 'about/',
];

const site = servedSite();

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it.each(PAGE_TYPES.flatMap((path) => [path, `en/${path}`]))('/%s has no violations', async (path) => {
    expect(await axeViolations(site.browser, `${site.server.url}${path}`)).toEqual([]);
  });
});
