import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter, splitEntry } from '../../src/lib/entries/entry-text.ts';
import { proposalInput, renderNewDraft, renderRegeneratedDraft, validateFrontmatter } from '../../src/lib/ingest/draft.ts';
import { dumpYaml } from '../../src/lib/ingest/frontmatter.ts';
import { ingestBytes } from '../../src/lib/ingest/index.ts';
import { EMPTY_MEMORY, proposeEntry } from '../../src/lib/propose/index.ts';
import { mergeProposals } from '../../src/lib/propose/regenerate.ts';
import { testTaxonomy } from '../fixtures/propose/context.ts';

const context = { ...testTaxonomy(), memory: EMPTY_MEMORY };
const result = ingestBytes(readFileSync('tests/fixtures/propose/anhua-county-forestry.txt'));
const fresh = proposeEntry(proposalInput(result), context).fields;
const info = { id: 'anhua', original: 'anhua.txt', sha256: '0'.repeat(64) };
const data = (text: string) => parseFrontmatter(splitEntry(text).frontmatter);

describe('a new draft holds the proposals in its curated fields', () => {
  it('in the curated order, each item proposed, and it passes the schema', () => {
    const { text, data: parsed } = renderNewDraft(result, info, fresh);
    expect(validateFrontmatter(parsed)).toBeNull();
    const keys = Object.keys(data(text));
    expect(keys.slice(0, 17)).toEqual(['id', 'draft', 'title', 'short', 'summary', 'org', 'level', 'sector', 'region', 'source', 'slogans', 'formulas', 'mechanisms', 'metrics', 'excluded', 'schedule', 'review']);
    const d = data(text) as unknown as { metrics: Array<{ review: string }>; review: Record<string, string> };
    expect(d.metrics.every((m) => m.review === 'proposed')).toBe(true);
    expect(d.review).toEqual({ level: 'proposed', sector: 'proposed' });
  });
});

describe('ingest --force on a draft', () => {
  /** A curator's pass: confirms the title and the first metric (deletes `review: proposed`), corrects a slogan's kind and confirms it. */
  function curate(text: string): string {
    const { frontmatter, body } = splitEntry(text);
    const d = parseFrontmatter(frontmatter) as Record<string, unknown> & { title: Record<string, unknown>; metrics: Array<Record<string, unknown>>; slogans: Array<Record<string, unknown>> };
    delete d.title.review;
    d.title.en = 'Anhua: “three links, three promotions”';
    delete d.metrics[0]!.review;
    d.metrics[0]!.label = { zh: '林长制工作站', en: 'Forest-chief work stations' };
    d.slogans[1]!.kind = 'campaign';
    delete d.slogans[1]!.review;
    // A confirmed exclusion a person wrote for a figure the proposer made a metric.
    d.excluded = [...(d.excluded as unknown[]), { text: '46份', paragraph: 2, reason: 'other', note: 'Agreements, not a result.' }];
    return `---\n${dumpYaml(d)}---\n\n${body}`;
  }

  it('replaces only what is still proposed, keeps what a person confirmed, and never repeats it', () => {
    const curatedText = curate(renderNewDraft(result, info, fresh).text);
    type Items = Array<Record<string, unknown>>;
    const before = data(curatedText) as unknown as { title: Record<string, unknown>; metrics: Items; slogans: Items };
    const { text: after } = renderRegeneratedDraft(curatedText, result, fresh);
    const d = data(after) as typeof before;
    expect(d.title).toEqual(before.title);
    // The confirmed metric is kept as the person left it, and the fresh proposal of the same figure is not added again.
    expect(d.metrics.filter((m) => m.value === 23 && m.paragraph === 2)).toEqual([before.metrics[0]]);
    // The figure a person excluded is not proposed again as a metric.
    expect(d.metrics.some((m) => m.value === 46)).toBe(false);
    expect(d.slogans.filter((s) => s.text === before.slogans[1]!.text)).toEqual([before.slogans[1]]);
    // Everything else proposed comes back fresh, once.
    expect(d.metrics).toHaveLength(fresh.metrics.length - 1);
    expect(new Set(d.slogans.map((s) => s.text)).size).toBe(d.slogans.length);
    expect(validateFrontmatter(d)).toBeNull();
  });

  it('leaves a key whose items are all confirmed byte for byte', () => {
    const { text } = renderNewDraft(result, info, fresh);
    const confirmed = text.replace(/(region:\n(?: {2}.*\n)*?) {2}review: proposed\n/, '$1');
    const changes = mergeProposals(data(confirmed), fresh);
    expect(changes).not.toHaveProperty('region');
    const { text: after } = renderRegeneratedDraft(confirmed, result, fresh);
    const region = (t: string) => /\nregion:\n(?: {2}.*\n)+/.exec(t)?.[0];
    expect(region(after)).toBe(region(confirmed));
  });

  it('adds no proposals to a curated entry (draft: false)', () => {
    expect(mergeProposals({ draft: false, metrics: [] }, fresh)).toEqual({});
  });
});
