import type { Plugin } from 'vite';

/**
 * A printed brief needs full URLs, but links on the site are root-relative (they must work under any
 * host and base path). print.css prints `origin + href` after each link, taking the origin from a custom
 * property whose value this plugin fills in from the configured `site` at build time, so no inline
 * style is needed (the site runs under a strict Content-Security-Policy).
 */
export function printOrigin(site: string): Plugin {
  const origin = JSON.stringify(new URL(site).origin);
  return {
    name: 'atlas:print-origin',
    transform(code, id) {
      if (!id.split('?')[0]!.endsWith('/src/styles/print.css')) return null;
      return { code: code.replaceAll("'__SITE_ORIGIN__'", origin), map: null };
    },
  };
}
