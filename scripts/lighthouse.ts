/**
 * npm run lighthouse — Lighthouse on the built site's home, a model page, compare and search, both
 * editions' Chinese pages (the primary edition). Saves reports in lighthouse-reports/ and prints the scores;
 * exits 1 when any category on any page is below 95.
 */
import { startPreview } from './lib/static-server.ts';
import { CATEGORIES, runLighthouse } from './lib/lighthouse.ts';

export const LIGHTHOUSE_PAGES = [
  { name: 'home', path: '' },
  { name: 'model', path: 'models/linxiang-forestry-336/' },
  { name: 'compare', path: 'compare/' },
  { name: 'search', path: 'search/?q=林长制' },
];
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
