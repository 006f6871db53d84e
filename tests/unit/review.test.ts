import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dumpYaml } from '../../src/lib/ingest/frontmatter.ts';
import { formatReview, proposedItems, reviewEntry, untranslatedFields, unusedNumbers, unusedPhrases } from '../../src/lib/review/index.ts';
import { goodEntry } from '../fixtures/curated-entry.ts';
import { proposedDraft } from '../fixtures/draft-entry.ts';

describe('what is left on an entry', () => {
  it('lists every proposed item with its field path and paragraph, and the top-level review map', () => {
    expect(proposedItems(proposedDraft()).map((i) => `${i.field} ¶${i.paragraph ?? '–'}`)).toEqual([
      'title ¶–', 'org ¶–', 'review.level ¶–', 'review.sector ¶–', 'region ¶–',
      'slogans[0] ¶1', 'formulas[0] ¶2', 'formulas[0].components[0] ¶2', 'formulas[0].components[1] ¶2', 'formulas[0].components[2] ¶2',
      'mechanisms[0] ¶2', 'metrics[1] ¶3', 'excluded[0] ¶3',
    ]);
  });

  it('lists every empty English field with the Chinese to translate', () => {
    expect(untranslatedFields(proposedDraft()).map((i) => `${i.field}: ${i.text}`)).toEqual([
      'title.en: 临湘市林业局“336”党建模式', 'org.en: 临湘市林业局', 'slogans[0].en: 红色引领﹒绿色先锋',
      'formulas[0].components[1].en: 联点机制', 'formulas[0].components[2].en: 考评机制', 'mechanisms[0].summary_en: 联点机制',
      'metrics[1].label.en: 带动就业',
    ]);
  });

  it('lists candidate numbers neither in a metric quote nor excluded for their paragraph', () => {
    expect(unusedNumbers(proposedDraft()).map((i) => i.field)).toEqual(['candidates.numbers[1]']);
  });

  it('lists candidate formulas and slogans no fact names or quotes', () => {
    // 336 is quoted by no fact; the brand slogan is curated.
    expect(unusedPhrases(proposedDraft()).map((i) => `${i.field}: ${i.text}`)).toEqual(['candidates.formulas[0]: 336 — 创新推行“336”党建模式']);
    const draft = proposedDraft();
    draft.formulas.push({ ...draft.formulas[0]!, code: '336', quote: '创新推行“336”党建模式。', paragraph: 1 });
    expect(unusedPhrases(draft)).toEqual([]);
  });

  it('puts entry-wide items first, then paragraph by paragraph', () => {
    const lines = reviewEntry(proposedDraft());
    const paragraphs = lines.map((l) => l.paragraph ?? 0);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    expect(lines.slice(0, 3).map((l) => `${l.kind} ${l.field}`)).toEqual(['missing short', 'missing summary', 'proposed title']);
    expect(lines.filter((l) => l.paragraph === 3).map((l) => `${l.kind} ${l.field}`)).toEqual([
      'proposed metrics[1]', 'proposed excluded[0]', 'untranslated metrics[1].label.en', 'unused candidates.numbers[1]',
    ]);
  });

  it('prints one line per item with ¶, kind and field path, and a tally', () => {
    const draft = proposedDraft();
    const text = formatReview(draft.id, draft, reviewEntry(draft));
    expect(text.split('\n')[0]).toBe('linxiang-fixture (draft): 2 missing, 13 proposed, 7 untranslated, 2 unused candidates');
    expect(text).toMatch(/^¶3 +unused candidate +candidates\.numbers\[1\] +2000亩 — 引导新造油茶2000亩$/m);
    expect(text).toMatch(/^¶– +proposed +review\.level +level: county$/m);
  });

  it('says "nothing left" for a clean curated entry', () => {
    const entry = goodEntry();
    expect(reviewEntry(entry)).toEqual([]);
    expect(formatReview(entry.id, entry, [])).toBe('linxiang-fixture (curated): nothing left\n');
  });
});

describe('npm run review', () => {
  const review = (...args: string[]) => spawnSync(process.execPath, ['scripts/review.ts', ...args], { encoding: 'utf8' });

  it('says "nothing left" and exits 0 for a real curated entry with nothing left', () => {
    const result = review('xining-forestry-grassland');
    expect(result.stdout).toBe('xining-forestry-grassland (curated): nothing left\n');
    expect(result.status).toBe(0);
  });

  it('lists what is left of a real entry in paragraph order; --check exits 1 then', () => {
    const result = review('linxiang-forestry-336', '--check');
    expect(result.stdout).toMatch(/^linxiang-forestry-336 \(curated\): 1 unused candidate\n¶2 +unused candidate +candidates\.slogans\[\d+\] +“牛鼻子”/);
    expect(result.status).toBe(1);
  });

  it('lists an entry set to draft: false too early as the draft it still is, saying so', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-review-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    mkdirSync(join(root, 'content', 'models'), { recursive: true });
    const early = { ...proposedDraft(), draft: false };
    writeFileSync(join(root, 'content', 'models', `${early.id}.mdx`), `---\n${dumpYaml(early as unknown as Record<string, unknown>)}---\n\n正文。\n`);
    const result = review(early.id, '--root', root);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      `${early.id} says draft: false but does not pass the curated schema yet (9 problem(s); npm run validate -- --only ${early.id}); listed as a draft:`,
      'linxiang-fixture (draft): 2 missing, 13 proposed, 7 untranslated, 2 unused candidates',
    ]);
  });

  it('names a missing entry and exits 2', () => {
    const result = review('no-such-entry');
    expect(result.stderr).toBe('content/models/no-such-entry.mdx: no such entry\n');
    expect(result.status).toBe(2);
  });
});
