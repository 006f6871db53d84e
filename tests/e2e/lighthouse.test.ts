import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIGHTHOUSE_PAGES } from '../../scripts/lighthouse-pages.ts';
import { CATEGORIES, runLighthouse, type PageReport } from '../../scripts/lib/lighthouse.ts';
import { startPreview, type Server } from './harness.ts';

// Lighthouse (mobile defaults: slow 4G, 4× CPU slowdown) on home, a model page, compare and search.
// Every category must score at least 95 on every page; the reports are saved as npm run lighthouse does.
const MINIMUM = 95;
let server: Server;
let reports: PageReport[];
beforeAll(async () => {
  server = await startPreview();
  reports = await runLighthouse(LIGHTHOUSE_PAGES.map((p) => ({ name: p.name, url: `${server.url}${p.path}` })), 'lighthouse-reports');
  for (const { name, scores } of reports) console.log(`lighthouse ${name.padEnd(8)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join('  ')}`);
}, 300_000);
afterAll(async () => server?.stop());

describe('Lighthouse', () => {
  it.each(LIGHTHOUSE_PAGES.map((p) => p.name))(`%s scores ≥ ${MINIMUM} in performance, accessibility, best practices and SEO`, (name) => {
    const report = reports.find((r) => r.name === name)!;
    const low = CATEGORIES.filter((c) => report.scores[c] < MINIMUM).map((c) => `${c} ${report.scores[c]}`);
    expect(low, `failing audits: ${report.failing.join(', ')}`).toEqual([]);
  });
});
