/**
 * npm run layout:report [-- --shots <dir>]: after a build, prints how the built pages lay out in Chromium —
 * per page type and edition, the page height at 390 and 1280 px, the element reaching furthest right at 390 px
 * (and any that run past a 320 or 390 px screen), pointer targets under 24 × 24 px, the header's height at
 * 1280 px — and how the handouts print (A4 pages, URLs per page). With --shots, screenshots at 320, 390 and
 * 1280 px go to <dir>. Figures only: the e2e tests hold the limits.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './lib/chromium.ts';
import { lineMeasure, overflowingElements, pdfPages, printHandout, smallTargets, urlsIn } from './lib/layout-measure.ts';
import { startPreview } from './lib/static-server.ts';

const args = process.argv.slice(2);
const shots = args.includes('--shots') ? args[args.indexOf('--shots') + 1] : undefined;
const PAGES = [
  '', 'models/linxiang-forestry-336/', 'models/heilongjiang-ecology-iron-army/', 'models/huizhou-street-party-forest/',
  'mechanisms/', 'mechanisms/forest-chief/', 'compare/', 'compare/?m=linxiang-forestry-336,xining-forestry-grassland',
  'formulas/', 'glossary/', 'regions/', 'about/', 'search/?q=林长制',
];
const HANDOUTS = [
  'compare/?m=heilongjiang-ecology-iron-army,xining-forestry-grassland', 'compare/', 'models/linxiang-forestry-336/',
  'models/heilongjiang-ecology-iron-army/', 'models/huizhou-street-party-forest/',
];
const EDITIONS = ['', 'en/'];

const [browser, server] = await Promise.all([launchBrowser(), startPreview()]);
try {
  if (shots) mkdirSync(shots, { recursive: true });
  console.log('page                                               h@390   h@1280  header@1280  widest@390 (right | widest in a frame)      past 320/390  small targets 390/1280  chars/line@1280');
  for (const edition of EDITIONS) {
    for (const path of PAGES) {
      const url = `${server.url}${edition}${path}`;
      const row: Record<string, string | number> = {};
      const small: number[] = [];
      const past: number[] = [];
      for (const width of [320, 390, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        await page.goto(url);
        await page.waitForLoadState('networkidle');
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        if (width !== 320) row[`h${width}`] = height;
        const overflow = await overflowingElements(page);
        if (width !== 1280) past.push(overflow.outside.length);
        if (width === 390) row['widest'] = `${overflow.widest?.right} | ${overflow.widestContent?.width} ${overflow.widestContent?.selector ?? ''}`.slice(0, 44);
        if (width !== 320) small.push((await smallTargets(page)).failing.length);
        if (width === 1280) {
          row['header'] = await page.evaluate(() => Math.round(document.querySelector('.site-header')!.getBoundingClientRect().height));
          row['measure'] = (await lineMeasure(page, 'main p'))?.characters ?? '-';
        }
        if (shots) {
          const name = `${(edition + path).replace(/[^\w]+/g, '_').replace(/^_|_$/g, '') || 'home'}-${width}.png`;
          await page.screenshot({ path: join(shots, name), fullPage: true });
        }
        await context.close();
      }
      console.log(
        `${(edition + path || '/').padEnd(50).slice(0, 50)} ${String(row['h390']).padStart(6)} ${String(row['h1280']).padStart(7)} ${String(row['header']).padStart(11)}  ${String(row['widest']).padEnd(44)} ${past.join('/').padStart(10)} ${small.join('/').padStart(14)} ${String(row['measure']).padStart(8)}`,
      );
    }
  }
  console.log('\nhandout (A4)                                                          pages  URLs per page');
  for (const edition of EDITIONS) {
    for (const path of HANDOUTS) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}${edition}${path}`);
      await page.waitForLoadState('networkidle');
      await page.emulateMedia({ media: 'print' });
      const pages = pdfPages(await printHandout(page));
      const first = pages[0]?.replace(/\s+/g, '').length ?? 0;
      console.log(`${(edition + path).padEnd(70).slice(0, 70)} ${String(pages.length).padStart(5)}  ${pages.map((p) => urlsIn(p).length).join(' ')}  (first page ${first} characters)`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
