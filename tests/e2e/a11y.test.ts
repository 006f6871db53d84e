import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, WCAG_RULES } from './checks.ts';
import { servedSite } from './harness.ts';

// axe-core in Chromium on every page type in both editions, against WCAG 2.0–2.2 A and AA. Pages are
// checked in the states readers reach them in: a quote highlighted, a comparison narrowed, a search run.
const PAGE_TYPES = [
  '', 'models/linxiang-forestry-336/', 'models/huizhou-street-party-forest/#q-m-0', 'mechanisms/', 'mechanisms/forest-chief/',
  // A category no model uses yet: its page says so.
  'mechanisms/pest-disease/',
  'compare/', 'compare/?m=linxiang-forestry-336,xining-forestry-grassland', 'formulas/', 'glossary/', 'regions/', 'about/',
  'search/', 'search/?q=林长制',
];

const site = servedSite();

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it(`runs every WCAG 2.x A and AA rule of axe-core ${axe.version} (${WCAG_RULES.length} rules, experimental ones included)`, () => {
    // A level tag axe adds (say wcag22a) must not slip past the tags the run asks for.
    const levelAOrAA = axe.getRules().filter((rule) => rule.tags.some((tag) => /^wcag2\d?a{1,2}$/.test(tag)));
    expect(levelAOrAA.map((rule) => rule.ruleId).filter((id) => !WCAG_RULES.includes(id))).toEqual([]);
    expect(WCAG_RULES).toEqual(expect.arrayContaining(['label-content-name-mismatch', 'p-as-heading', 'target-size']));
  });

  it.each(PAGE_TYPES.flatMap((path) => [path, `en/${path}`]))('/%s has no violations', async (path) => {
    expect(await axeViolations(site.browser, `${site.server.url}${path}`)).toEqual([]);
  });
});
