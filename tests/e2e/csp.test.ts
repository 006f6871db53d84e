import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyOf } from '../../src/integrations/csp-headers.ts';
import { servedSite, watchErrors } from './harness.ts';

// Every page type under the site's strict Content-Security-Policy, sent as a real header from dist/_headers
// (as a host that reads it would) on top of each page's own <meta> policy. Any violation fails.
const headers = readFileSync('dist/_headers', 'utf8');
const policy = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
const PAGES = [
  '', 'models/linxiang-forestry-336/#q-m-0', 'mechanisms/', 'mechanisms/forest-chief/', 'compare/?m=linxiang-forestry-336,honglin-town-park',
  'formulas/', 'glossary/', 'regions/', 'about/', 'en/', 'en/models/honglin-town-park/', 'en/compare/',
];

const site = servedSite({ headers: { 'Content-Security-Policy': policy } });

describe('strict Content-Security-Policy', () => {
  it('allows no inline script without a hash, and dist/_headers carries the pages’ own policy', () => {
    expect(policy).toMatch(/script-src 'self' [^;]*'sha256-/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("frame-ancestors 'none'");
    const meta = policyOf(readFileSync('dist/index.html', 'utf8'))!;
    expect(policy.startsWith(meta.replace(/;?\s*$/, ''))).toBe(true);
  });

  it.each(PAGES)('/%s runs its scripts with no violation', async (path) => {
    const page = await site.browser.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    const errors = watchErrors(page);
    const response = await page.goto(`${site.server.url}${path}`);
    expect(response?.headers()['content-security-policy']).toBe(policy);
    await page.waitForLoadState('networkidle');
    // Scripts did run: the copy buttons they reveal are visible where the page has a citation box.
    const copy = page.locator('.citation-box button[data-copy]');
    if ((await copy.count()) > 0) expect(await copy.first().isVisible()).toBe(true);
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('really blocks what it should: an injected inline script does not run', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await page.close();
  });
});
