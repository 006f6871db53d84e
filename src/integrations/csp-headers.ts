import { readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/**
 * Astro writes the Content-Security-Policy into every page as a <meta> element (with the hashes of the
 * site's scripts and styles, the same on every page). Hosts that read a `_headers` file (Netlify,
 * Cloudflare Pages and others) can send it as a real header too, which adds what a <meta> policy cannot
 * carry (frame-ancestors). This writes that file next to the pages after each build.
 */

/** The policy of a built page's <meta http-equiv="content-security-policy">, or null. */
export function policyOf(html: string): string | null {
  const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  return match?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s*;\s*/g, '; ').trim() ?? null;
}

/** The `_headers` file for a policy: every path gets it, plus headers a static site can always send. */
export function headersFile(policy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy.replace(/;?\s*$/, '')}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}

export function cspHeaders(): AstroIntegration {
  return {
    name: 'atlas:csp-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const policy = policyOf(readFileSync(new URL('index.html', dir), 'utf8'));
        if (!policy) throw new Error('csp-headers: dist/index.html has no content-security-policy <meta>; is security.csp on?');
        writeFileSync(new URL('_headers', dir), headersFile(policy));
        logger.info('wrote _headers with the site’s Content-Security-Policy');
      },
    },
  };
}
