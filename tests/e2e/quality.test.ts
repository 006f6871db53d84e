import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { htmlProblems, nuProblems } from './checks.ts';

// Checks on the built dist/ that need no browser: valid HTML on every page, page-weight budgets per page
// type, and no web fonts. (Links: base-path.test.ts and site-links.test.ts; accessibility: a11y.test.ts.)
const files = readdirSync('dist', { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => `${d.parentPath}/${d.name}`);
const pages = files.filter((f) => f.endsWith('.html'));

/** First-load budgets, gzip: whole page, and JavaScript on reading pages. */
const BUDGET = { page: 50 * 1024, readingJs: 15 * 1024 };
const pageTypes = (dir: string) => readdirSync(`dist/${dir}`, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${dir}/${d.name}/`);
const READING_PAGES = [
  '', 'en/', ...pageTypes('models'), ...pageTypes('en/models'), 'mechanisms/', ...pageTypes('mechanisms'), 'compare/', 'en/compare/',
  'formulas/', 'glossary/', 'regions/', 'about/',
];

describe('the built site', () => {
  it(`every page is valid HTML (html-validate, .htmlvalidate.json; ${pages.length} pages)`, async () => {
    const problems = await htmlProblems('.', pages);
    console.log(`html-validate: ${pages.length} pages, ${problems.length} errors`);
    expect(problems).toEqual([]);
    expect(pages.length).toBeGreaterThan(50);
  });

  it(`every page is valid HTML by the W3C Nu validator (vnu.jar; ${pages.length} pages)`, async () => {
    const problems = await nuProblems('.', pages);
    console.log(`W3C Nu validator: ${pages.length} pages, ${problems.length} errors`);
    expect(problems).toEqual([]);
  }, 180_000);

  it('every reading page stays within its first-load budget: ≤ 50 KB gzip in all, ≤ 15 KB gzip of JavaScript', () => {
    const weights = READING_PAGES.map((path) => pageWeight('dist', path));
    const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(5);
    console.log('page weight (gzip KB)   total   html    css     js');
    for (const w of weights) console.log(`${(w.path || '/').padEnd(48).slice(0, 48)} ${kb(w.totalBytes)}  ${kb(w.htmlBytes)}  ${kb(w.cssBytes)}  ${kb(w.jsBytes)}`);
    expect(weights.filter((w) => w.totalBytes > BUDGET.page).map((w) => w.path)).toEqual([]);
    expect(weights.filter((w) => w.jsBytes > BUDGET.readingJs).map((w) => w.path)).toEqual([]);
  });

  it('ships no web fonts: no font files and no @font-face (a system CJK font stack)', () => {
    expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f))).toEqual([]);
    const css = files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const inlineStyles = pages.map((f) => readFileSync(f, 'utf8').match(/<style[\s\S]*?<\/style>/g)?.join('\n') ?? '').join('\n');
    expect(`${css}\n${inlineStyles}`).not.toMatch(/@font-face/i);
    expect(css).toMatch(/Noto Sans CJK SC|PingFang SC|Microsoft YaHei/);
  });
});
