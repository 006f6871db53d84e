/**
 * npm run lighthouse — Lighthouse on the built site's home, a model page, compare and search (the
 * Chinese edition, the primary one). Saves reports in lighthouse-reports/ and prints the scores;
 * exits 1 when any category on any page is below 95.
 */
import { startPreview } from './lib/static-server.ts';
import { CATEGORIES, runLighthouse } from './lib/lighthouse.ts';
import { LIGHTHOUSE_PAGES } from './lighthouse-pages.ts';
const MINIMUM = 95;

const server = await startPreview();
try {
  const reports = await runLighthouse(LIGHTHOUSE_PAGES.map((p) => ({ name: p.name, url: `${server.url}${p.path}` })), 'lighthouse-reports');
  let low = 0;
  for (const { name, scores, failing } of reports) {
    console.log(`${name.padEnd(8)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join('  ')}`);
    if (CATEGORIES.some((c) => scores[c] < MINIMUM)) (low++, console.log(`         below ${MINIMUM}: ${failing.join(', ')}`));
  }
  console.log('reports: lighthouse-reports/*.html');
  if (low > 0) process.exitCode = 1;
} finally {
  await server.stop();
}
