import { spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { startPreview, type Server } from '../../scripts/lib/static-server.ts';

/**
 * Test harness: serves the built site over HTTP (scripts/lib/static-server.ts) and drives Debian's
 * Chromium through playwright-core (scripts/lib/chromium.ts); the benchmark uses the same two.
 */

export { CHROMIUM, launchBrowser } from '../../scripts/lib/chromium.ts';
export { startPreview, type Server, type ServedRequest } from '../../scripts/lib/static-server.ts';

/** Chromium and the built site served over HTTP, for the tests of one file. */
export interface ServedSite {
  browser: Browser;
  server: Server;
}

/**
 * Launches Chromium and serves the built site (dist/, or as `options` say) before a test file's tests, and
 * closes both after them. Tests read `site.browser` and `site.server`; both are set once beforeAll has run.
 */
export function servedSite(options: Parameters<typeof startPreview>[0] = {}): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    [site.browser, site.server] = await Promise.all([launchBrowser(), startPreview(options)]);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}

/** Collects console errors and failed requests while a page is used. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return errors;
}

/**
 * Runs the production build (scripts/build.ts: `astro build`, then the search index) in a child process the
 * way `npm run build` does. The test runner's environment must
 * not leak in: Vitest sets NODE_ENV=test and mirrors import.meta.env into process.env (BASE_URL, MODE,
 * DEV, PROD, SSR), and Vite would take BASE_URL=/ over the configured base.
 */
export function buildSite(outDir: string, env: Record<string, string> = {}, flags: string[] = []) {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|ATLAS_DRAFTS|VITEST.*|TEST)$/.test(name)),
  );
  return spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir, ...flags], {
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
}
